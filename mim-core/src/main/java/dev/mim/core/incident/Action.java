package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a command asks of an incident: one record per thing the major incident team can do. It travels inside an
 * {@link IncidentCommand}, which says who asks and when.
 *
 * <h2>Malformed values and what the practice requires</h2>
 * <ul>
 *   <li><b>Malformed</b> (an {@link IllegalArgumentException} naming the field and the value, when the record is
 *       built): a missing identifier, person, group, service, audience, enum, duration or collection, that is, what
 *       the action is about; a text over {@value dev.mim.core.internal.Checks#MAX_TEXT_LENGTH} characters or an
 *       identifier over {@value dev.mim.core.internal.Checks#MAX_ID_LENGTH}; a blank identifier; a level, length or
 *       instant out of range.</li>
 *   <li><b>Required by the practice</b> (a {@code Decision.Rejected} with a stable {@code *-missing} code, from the
 *       decider): the record a decision must leave, that is, a summary, reason, briefing, plan, description or
 *       findings, and a change reference. The action may be built without it; a blank text counts as not given
 *       and is kept as null.</li>
 * </ul>
 * Whether the action is allowed is decided later, against the incident's state and the policies; a refusal there
 * is a rejection, never an exception.
 *
 * <p>In JSON an action carries its stable type name in the property {@code "type"} (the record's simple name);
 * names are never reused or renamed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.Identify.class, name = "Identify"),
    @JsonSubTypes.Type(value = Action.EngageResolverGroup.class, name = "EngageResolverGroup"),
    @JsonSubTypes.Type(value = Action.RecordValidation.class, name = "RecordValidation"),
    @JsonSubTypes.Type(value = Action.Declare.class, name = "Declare"),
    @JsonSubTypes.Type(value = Action.Downgrade.class, name = "Downgrade"),
    @JsonSubTypes.Type(value = Action.AssignManager.class, name = "AssignManager"),
    @JsonSubTypes.Type(value = Action.HandOverManager.class, name = "HandOverManager"),
    @JsonSubTypes.Type(value = Action.AddTeamMember.class, name = "AddTeamMember"),
    @JsonSubTypes.Type(value = Action.RemoveTeamMember.class, name = "RemoveTeamMember"),
    @JsonSubTypes.Type(value = Action.Mobilise.class, name = "Mobilise"),
    @JsonSubTypes.Type(value = Action.Reprioritise.class, name = "Reprioritise"),
    @JsonSubTypes.Type(value = Action.LinkChild.class, name = "LinkChild"),
    @JsonSubTypes.Type(value = Action.StartResolution.class, name = "StartResolution"),
    @JsonSubTypes.Type(value = Action.ApplyWorkaround.class, name = "ApplyWorkaround"),
    @JsonSubTypes.Type(value = Action.ApplyPermanentFix.class, name = "ApplyPermanentFix"),
    @JsonSubTypes.Type(value = Action.ConfirmRestoration.class, name = "ConfirmRestoration"),
    @JsonSubTypes.Type(value = Action.Reopen.class, name = "Reopen"),
    @JsonSubTypes.Type(value = Action.RecordStakeholderUpdate.class, name = "RecordStakeholderUpdate"),
    @JsonSubTypes.Type(value = Action.StartReview.class, name = "StartReview"),
    @JsonSubTypes.Type(value = Action.AddReviewAction.class, name = "AddReviewAction"),
    @JsonSubTypes.Type(value = Action.AssignReviewAction.class, name = "AssignReviewAction"),
    @JsonSubTypes.Type(value = Action.CompleteReview.class, name = "CompleteReview"),
    @JsonSubTypes.Type(value = Action.Close.class, name = "Close"),
    @JsonSubTypes.Type(value = Action.SnoozeUpdates.class, name = "SnoozeUpdates"),
    @JsonSubTypes.Type(value = Action.Acknowledge.class, name = "Acknowledge"),
    @JsonSubTypes.Type(value = Action.RecordEscalation.class, name = "RecordEscalation"),
    @JsonSubTypes.Type(value = Action.HoldEscalations.class, name = "HoldEscalations"),
    @JsonSubTypes.Type(value = Action.ResumeEscalations.class, name = "ResumeEscalations"),
    @JsonSubTypes.Type(value = Action.RecordFindings.class, name = "RecordFindings"),
    @JsonSubTypes.Type(value = Action.SubmitReview.class, name = "SubmitReview"),
    @JsonSubTypes.Type(value = Action.CompleteReviewAction.class, name = "CompleteReviewAction"),
    @JsonSubTypes.Type(value = Action.DropReviewAction.class, name = "DropReviewAction"),
})
public sealed interface Action {

  /** The longest a {@link SnoozeUpdates} may hold off an audience's next update: 4 hours. */
  Duration MAX_SNOOZE = Duration.ofHours(4);

  /** The highest escalation level mim records. */
  int MAX_ESCALATION_LEVEL = 1_000;

  /** @return which action this is, for switching without reflection */
  ActionKind kind();

  /**
   * For JSON readers only: a command with a property its action does not have (a misspelt or unknown field) is
   * refused rather than silently dropped.
   *
   * @param name the property read
   * @param value its value
   * @throws IllegalArgumentException always, naming the property
   */
  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty(getClass().getSimpleName(), name);
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
      @Nullable String summary, @Nullable Instant firstSignalAt) implements Action {
    /**
     * @throws IllegalArgumentException when the source, impact or urgency is null, the services are empty or hold
     *     null, the summary is too long, or the first signal's time is out of range
     */
    public Identify {
      Checks.notNull("source", source);
      affectedServices = sorted("affectedServices", affectedServices);
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
  }

  /**
   * Engage a technical resolver group. The practice engages the primary group before validation, so that no
   * resolution time is lost.
   *
   * @param group the resolver group
   * @param primary whether it is the primary group (at most one is)
   */
  record EngageResolverGroup(ResolverGroup group, @JsonProperty(required = true) boolean primary)
      implements Action {
    /** @throws IllegalArgumentException when {@code group} is null */
    public EngageResolverGroup {
      Checks.notNull("group", group);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ENGAGE_RESOLVER_GROUP;
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
      @Nullable IncidentId duplicateOf) implements Action {
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
  }

  /**
   * Declare the candidate a major incident. Needs validation evidence unless the declaration policy allows
   * declaring without it.
   *
   * @param note optional (null) remark for the timeline
   */
  record Declare(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Declare {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DECLARE;
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
  record Downgrade(@Nullable String reason, @Nullable EvidenceKind evidence) implements Action {
    /** @throws IllegalArgumentException when the reason is too long or the evidence does not refute */
    public Downgrade {
      reason = Checks.optionalText("reason", reason);
      refuting(evidence);
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
  }

  /**
   * Assign the Major Incident Manager, who coordinates (and need not be technical). Refused when a manager is
   * already assigned: that is a {@link HandOverManager}.
   *
   * @param manager the person taking the role
   */
  record AssignManager(Actor manager) implements Action {
    /** @throws IllegalArgumentException when {@code manager} is null */
    public AssignManager {
      Checks.notNull("manager", manager);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ASSIGN_MANAGER;
    }
  }

  /**
   * Hand the Major Incident Manager role over, with a briefing, for example at the end of a shift. The new manager
   * has yet to acknowledge.
   *
   * @param newManager the person taking over
   * @param reason why
   * @param briefing what the new manager was told; required by the practice ({@code briefing-missing}), and its
   *     content is checked: a current status, and every audience updated so far ({@code briefing-incomplete})
   */
  record HandOverManager(Actor newManager, HandoverReason reason, @Nullable Briefing briefing) implements Action {
    /** @throws IllegalArgumentException when the new manager or reason is null */
    public HandOverManager {
      Checks.notNull("newManager", newManager);
      Checks.notNull("reason", reason);
    }

    /**
     * A hand-over whose briefing is a current status only. A factory rather than a constructor, so that
     * {@code new HandOverManager(manager, reason, null)} names one constructor.
     *
     * @param newManager the person taking over
     * @param reason why
     * @param currentStatus where things stand; null or blank for no briefing
     * @return the action
     * @throws IllegalArgumentException when the new manager or reason is null or the text too long
     */
    public static HandOverManager withStatus(Actor newManager, HandoverReason reason, @Nullable String currentStatus) {
      return new HandOverManager(newManager, reason,
          currentStatus == null || currentStatus.isBlank() ? null : Briefing.of(currentStatus));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.HAND_OVER_MANAGER;
    }
  }

  /**
   * Add a member to the major incident team.
   *
   * @param member the person
   * @param role their role
   */
  record AddTeamMember(Actor member, TeamRole role) implements Action {
    /** @throws IllegalArgumentException when a field is null */
    public AddTeamMember {
      Checks.notNull("member", member);
      Checks.notNull("role", role);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ADD_TEAM_MEMBER;
    }
  }

  /**
   * Remove a member from the major incident team.
   *
   * @param member the person
   */
  record RemoveTeamMember(Actor member) implements Action {
    /** @throws IllegalArgumentException when {@code member} is null */
    public RemoveTeamMember {
      Checks.notNull("member", member);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.REMOVE_TEAM_MEMBER;
    }
  }

  /**
   * Mobilise the major incident team: needs a Major Incident Manager and at least one resolver group.
   *
   * @param note optional (null) remark, for example the bridge call details
   */
  record Mobilise(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Mobilise {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.MOBILISE;
    }
  }

  /**
   * Change impact and urgency; the priority follows from the matrix.
   *
   * @param impact the new impact
   * @param urgency the new urgency
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record Reprioritise(Impact impact, Urgency urgency, @Nullable String reason) implements Action {
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
  }

  /**
   * Link a child incident (an ordinary incident caused by this one). Restoring the major incident restores its
   * children; closing it does not close them.
   *
   * @param child the child incident's id
   */
  record LinkChild(IncidentId child) implements Action {
    /** @throws IllegalArgumentException when {@code child} is null */
    public LinkChild {
      Checks.notNull("child", child);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.LINK_CHILD;
    }
  }

  /**
   * Start implementing the resolution plan as a change.
   *
   * @param plan the resolution plan; required by the practice ({@code resolution-plan-missing})
   * @param change the change reference; required by the practice ({@code change-reference-missing})
   * @param emergencyChange whether the change is an emergency change
   */
  record StartResolution(@Nullable String plan, @Nullable ChangeRef change,
      @JsonProperty(required = true) boolean emergencyChange)
      implements Action {
    /** @throws IllegalArgumentException when {@code plan} is too long */
    public StartResolution {
      plan = Checks.optionalText("plan", plan);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.START_RESOLUTION;
    }
  }

  /**
   * Record that a workaround is in place.
   *
   * @param description what the workaround is; required by the practice ({@code description-missing})
   */
  record ApplyWorkaround(@Nullable String description) implements Action {
    /** @throws IllegalArgumentException when {@code description} is too long */
    public ApplyWorkaround {
      description = Checks.optionalText("description", description);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.APPLY_WORKAROUND;
    }
  }

  /**
   * Record that a permanent fix was implemented by a change.
   *
   * @param change the change that implemented it; required by the practice ({@code change-reference-missing})
   * @param description what was fixed; required by the practice ({@code description-missing})
   */
  record ApplyPermanentFix(@Nullable ChangeRef change, @Nullable String description) implements Action {
    /** @throws IllegalArgumentException when {@code description} is too long */
    public ApplyPermanentFix {
      description = Checks.optionalText("description", description);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.APPLY_PERMANENT_FIX;
    }
  }

  /**
   * Confirm that normal service is restored. Needs a workaround or a permanent fix; restores the linked children.
   *
   * @param note optional (null) remark
   */
  record ConfirmRestoration(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public ConfirmRestoration {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.CONFIRM_RESTORATION;
    }
  }

  /**
   * Reopen a restored incident whose service failed again. Refused after the verification window.
   *
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record Reopen(@Nullable String reason) implements Action {
    /** @throws IllegalArgumentException when {@code reason} is too long */
    public Reopen {
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.REOPEN;
    }
  }

  /**
   * Record that an update was sent to an audience of stakeholders, at the command's time. Allowed from declaration
   * on, and after closure or downgrade for the final notice. Refused when it promises a next update in the past.
   *
   * @param update what was sent to whom
   */
  record RecordStakeholderUpdate(StakeholderUpdate update) implements Action {
    /** @throws IllegalArgumentException when {@code update} is null */
    public RecordStakeholderUpdate {
      Checks.notNull("update", update);
    }

    /**
     * An update with a summary only.
     *
     * @param audience who was informed
     * @param summary what they were told; required by the practice ({@code summary-missing})
     * @throws IllegalArgumentException when the audience is null or the summary is too long
     */
    public RecordStakeholderUpdate(Audience audience, @Nullable String summary) {
      this(StakeholderUpdate.of(audience, summary));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_STAKEHOLDER_UPDATE;
    }
  }

  /**
   * Start the post-incident review. Allowed only once service is restored.
   *
   * @param reviewer optional (null) person leading the review
   */
  record StartReview(@Nullable Actor reviewer) implements Action {
    @Override
    public ActionKind kind() {
      return ActionKind.START_REVIEW;
    }
  }

  /**
   * Record what the review found, in place of what was recorded before. Allowed until the review is completed.
   *
   * @param findings the findings
   */
  record RecordFindings(ReviewFindings findings) implements Action {
    /** @throws IllegalArgumentException when {@code findings} is null */
    public RecordFindings {
      Checks.notNull("findings", findings);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_FINDINGS;
    }
  }

  /**
   * Submit the draft review for approval. Needs findings with a summary ({@code findings-missing}) and a root
   * cause or the problem record the analysis was handed to ({@code root-cause-missing}).
   *
   * @param note optional (null) remark, for example to whom it was circulated
   */
  record SubmitReview(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public SubmitReview {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.SUBMIT_REVIEW;
    }
  }

  /**
   * Add an action item to the review. Owner and due date may follow with {@link AssignReviewAction}; the review
   * cannot complete while an open item lacks either.
   *
   * @param actionId the item's id, unique within the incident
   * @param description what is to be done; required by the practice ({@code description-missing})
   * @param owner who does it; optional (null)
   * @param due by when; optional (null)
   * @param problem the problem record it belongs to; optional (null)
   * @param change the change that carries it out; optional (null)
   */
  record AddReviewAction(String actionId, @Nullable String description, @Nullable Actor owner, @Nullable LocalDate due,
      @Nullable ProblemRef problem,
      @Nullable ChangeRef change) implements Action {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the description too long */
    public AddReviewAction {
      Checks.id("actionId", actionId);
      description = Checks.optionalText("description", description);
    }

    /**
     * An item linked to no problem or change.
     *
     * @param actionId the item's id
     * @param description what is to be done
     * @param owner who does it; may be null
     * @param due by when; may be null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AddReviewAction(String actionId, String description, Actor owner, LocalDate due) {
      this(actionId, description, owner, due, null, null);
    }

    @JsonCreator
    private static AddReviewAction fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("description") String description, @JsonProperty("owner") Actor owner,
        @JsonProperty("due") String due, @JsonProperty("problem") ProblemRef problem,
        @JsonProperty("change") ChangeRef change) {
      return new AddReviewAction(actionId, description, owner, Checks.parseDate("due", due), problem, change);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ADD_REVIEW_ACTION;
    }
  }

  /**
   * Give an open review action item its owner and due date (or new ones). Also after closure.
   *
   * @param actionId the item's id
   * @param owner who does it
   * @param due by when
   */
  record AssignReviewAction(String actionId, Actor owner, LocalDate due) implements Action {
    /** @throws IllegalArgumentException when a field is null or the id is blank or too long */
    public AssignReviewAction {
      Checks.id("actionId", actionId);
      Checks.notNull("owner", owner);
      Checks.notNull("due", due);
    }

    @JsonCreator
    private static AssignReviewAction fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("owner") Actor owner, @JsonProperty("due") String due) {
      return new AssignReviewAction(actionId, owner, Checks.parseDate("due", due));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ASSIGN_REVIEW_ACTION;
    }
  }

  /**
   * Mark an open review action item done. Also after closure.
   *
   * @param actionId the item's id
   * @param note optional (null) remark: what was done
   */
  record CompleteReviewAction(String actionId, @Nullable String note) implements Action {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the note too long */
    public CompleteReviewAction {
      Checks.id("actionId", actionId);
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.COMPLETE_REVIEW_ACTION;
    }
  }

  /**
   * Drop an open review action item. Also after closure.
   *
   * @param actionId the item's id
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record DropReviewAction(String actionId, @Nullable String reason) implements Action {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the reason too long */
    public DropReviewAction {
      Checks.id("actionId", actionId);
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DROP_REVIEW_ACTION;
    }
  }

  /**
   * Complete (approve) the submitted review. Refused before it is submitted ({@code review-not-submitted}) and
   * while an open action item lacks an owner or a due date ({@code review-action-unassigned}).
   *
   * @param note optional (null) remark, for example who approved it
   */
  record CompleteReview(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public CompleteReview {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.COMPLETE_REVIEW;
    }
  }

  /**
   * Close the major incident. Needs a completed review. Does not close linked children.
   *
   * @param note optional (null) remark
   */
  record Close(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Close {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.CLOSE;
    }
  }

  /**
   * Hold off the next update to an audience, for example while the bridge waits for a vendor: no update to it is
   * due before the command's time plus {@code length}. Audited as an event.
   *
   * @param audience the audience
   * @param length how long; positive and at most {@link #MAX_SNOOZE}
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record SnoozeUpdates(Audience audience, Duration length, @Nullable String reason) implements Action {
    /**
     * @throws IllegalArgumentException when the audience or length is null, the reason is too long, or the length
     *     is not positive or longer than {@link #MAX_SNOOZE}
     */
    public SnoozeUpdates {
      Checks.notNull("audience", audience);
      Checks.positive("length", length);
      if (length.compareTo(MAX_SNOOZE) > 0) {
        throw new IllegalArgumentException("length must be at most " + MAX_SNOOZE + ", was " + length);
      }
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.SNOOZE_UPDATES;
    }
  }

  /** Refuses a cited evidence kind that confirms rather than refutes. */
  private static void refuting(EvidenceKind evidence) {
    if (evidence != null && !evidence.refutes()) {
      throw new IllegalArgumentException("evidence must be a refuting kind (MOMENTARY_ALERT, FALSE_POSITIVE, "
          + "BELOW_THRESHOLD, DUPLICATE), was " + evidence);
    }
  }

  /**
   * Acknowledge being paged: the Major Incident Manager acknowledges the role, or a member acknowledges for an
   * engaged resolver group. Ends the {@link EscalationCondition#NOT_ACKNOWLEDGED} escalation.
   *
   * @param group the resolver group acknowledged for; null when the manager acknowledges the role (the actor must
   *     then be the manager)
   */
  record Acknowledge(@Nullable ResolverGroup group) implements Action {
    /** The manager acknowledges the role. */
    public Acknowledge() {
      this(null);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ACKNOWLEDGE;
    }
  }

  /**
   * Record that the host sent an escalation, so that it is part of the audited history. Refused when the
   * escalation policy does not have that level of that condition due ({@code escalation-not-due}), when it was sent
   * already, or when the condition no longer holds.
   *
   * @param condition what the escalation was about
   * @param level its level, from 1
   * @param targets whom it paged
   * @param reason why, as the policy gave it; optional (null)
   */
  record RecordEscalation(EscalationCondition condition, int level, List<EscalationTarget> targets,
      @Nullable String reason)
      implements Action {
    /** @throws IllegalArgumentException when a field is null, the level below 1 or the targets empty */
    public RecordEscalation {
      Checks.notNull("condition", condition);
      Checks.between("level", level, 1, MAX_ESCALATION_LEVEL);
      targets = List.copyOf(Checks.notEmpty("targets", targets));
      reason = Checks.optionalText("reason", reason);
    }

    @JsonCreator
    private static RecordEscalation fromJson(@JsonProperty("condition") EscalationCondition condition,
        @JsonProperty("level") Object level, @JsonProperty("targets") List<EscalationTarget> targets,
        @JsonProperty("reason") String reason) {
      return new RecordEscalation(condition, Checks.wholeInt("level", level), targets, reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_ESCALATION;
    }
  }

  /**
   * Hold escalations, for example while the incident waits on a vendor: their clocks stop until resumed.
   *
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record HoldEscalations(@Nullable String reason) implements Action {
    /** @throws IllegalArgumentException when {@code reason} is too long */
    public HoldEscalations {
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.HOLD_ESCALATIONS;
    }
  }

  /**
   * Resume held escalations: their clocks run again.
   *
   * @param note optional (null) remark
   */
  record ResumeEscalations(@Nullable String note) implements Action {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public ResumeEscalations {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RESUME_ESCALATIONS;
    }
  }

  private static SortedSet<ServiceId> sorted(String field, Set<ServiceId> services) {
    Checks.notEmpty(field, services);
    return Collections.unmodifiableSortedSet(new TreeSet<>(services));
  }
}
