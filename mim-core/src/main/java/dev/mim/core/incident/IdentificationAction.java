package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actions of identification and validation: a candidate is identified, resolver groups engaged, evidence
 * recorded, and the candidate declared a major incident or downgraded; its priority may change and child incidents
 * be linked. Triage's other outcomes are {@link TriageAction}s.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = IdentificationAction.Identify.class, name = "Identify"),
    @JsonSubTypes.Type(value = IdentificationAction.EngageResolverGroup.class, name = "EngageResolverGroup"),
    @JsonSubTypes.Type(value = IdentificationAction.RecordValidation.class, name = "RecordValidation"),
    @JsonSubTypes.Type(value = IdentificationAction.Declare.class, name = "Declare"),
    @JsonSubTypes.Type(value = IdentificationAction.Downgrade.class, name = "Downgrade"),
    @JsonSubTypes.Type(value = IdentificationAction.Reprioritise.class, name = "Reprioritise"),
    @JsonSubTypes.Type(value = IdentificationAction.LinkChild.class, name = "LinkChild"),
})
public sealed interface IdentificationAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.identification(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this action.
   *
   * @param visitor handles each action of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each action of this group in its own method, so that an implementation fails to compile
   * until it handles a new one. mim's rules implement it; a host may too.
   *
   * @param <C> what the visitor is given beside the action
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R identify(Identify action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R engageResolverGroup(EngageResolverGroup action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R recordValidation(RecordValidation action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R declare(Declare action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R downgrade(Downgrade action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reprioritise(Reprioritise action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R linkChild(LinkChild action, C context);
  }

  /**
   * Identify a candidate major incident. Allowed only on a new incident; the priority is looked up in the
   * context's matrix.
   *
   * @param source how it came to light
   * @param affectedServices the business services affected, at least one; kept sorted
   * @param impact how widely it affects the business
   * @param urgency how quickly it must be resolved
   * @param summary what is happening, in a sentence or two; required by the practice ({@code summary-missing})
   * @param firstSignalAt when the first signal of it came (the earliest ticket or alert of a surge), the start of
   *     the outage as far as known; null for the command's time; not after it
   *     ({@code first-signal-after-identification})
   */
  record Identify(IdentificationSource source, Set<ServiceId> affectedServices, Impact impact, Urgency urgency,
      @Nullable String summary, @Nullable Instant firstSignalAt) implements IdentificationAction {
    /**
     * @throws IllegalArgumentException when the source, impact or urgency is null, the services are empty or hold
     *     null, the summary is too long, or the first signal's time is out of range
     */
    public Identify {
      Checks.notNull("source", source);
      affectedServices = IncidentChecks.sortedServices("affectedServices", affectedServices);
      Checks.notNull("impact", impact);
      Checks.notNull("urgency", urgency);
      summary = Checks.optionalText("summary", summary);
      if (firstSignalAt != null) {
        Checks.instant("firstSignalAt", firstSignalAt);
      }
    }

    /**
     * A candidate whose first signal is the identification itself.
     *
     * @param source how it came to light
     * @param affectedServices the business services affected
     * @param impact how widely it affects the business
     * @param urgency how quickly it must be resolved
     * @param summary what is happening
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Identify(IdentificationSource source, Set<ServiceId> affectedServices, Impact impact, Urgency urgency,
        String summary) {
      this(source, affectedServices, impact, urgency, summary, null);
    }

    @JsonCreator
    private static Identify fromJson(@JsonProperty("source") IdentificationSource source,
        @JsonProperty("affectedServices") Set<ServiceId> affectedServices, @JsonProperty("impact") Impact impact,
        @JsonProperty("urgency") Urgency urgency, @JsonProperty("summary") String summary,
        @JsonProperty("firstSignalAt") String firstSignalAt) {
      return new Identify(source, affectedServices, impact, urgency, summary,
          Checks.parseInstant("firstSignalAt", firstSignalAt));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.IDENTIFY;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.identify(this, context);
    }
  }

  /**
   * Engage a technical resolver group. The practice engages the primary group before validation, so that no
   * resolution time is lost.
   *
   * @param group the resolver group
   * @param primary whether it is the primary group (at most one is)
   */
  record EngageResolverGroup(ResolverGroup group, @JsonProperty(required = true) boolean primary)
      implements IdentificationAction {
    /** @throws IllegalArgumentException when {@code group} is null */
    public EngageResolverGroup {
      Checks.notNull("group", group);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ENGAGE_RESOLVER_GROUP;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.engageResolverGroup(this, context);
    }
  }

  /**
   * Record a piece of validation evidence for a candidate: evidence that confirms it is a major incident, or that
   * refutes it (a momentary alert, a false positive, below the threshold, a duplicate of another incident).
   *
   * @param evidence what kind of evidence
   * @param detail what was seen or said; optional (null)
   * @param duplicateOf the incident this one duplicates: given exactly when {@code evidence} is
   *     {@link EvidenceKind#DUPLICATE}
   */
  record RecordValidation(EvidenceKind evidence, @Nullable String detail,
      @Nullable IncidentId duplicateOf) implements IdentificationAction {
    /**
     * @throws IllegalArgumentException when {@code evidence} is null, {@code detail} is too long, or
     *     {@code duplicateOf} is missing for a duplicate or given for another kind
     */
    public RecordValidation {
      Checks.notNull("evidence", evidence);
      detail = Checks.optionalText("detail", detail);
      IncidentChecks.duplicateOfFits(evidence, duplicateOf);
    }

    /**
     * Evidence that is not a duplicate.
     *
     * @param evidence what kind of evidence
     * @param detail what was seen or said; optional (null)
     * @throws IllegalArgumentException as the canonical constructor
     */
    public RecordValidation(EvidenceKind evidence, @Nullable String detail) {
      this(evidence, detail, null);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_VALIDATION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.recordValidation(this, context);
    }
  }

  /**
   * Declare the candidate a major incident. Needs validation evidence unless the declaration policy allows
   * declaring without it.
   *
   * @param note optional (null) remark for the timeline
   */
  record Declare(@Nullable String note) implements IdentificationAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Declare {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DECLARE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.declare(this, context);
    }
  }

  /**
   * Hand the incident back to the normal incident process: reject a candidate or demote a major incident,
   * optionally citing the refuting validation evidence that shows it is not major.
   *
   * @param reason why, for the record; required by the practice ({@code reason-missing})
   * @param evidence the refuting evidence cited; optional (null); it must have been recorded
   *     ({@code evidence-not-recorded})
   */
  record Downgrade(@Nullable String reason, @Nullable EvidenceKind evidence) implements IdentificationAction {
    /** @throws IllegalArgumentException when the reason is too long or the evidence does not refute */
    public Downgrade {
      reason = Checks.optionalText("reason", reason);
      IncidentChecks.refuting(evidence);
    }

    /**
     * A downgrade citing no evidence.
     *
     * @param reason why; required by the practice
     * @throws IllegalArgumentException when the reason is too long
     */
    public Downgrade(@Nullable String reason) {
      this(reason, null);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DOWNGRADE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.downgrade(this, context);
    }
  }

  /**
   * Change impact and urgency; the priority follows from the matrix.
   *
   * @param impact the new impact
   * @param urgency the new urgency
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record Reprioritise(Impact impact, Urgency urgency, @Nullable String reason) implements IdentificationAction {
    /** @throws IllegalArgumentException when impact or urgency is null or the reason is too long */
    public Reprioritise {
      Checks.notNull("impact", impact);
      Checks.notNull("urgency", urgency);
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.REPRIORITISE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reprioritise(this, context);
    }
  }

  /**
   * Link a child incident (an ordinary incident caused by this one). Restoring the major incident restores its
   * children; closing it does not close them.
   *
   * @param child the child incident's id
   */
  record LinkChild(IncidentId child) implements IdentificationAction {
    /** @throws IllegalArgumentException when {@code child} is null */
    public LinkChild {
      Checks.notNull("child", child);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.LINK_CHILD;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.linkChild(this, context);
    }
  }
}
