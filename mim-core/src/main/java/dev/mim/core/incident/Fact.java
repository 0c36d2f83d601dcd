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
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happened to an incident: one record per kind of event. It travels inside an {@link IncidentEvent}, which
 * says which incident, its sequence number, who and when. Facts are the record of truth that hosts persist.
 *
 * <p>In JSON a fact carries its stable type name in the property {@code "type"}. Names are never renamed or
 * reused; a change to a fact's fields raises {@link IncidentEvent#SCHEMA_VERSION}.
 *
 * <p>Facts check their fields when built, so that an event read back from storage is as sound as one the
 * decider made: a malformed one throws an {@link IllegalArgumentException} naming the field and the value.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({    @JsonSubTypes.Type(value = Fact.CandidateIdentified.class, name = "CandidateIdentified"),
    @JsonSubTypes.Type(value = Fact.ResolverGroupEngaged.class, name = "ResolverGroupEngaged"),
    @JsonSubTypes.Type(value = Fact.ValidationRecorded.class, name = "ValidationRecorded"),
    @JsonSubTypes.Type(value = Fact.MajorIncidentDeclared.class, name = "MajorIncidentDeclared"),
    @JsonSubTypes.Type(value = Fact.IncidentDowngraded.class, name = "IncidentDowngraded"),
    @JsonSubTypes.Type(value = Fact.ManagerAssigned.class, name = "ManagerAssigned"),
    @JsonSubTypes.Type(value = Fact.ManagerHandedOver.class, name = "ManagerHandedOver"),
    @JsonSubTypes.Type(value = Fact.TeamMemberAdded.class, name = "TeamMemberAdded"),
    @JsonSubTypes.Type(value = Fact.TeamMemberRemoved.class, name = "TeamMemberRemoved"),
    @JsonSubTypes.Type(value = Fact.TeamMobilised.class, name = "TeamMobilised"),
    @JsonSubTypes.Type(value = Fact.IncidentReprioritised.class, name = "IncidentReprioritised"),
    @JsonSubTypes.Type(value = Fact.ChildLinked.class, name = "ChildLinked"),
    @JsonSubTypes.Type(value = Fact.ResolutionStarted.class, name = "ResolutionStarted"),
    @JsonSubTypes.Type(value = Fact.WorkaroundApplied.class, name = "WorkaroundApplied"),
    @JsonSubTypes.Type(value = Fact.PermanentFixApplied.class, name = "PermanentFixApplied"),
    @JsonSubTypes.Type(value = Fact.ServiceRestored.class, name = "ServiceRestored"),
    @JsonSubTypes.Type(value = Fact.IncidentReopened.class, name = "IncidentReopened"),
    @JsonSubTypes.Type(value = Fact.StakeholderUpdateRecorded.class, name = "StakeholderUpdateRecorded"),
    @JsonSubTypes.Type(value = Fact.ReviewStarted.class, name = "ReviewStarted"),
    @JsonSubTypes.Type(value = Fact.ReviewActionAdded.class, name = "ReviewActionAdded"),
    @JsonSubTypes.Type(value = Fact.ReviewActionAssigned.class, name = "ReviewActionAssigned"),
    @JsonSubTypes.Type(value = Fact.ReviewCompleted.class, name = "ReviewCompleted"),
    @JsonSubTypes.Type(value = Fact.IncidentClosed.class, name = "IncidentClosed"),
    @JsonSubTypes.Type(value = Fact.UpdatesSnoozed.class, name = "UpdatesSnoozed"),
    @JsonSubTypes.Type(value = Fact.Acknowledged.class, name = "Acknowledged"),
    @JsonSubTypes.Type(value = Fact.EscalationRecorded.class, name = "EscalationRecorded"),
    @JsonSubTypes.Type(value = Fact.EscalationsHeld.class, name = "EscalationsHeld"),
    @JsonSubTypes.Type(value = Fact.EscalationsResumed.class, name = "EscalationsResumed"),
    @JsonSubTypes.Type(value = Fact.FindingsRecorded.class, name = "FindingsRecorded"),
    @JsonSubTypes.Type(value = Fact.ReviewSubmitted.class, name = "ReviewSubmitted"),
    @JsonSubTypes.Type(value = Fact.ReviewActionDone.class, name = "ReviewActionDone"),
    @JsonSubTypes.Type(value = Fact.ReviewActionDropped.class, name = "ReviewActionDropped"),})
public sealed interface Fact {

  /** @return which fact this is, for switching without reflection */
  FactKind kind();

  /**
   * For JSON readers only: a stored fact with a property its type does not have (a misspelt or unknown field) is
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
      Urgency urgency, Priority priority, String summary, @Nullable Instant firstSignalAt) implements Fact {
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
  }

  /**
   * A resolver group was engaged.
   *
   * @param group the group
   * @param primary whether it is the primary group
   */
  record ResolverGroupEngaged(ResolverGroup group, @JsonProperty(required = true) boolean primary) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ResolverGroupEngaged {
      Checks.notNull("group", group);
    }

    @Override
    public FactKind kind() {
      return FactKind.RESOLVER_GROUP_ENGAGED;
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
      @Nullable IncidentId duplicateOf) implements Fact {
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
  }

  /**
   * The candidate was declared a major incident.
   *
   * @param withoutEvidence true when the declaration policy allowed it without validation evidence
   * @param note remark; may be null
   */
  record MajorIncidentDeclared(@JsonProperty(required = true) boolean withoutEvidence, @Nullable String note)
      implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public MajorIncidentDeclared {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.MAJOR_INCIDENT_DECLARED;
    }
  }

  /**
   * The incident was handed back to the normal incident process.
   *
   * @param from the status it left
   * @param reason why
   * @param evidence the refuting validation evidence cited; may be null
   */
  record IncidentDowngraded(IncidentStatus from, String reason, @Nullable EvidenceKind evidence) implements Fact {
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
  }

  /**
   * A Major Incident Manager was assigned.
   *
   * @param manager the manager
   */
  record ManagerAssigned(Actor manager) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ManagerAssigned {
      Checks.notNull("manager", manager);
    }

    @Override
    public FactKind kind() {
      return FactKind.MANAGER_ASSIGNED;
    }
  }

  /**
   * The Major Incident Manager role was handed over.
   *
   * @param previousManager who handed over
   * @param newManager who took over
   * @param reason why
   * @param briefing what the new manager was told
   */
  record ManagerHandedOver(Actor previousManager, Actor newManager, HandoverReason reason, Briefing briefing)
      implements Fact {
    /** @throws IllegalArgumentException when a required field is null or the briefing has no current status */
    public ManagerHandedOver {
      Checks.notNull("previousManager", previousManager);
      Checks.notNull("newManager", newManager);
      Checks.notNull("reason", reason);
      Checks.notNull("briefing", briefing);
      Checks.notNull("briefing.currentStatus", briefing.currentStatus());
    }

    @Override
    public FactKind kind() {
      return FactKind.MANAGER_HANDED_OVER;
    }
  }

  /**
   * A member joined the major incident team.
   *
   * @param member the member
   * @param role their role
   */
  record TeamMemberAdded(Actor member, TeamRole role) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public TeamMemberAdded {
      Checks.notNull("member", member);
      Checks.notNull("role", role);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MEMBER_ADDED;
    }
  }

  /**
   * A member left the major incident team.
   *
   * @param member the member
   */
  record TeamMemberRemoved(Actor member) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public TeamMemberRemoved {
      Checks.notNull("member", member);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MEMBER_REMOVED;
    }
  }

  /**
   * The major incident team was mobilised.
   *
   * @param note remark; may be null
   */
  record TeamMobilised(@Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public TeamMobilised {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MOBILISED;
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
  record IncidentReprioritised(Impact impact, Urgency urgency, Priority priority, Priority previousPriority, String reason) implements Fact {
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
  }

  /**
   * A child incident was linked.
   *
   * @param child the child incident
   */
  record ChildLinked(IncidentId child) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ChildLinked {
      Checks.notNull("child", child);
    }

    @Override
    public FactKind kind() {
      return FactKind.CHILD_LINKED;
    }
  }

  /**
   * Implementation of the resolution plan started as a change.
   *
   * @param plan the plan
   * @param change the change
   * @param emergencyChange whether it is an emergency change
   */
  record ResolutionStarted(String plan, ChangeRef change, @JsonProperty(required = true) boolean emergencyChange)
      implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ResolutionStarted {
      Checks.text("plan", plan);
      Checks.notNull("change", change);
    }

    @Override
    public FactKind kind() {
      return FactKind.RESOLUTION_STARTED;
    }
  }

  /**
   * A workaround was put in place.
   *
   * @param description the workaround
   */
  record WorkaroundApplied(String description) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public WorkaroundApplied {
      Checks.text("description", description);
    }

    @Override
    public FactKind kind() {
      return FactKind.WORKAROUND_APPLIED;
    }
  }

  /**
   * A permanent fix was implemented by a change.
   *
   * @param change the change
   * @param description the fix
   */
  record PermanentFixApplied(ChangeRef change, String description) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public PermanentFixApplied {
      Checks.notNull("change", change);
      Checks.text("description", description);
    }

    @Override
    public FactKind kind() {
      return FactKind.PERMANENT_FIX_APPLIED;
    }
  }

  /**
   * Normal service was restored; the linked children listed here are restored with it.
   *
   * @param means how: by the permanent fix when one was applied, else by the workaround
   * @param restoredChildren the child incidents restored with it, in the order they were linked
   * @param note remark; may be null
   */
  record ServiceRestored(RestorationMeans means, List<IncidentId> restoredChildren,
      @Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ServiceRestored {
      Checks.notNull("means", means);
      restoredChildren = List.copyOf(Checks.noNulls("restoredChildren", restoredChildren));
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.SERVICE_RESTORED;
    }
  }

  /**
   * A restored incident was reopened within its verification window.
   *
   * @param reason why
   */
  record IncidentReopened(String reason) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public IncidentReopened {
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_REOPENED;
    }
  }

  /**
   * An update was sent to an audience of stakeholders, at the event's time.
   *
   * @param update what was sent to whom
   */
  record StakeholderUpdateRecorded(StakeholderUpdate update) implements Fact {
    /** @throws IllegalArgumentException when {@code update} is null or has no summary */
    public StakeholderUpdateRecorded {
      Checks.notNull("update", update);
      Checks.notNull("update.summary", update.summary());
    }

    @Override
    public FactKind kind() {
      return FactKind.STAKEHOLDER_UPDATE_RECORDED;
    }
  }

  /**
   * The post-incident review started.
   *
   * @param reviewer who leads it; may be null
   */
  record ReviewStarted(Actor reviewer) implements Fact {
    @Override
    public FactKind kind() {
      return FactKind.REVIEW_STARTED;
    }
  }

  /**
   * What the review found was recorded, in place of what was recorded before.
   *
   * @param findings the findings
   */
  record FindingsRecorded(ReviewFindings findings) implements Fact {
    /** @throws IllegalArgumentException when {@code findings} is null */
    public FindingsRecorded {
      Checks.notNull("findings", findings);
    }

    @Override
    public FactKind kind() {
      return FactKind.FINDINGS_RECORDED;
    }
  }

  /**
   * The review was submitted for approval.
   *
   * @param note remark; may be null
   */
  record ReviewSubmitted(@Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public ReviewSubmitted {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_SUBMITTED;
    }
  }

  /**
   * An action item was added to the review.
   *
   * @param actionId the item's id
   * @param description what is to be done
   * @param owner who does it; may be null
   * @param due by when; may be null
   * @param problem the problem record it belongs to; may be null
   * @param change the change that carries it out; may be null
   */
  record ReviewActionAdded(String actionId, String description, Actor owner, LocalDate due, ProblemRef problem,
      ChangeRef change) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ReviewActionAdded {
      Checks.id("actionId", actionId);
      Checks.text("description", description);
    }

    @JsonCreator
    private static ReviewActionAdded fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("description") String description, @JsonProperty("owner") Actor owner,
        @JsonProperty("due") String due, @JsonProperty("problem") ProblemRef problem,
        @JsonProperty("change") ChangeRef change) {
      return new ReviewActionAdded(actionId, description, owner, Checks.parseDate("due", due), problem, change);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_ADDED;
    }
  }

  /**
   * A review action item got its owner and due date.
   *
   * @param actionId the item's id
   * @param owner who does it
   * @param due by when
   */
  record ReviewActionAssigned(String actionId, Actor owner, LocalDate due) implements Fact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ReviewActionAssigned {
      Checks.id("actionId", actionId);
      Checks.notNull("owner", owner);
      Checks.notNull("due", due);
    }

    @JsonCreator
    private static ReviewActionAssigned fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("owner") Actor owner, @JsonProperty("due") String due) {
      return new ReviewActionAssigned(actionId, owner, Checks.parseDate("due", due));
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_ASSIGNED;
    }
  }

  /**
   * A review action item was done.
   *
   * @param actionId the item's id
   * @param note what was done; may be null
   */
  record ReviewActionDone(String actionId, @Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the id is missing or a text too long */
    public ReviewActionDone {
      Checks.id("actionId", actionId);
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_DONE;
    }
  }

  /**
   * A review action item was dropped.
   *
   * @param actionId the item's id
   * @param reason why
   */
  record ReviewActionDropped(String actionId, String reason) implements Fact {
    /** @throws IllegalArgumentException when the id or reason is missing or too long */
    public ReviewActionDropped {
      Checks.id("actionId", actionId);
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_DROPPED;
    }
  }

  /**
   * The post-incident review was completed (approved).
   *
   * @param note remark, for example who approved it; may be null. Events written before reviews were submitted
   *     carried the review's findings in a property {@code findings}, read as this note.
   */
  record ReviewCompleted(@Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public ReviewCompleted {
      note = Checks.optionalText("note", note);
    }

    @JsonCreator
    private static ReviewCompleted fromJson(@JsonProperty("note") String note,
        @JsonProperty("findings") String findings) {
      if (note != null && findings != null) {
        throw new IllegalArgumentException("ReviewCompleted has note and its former name findings; give one");
      }
      return new ReviewCompleted(note != null ? note : findings);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_COMPLETED;
    }
  }

  /**
   * The major incident was closed. Linked children stay as they are.
   *
   * @param note remark; may be null
   */
  record IncidentClosed(@Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public IncidentClosed {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_CLOSED;
    }
  }

  /**
   * The next update to an audience was held off until a time.
   *
   * @param audience the audience
   * @param until no update to it is due before this time; within {@link TimeRange}
   * @param reason why
   */
  record UpdatesSnoozed(Audience audience, Instant until, String reason) implements Fact {
    /**
     * @throws IllegalArgumentException when a field is null, the reason is blank or too long, or the end is outside
     *     {@link TimeRange}
     */
    public UpdatesSnoozed {
      Checks.notNull("audience", audience);
      Checks.instant("until", until);
      Checks.text("reason", reason);
    }

    @JsonCreator
    private static UpdatesSnoozed fromJson(@JsonProperty("audience") Audience audience,
        @JsonProperty("until") String until, @JsonProperty("reason") String reason) {
      return new UpdatesSnoozed(audience, Checks.parseInstant("until", until), reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.UPDATES_SNOOZED;
    }
  }

  /**
   * Someone acknowledged being paged: the manager the role, or a member for a resolver group.
   *
   * @param group the resolver group acknowledged for; null when the manager (the event's actor) acknowledged
   */
  record Acknowledged(@Nullable ResolverGroup group) implements Fact {
    @Override
    public FactKind kind() {
      return FactKind.ACKNOWLEDGED;
    }
  }

  /**
   * The host sent an escalation.
   *
   * @param condition what it was about
   * @param level its level
   * @param targets whom it paged
   * @param reason why; may be null
   */
  record EscalationRecorded(EscalationCondition condition, int level, List<EscalationTarget> targets,
      @Nullable String reason)
      implements Fact {
    /** @throws IllegalArgumentException when a field is null, the level below 1 or the targets empty */
    public EscalationRecorded {
      Checks.notNull("condition", condition);
      Checks.between("level", level, 1, Action.MAX_ESCALATION_LEVEL);
      targets = List.copyOf(Checks.notEmpty("targets", targets));
      reason = Checks.optionalText("reason", reason);
    }

    @JsonCreator
    private static EscalationRecorded fromJson(@JsonProperty("condition") EscalationCondition condition,
        @JsonProperty("level") Object level, @JsonProperty("targets") List<EscalationTarget> targets,
        @JsonProperty("reason") String reason) {
      return new EscalationRecorded(condition, Checks.wholeInt("level", level), targets, reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATION_RECORDED;
    }
  }

  /**
   * Escalations were held: their clocks stopped.
   *
   * @param reason why
   */
  record EscalationsHeld(String reason) implements Fact {
    /** @throws IllegalArgumentException when the reason is null, blank or too long */
    public EscalationsHeld {
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATIONS_HELD;
    }
  }

  /**
   * Held escalations resumed: their clocks run again.
   *
   * @param note remark; may be null
   */
  record EscalationsResumed(@Nullable String note) implements Fact {
    /** @throws IllegalArgumentException when the note is too long */
    public EscalationsResumed {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATIONS_RESUMED;
    }
  }
}
