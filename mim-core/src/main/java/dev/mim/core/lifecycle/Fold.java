package dev.mim.core.lifecycle;

import dev.mim.core.incident.Classification;
import dev.mim.core.incident.ChildIncidents;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.incident.Communications;
import dev.mim.core.incident.EscalationLog;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Resolution;
import dev.mim.core.incident.Review;
import dev.mim.core.incident.Team;
import dev.mim.core.incident.Transitions;
import dev.mim.core.people.ResolverGroup;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fold of the event-sourced lifecycle: the state after an event. Stored events are untrusted input, so every
 * event is checked against the state it follows (its incident, sequence and time, the transition table and the
 * {@link HistoryRules}) before it is applied; a breach throws an {@link IllegalArgumentException} naming the
 * event's sequence, the field and the rule.
 */
final class Fold {

  /** Throws at the first breach; {@link #evolve} adds the event to the message. */
  private static final Sink THROW = new Sink() {
    @Override
    public void refuse(ViolationCode code, String field, Supplier<String> message) {
      refuseAt(code, field == null ? null : "fact." + field, message);
    }

    @Override
    public void refuseAt(ViolationCode code, String path, Supplier<String> message) {
      throw new IllegalArgumentException((path == null ? "" : path + ": ") + code.code() + ": " + message.get());
    }
  };

  private Fold() {}

  /** Checks {@code event} against {@code state}, then applies it. */
  static IncidentState evolve(IncidentState state, IncidentEvent event) {
    IncidentId id = state.id();
    if (id != null && !id.equals(event.incidentId())) {
      throw new IllegalArgumentException("event.incidentId must be " + id + ", was " + event.incidentId());
    }
    if (state.tenant() != null && !state.tenant().equals(event.tenant())) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + ": tenant must be " + state.tenant() + ", was " + event.tenant() + " ("
          + ViolationCode.TENANT_MISMATCH.code() + ")");
    }
    if (event.sequence() != state.version() + 1) {
      throw new IllegalArgumentException("event.sequence must be " + (state.version() + 1) + " for incident "
          + event.incidentId() + ", was " + event.sequence());
    }
    if (event.schemaVersion() < state.schemaVersion()) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + ": schemaVersion must be at least " + state.schemaVersion() + ", the version of an earlier event, was "
          + event.schemaVersion() + "; a history's schema version never goes down");
    }
    Instant at = event.occurredAt();
    if (state.lastEventAt() != null && at.isBefore(state.lastEventAt())) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + ": occurredAt must not be before " + state.lastEventAt() + ", was " + at);
    }
    Fact fact = event.fact();
    IncidentStatus next = Transitions.target(state.status(), fact.kind().cause());
    if (next == null) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + ": fact " + fact.kind() + " cannot follow status " + state.status() + " ("
          + ViolationCode.ILLEGAL_TRANSITION.code() + ")");
    }
    try {
      HistoryRules.check(state, event, THROW);
    } catch (IllegalArgumentException breach) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + " (" + fact.kind() + "): " + breach.getMessage(), breach);
    }
    return apply(state, event, next);
  }

  /**
   * The next state, copied once from {@code s} with the parts the fact changes. Written by hand rather than
   * generated: Immutables' builders and with-copies of records copy every collection the record holds on each
   * copy, which would cost the lifecycle its allocation budget (one state and one changed part per event).
   */
  static IncidentState apply(IncidentState s, IncidentEvent event, IncidentStatus status) {
    Instant at = event.occurredAt();
    Fact fact = event.fact();
    Classification classification = s.classification();
    Set<EvidenceKind> evidence = s.evidence();
    Instant declaredAt = s.declaredAt();
    Team team = s.team();
    Resolution resolution = s.resolution();
    ChildIncidents children = s.children();
    Review review = s.review();
    Communications comms = s.communications();
    EscalationLog escalations = s.escalations();
    Instant endedAt = s.endedAt();
    String downgradeReason = s.downgradeReason();
    switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED -> {
        Fact.CandidateIdentified f = (Fact.CandidateIdentified) fact;
        classification = new Classification(f.source(), f.affectedServices(), f.summary(), f.impact(), f.urgency(),
            f.priority(), at, f.firstSignalAt() != null ? f.firstSignalAt() : at);
      }
      case RESOLVER_GROUP_ENGAGED -> {
        Fact.ResolverGroupEngaged f = (Fact.ResolverGroupEngaged) fact;
        team = team.withGroup(f.group(), f.primary());
      }
      case VALIDATION_RECORDED -> {
        Set<EvidenceKind> more = EnumSet.noneOf(EvidenceKind.class);
        more.addAll(evidence);
        more.add(((Fact.ValidationRecorded) fact).evidence());
        evidence = Collections.unmodifiableSet(more);
      }
      case MAJOR_INCIDENT_DECLARED -> declaredAt = at;
      case INCIDENT_DOWNGRADED -> {
        endedAt = at;
        downgradeReason = ((Fact.IncidentDowngraded) fact).reason();
      }
      case MANAGER_ASSIGNED -> team = team.withManager(((Fact.ManagerAssigned) fact).manager(), at);
      case MANAGER_HANDED_OVER -> team = team.withManager(((Fact.ManagerHandedOver) fact).newManager(), at);
      case TEAM_MEMBER_ADDED -> {
        Fact.TeamMemberAdded f = (Fact.TeamMemberAdded) fact;
        team = team.withMember(f.member(), f.role());
      }
      case TEAM_MEMBER_REMOVED -> team = team.withoutMember(((Fact.TeamMemberRemoved) fact).member());
      case TEAM_MOBILISED -> team = team.mobilised(at);
      case INCIDENT_REPRIORITISED -> {
        Fact.IncidentReprioritised f = (Fact.IncidentReprioritised) fact;
        classification = classification.reprioritised(f.impact(), f.urgency(), f.priority());
      }
      case CHILD_LINKED -> children = children.with(((Fact.ChildLinked) fact).child());
      case RESOLUTION_STARTED -> {
        Fact.ResolutionStarted f = (Fact.ResolutionStarted) fact;
        resolution = resolution.started(f.plan(), f.change(), f.emergencyChange(), at);
      }
      case WORKAROUND_APPLIED -> resolution = resolution.withWorkaround(((Fact.WorkaroundApplied) fact).description());
      case PERMANENT_FIX_APPLIED -> resolution = resolution.withFix(((Fact.PermanentFixApplied) fact).change());
      case SERVICE_RESTORED -> resolution = resolution.restored(at, ((Fact.ServiceRestored) fact).means());
      case INCIDENT_REOPENED -> resolution = resolution.reopened(at);
      case STAKEHOLDER_UPDATE_RECORDED -> {
        Fact.StakeholderUpdateRecorded f = (Fact.StakeholderUpdateRecorded) fact;
        comms = comms.sent(f.update().audience(), f.update().report(), at);
      }
      case UPDATES_SNOOZED -> {
        Fact.UpdatesSnoozed f = (Fact.UpdatesSnoozed) fact;
        comms = comms.snoozed(f.audience(), f.until());
      }
      case REVIEW_STARTED, FINDINGS_RECORDED, REVIEW_SUBMITTED, REVIEW_ACTION_ADDED, REVIEW_ACTION_ASSIGNED,
          REVIEW_ACTION_DONE, REVIEW_ACTION_DROPPED, REVIEW_COMPLETED -> review = ReviewFold.apply(review, fact, at);
      case INCIDENT_CLOSED -> endedAt = at;
      case ACKNOWLEDGED -> {
        ResolverGroup group = ((Fact.Acknowledged) fact).group();
        team = group == null ? team.managerAcknowledged(at) : team.groupAcknowledged(group);
      }
      case ESCALATION_RECORDED -> {
        Fact.EscalationRecorded f = (Fact.EscalationRecorded) fact;
        escalations = escalations.withSent(f.condition(), f.level(), EscalationClock.anchor(s, f.condition()));
      }
      case ESCALATIONS_HELD -> escalations = escalations.heldFrom(at);
      case ESCALATIONS_RESUMED -> escalations = escalations.resumedAt(at);
      default -> throw new IllegalStateException("unhandled fact " + fact.kind());
    }
    return new IncidentState(event.incidentId(), event.tenant(), status, s.version() + 1, at, classification,
        evidence, declaredAt, team, resolution, children, review, comms, escalations, endedAt, downgradeReason,
        Math.max(s.schemaVersion(), event.schemaVersion()));
  }
}
