package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The facts of identification and validation: a candidate is identified, resolver groups engaged, evidence
 * recorded, and the candidate declared a major incident or downgraded; its priority may change and child incidents
 * be linked. Triage's other outcomes are {@link TriageFact}s.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = IdentificationFact.CandidateIdentified.class, name = "CandidateIdentified"),
    @JsonSubTypes.Type(value = IdentificationFact.ResolverGroupEngaged.class, name = "ResolverGroupEngaged"),
    @JsonSubTypes.Type(value = IdentificationFact.ValidationRecorded.class, name = "ValidationRecorded"),
    @JsonSubTypes.Type(value = IdentificationFact.MajorIncidentDeclared.class, name = "MajorIncidentDeclared"),
    @JsonSubTypes.Type(value = IdentificationFact.IncidentDowngraded.class, name = "IncidentDowngraded"),
    @JsonSubTypes.Type(value = IdentificationFact.IncidentReprioritised.class, name = "IncidentReprioritised"),
    @JsonSubTypes.Type(value = IdentificationFact.ChildLinked.class, name = "ChildLinked"),
})
public sealed interface IdentificationFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.identification(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this fact.
   *
   * @param visitor handles each fact of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each fact of this group in its own method, so that an implementation fails to compile
   * until it handles a new one. mim's rules implement it; a host may too.
   *
   * @param <C> what the visitor is given beside the fact
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R candidateIdentified(CandidateIdentified fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R resolverGroupEngaged(ResolverGroupEngaged fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R validationRecorded(ValidationRecorded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R majorIncidentDeclared(MajorIncidentDeclared fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R incidentDowngraded(IncidentDowngraded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R incidentReprioritised(IncidentReprioritised fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R childLinked(ChildLinked fact, C context);
  }

  /**
   * A candidate major incident was identified; its priority was looked up in the matrix.
   *
   * @param source how it came to light
   * @param affectedServices the affected services, sorted
   * @param impact impact
   * @param urgency urgency
   * @param priority the priority the matrix gave
   * @param summary what is happening
   * @param firstSignalAt when its first signal came, not after the event; null in events written before mim
   *     recorded it, which count from the event's time
   */
  record CandidateIdentified(IdentificationSource source, Set<ServiceId> affectedServices, Impact impact,
      Urgency urgency, Priority priority, String summary, @Nullable Instant firstSignalAt) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public CandidateIdentified {
      Checks.notNull("source", source);
      affectedServices = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notEmpty("affectedServices",
          affectedServices)));
      Checks.notNull("impact", impact);
      Checks.notNull("urgency", urgency);
      Checks.notNull("priority", priority);
      Checks.text("summary", summary);
      if (firstSignalAt != null) {
        Checks.instant("firstSignalAt", firstSignalAt);
      }
    }

    @JsonCreator
    private static CandidateIdentified fromJson(@JsonProperty("source") IdentificationSource source,
        @JsonProperty("affectedServices") Set<ServiceId> affectedServices, @JsonProperty("impact") Impact impact,
        @JsonProperty("urgency") Urgency urgency, @JsonProperty("priority") Priority priority,
        @JsonProperty("summary") String summary, @JsonProperty("firstSignalAt") String firstSignalAt) {
      return new CandidateIdentified(source, affectedServices, impact, urgency, priority, summary,
          Checks.parseInstant("firstSignalAt", firstSignalAt));
    }

    @Override
    public FactKind kind() {
      return FactKind.CANDIDATE_IDENTIFIED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.candidateIdentified(this, context);
    }
  }

  /**
   * A resolver group was engaged.
   *
   * @param group the group
   * @param primary whether it is the primary group
   */
  record ResolverGroupEngaged(ResolverGroup group, @JsonProperty(required = true) boolean primary) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ResolverGroupEngaged {
      Checks.notNull("group", group);
    }

    @Override
    public FactKind kind() {
      return FactKind.RESOLVER_GROUP_ENGAGED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.resolverGroupEngaged(this, context);
    }
  }

  /**
   * Validation evidence was recorded, confirming or refuting.
   *
   * @param evidence what kind
   * @param detail what was seen; may be null
   * @param duplicateOf the incident duplicated, exactly for {@link EvidenceKind#DUPLICATE}; null otherwise
   */
  record ValidationRecorded(EvidenceKind evidence, @Nullable String detail,
      @Nullable IncidentId duplicateOf) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, a text too long, or duplicateOf misplaced */
    public ValidationRecorded {
      Checks.notNull("evidence", evidence);
      detail = Checks.optionalText("detail", detail);
      IncidentChecks.duplicateOfFits(evidence, duplicateOf);
    }

    @Override
    public FactKind kind() {
      return FactKind.VALIDATION_RECORDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.validationRecorded(this, context);
    }
  }

  /**
   * The candidate was declared a major incident.
   *
   * @param withoutEvidence true when the declaration policy allowed it without validation evidence
   * @param note remark; may be null
   */
  record MajorIncidentDeclared(@JsonProperty(required = true) boolean withoutEvidence, @Nullable String note)
      implements IdentificationFact {
    /** @throws IllegalArgumentException when the note is too long */
    public MajorIncidentDeclared {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.MAJOR_INCIDENT_DECLARED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.majorIncidentDeclared(this, context);
    }
  }

  /**
   * The incident was handed back to the normal incident process.
   *
   * @param from the status it left
   * @param reason why
   * @param evidence the refuting validation evidence cited; may be null
   */
  record IncidentDowngraded(IncidentStatus from, String reason, @Nullable EvidenceKind evidence) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long, or evidence confirms */
    public IncidentDowngraded {
      Checks.notNull("from", from);
      Checks.text("reason", reason);
      if (evidence != null && !evidence.refutes()) {
        throw new IllegalArgumentException("evidence must be a refuting kind, was " + evidence);
      }
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_DOWNGRADED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.incidentDowngraded(this, context);
    }
  }

  /**
   * Impact and urgency changed; the priority is the matrix's value for them.
   *
   * @param impact the new impact
   * @param urgency the new urgency
   * @param priority the new priority
   * @param previousPriority the priority before
   * @param reason why
   */
  record IncidentReprioritised(Impact impact, Urgency urgency, Priority priority, Priority previousPriority, String reason) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public IncidentReprioritised {
      Checks.notNull("impact", impact);
      Checks.notNull("urgency", urgency);
      Checks.notNull("priority", priority);
      Checks.notNull("previousPriority", previousPriority);
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_REPRIORITISED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.incidentReprioritised(this, context);
    }
  }

  /**
   * A child incident was linked.
   *
   * @param child the child incident
   */
  record ChildLinked(IncidentId child) implements IdentificationFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ChildLinked {
      Checks.notNull("child", child);
    }

    @Override
    public FactKind kind() {
      return FactKind.CHILD_LINKED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.childLinked(this, context);
    }
  }
}
