package dev.mim.core.lifecycle;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the decider could have made a history: for each event, the command that would cause it is decided
 * against the state so far, under policies as permissive as replay's trust in them (any declaration policy, any
 * verification window, the open catalogue, and a priority matrix that gives the priority the event recorded), and
 * must be accepted with exactly that event.
 */
final class Reachability {

  private static final PolicySet TRUSTING = PolicySet.custom()
      .declarationPolicy(candidate -> true)
      .verificationWindow(PolicySet.MAX_VERIFICATION_WINDOW)
      .majorIncidentThreshold((priority, services) -> true)
      .build();

  private Reachability() {}

  /** @return why the decider could not have made {@code events}, or null when it could have */
  static String whyUnreachable(List<IncidentEvent> events) {
    IncidentState state = IncidentState.initial();
    for (IncidentEvent e : events) {
      Action action;
      try {
        action = causeOf(e.fact(), e.occurredAt());
      } catch (IllegalArgumentException e1) {
        return "event " + e.sequence() + " has no cause: " + e1.getMessage();
      }
      IncidentCommand command = new IncidentCommand(e.tenant(), e.incidentId(), e.actor(), e.occurredAt(), null, action);
      Decision d = IncidentDecider.decide(state, command, policiesFor(e.fact(), e.occurredAt()));
      if (!(d instanceof Decision.Accepted a)) {
        return "event " + e.sequence() + " " + e.fact() + " refused: " + ((Decision.Rejected) d).violations();
      }
      if (!a.events().equals(List.of(e))) {
        return "event " + e.sequence() + " is " + e + " but the decider made " + a.events();
      }
      state = a.state();
    }
    return null;
  }

  /**
   * The trusting policies, with a matrix that gives the priority an identification or reprioritisation recorded,
   * and an escalation policy that has the escalation recorded due.
   */
  private static PolicySet policiesFor(Fact fact, Instant at) {
    if (fact instanceof Fact.EscalationRecorded f) {
      Escalation due = new Escalation(f.condition(), f.level(), f.targets(), "recorded", at, false);
      return PolicySet.from(TRUSTING).escalation((incident, when) -> List.of(due)).build();
    }
    Priority p = fact instanceof Fact.CandidateIdentified f ? f.priority()
        : fact instanceof Fact.IncidentReprioritised f ? f.priority() : null;
    if (p == null) {
      return TRUSTING;
    }
    int[][] table = new int[5][5];
    for (int[] row : table) {
      Arrays.fill(row, p.level());
    }
    return PolicySet.from(TRUSTING).priorityMatrix(PriorityMatrix.ofLegacy(table)).build();
  }

  /** The action that causes {@code fact} at {@code at}. */
  static Action causeOf(Fact fact, Instant at) {
    return switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED -> {
        Fact.CandidateIdentified f = (Fact.CandidateIdentified) fact;
        yield new Action.Identify(f.source(), f.affectedServices(), f.impact(), f.urgency(), f.summary(),
            f.firstSignalAt());
      }
      case RESOLVER_GROUP_ENGAGED -> {
        Fact.ResolverGroupEngaged f = (Fact.ResolverGroupEngaged) fact;
        yield new Action.EngageResolverGroup(f.group(), f.primary());
      }
      case VALIDATION_RECORDED -> {
        Fact.ValidationRecorded f = (Fact.ValidationRecorded) fact;
        yield new Action.RecordValidation(f.evidence(), f.detail(), f.duplicateOf());
      }
      case MAJOR_INCIDENT_DECLARED -> new Action.Declare(((Fact.MajorIncidentDeclared) fact).note());
      case INCIDENT_DOWNGRADED -> {
        Fact.IncidentDowngraded f = (Fact.IncidentDowngraded) fact;
        yield new Action.Downgrade(f.reason(), f.evidence());
      }
      case MANAGER_ASSIGNED -> new Action.AssignManager(((Fact.ManagerAssigned) fact).manager());
      case MANAGER_HANDED_OVER -> {
        Fact.ManagerHandedOver f = (Fact.ManagerHandedOver) fact;
        yield new Action.HandOverManager(f.newManager(), f.reason(), f.briefing());
      }
      case TEAM_MEMBER_ADDED -> {
        Fact.TeamMemberAdded f = (Fact.TeamMemberAdded) fact;
        yield new Action.AddTeamMember(f.member(), f.role());
      }
      case TEAM_MEMBER_REMOVED -> new Action.RemoveTeamMember(((Fact.TeamMemberRemoved) fact).member());
      case TEAM_MOBILISED -> new Action.Mobilise(((Fact.TeamMobilised) fact).note());
      case INCIDENT_REPRIORITISED -> {
        Fact.IncidentReprioritised f = (Fact.IncidentReprioritised) fact;
        yield new Action.Reprioritise(f.impact(), f.urgency(), f.reason());
      }
      case CHILD_LINKED -> new Action.LinkChild(((Fact.ChildLinked) fact).child());
      case RESOLUTION_STARTED -> {
        Fact.ResolutionStarted f = (Fact.ResolutionStarted) fact;
        yield new Action.StartResolution(f.plan(), f.change(), f.emergencyChange());
      }
      case WORKAROUND_APPLIED -> new Action.ApplyWorkaround(((Fact.WorkaroundApplied) fact).description());
      case PERMANENT_FIX_APPLIED -> {
        Fact.PermanentFixApplied f = (Fact.PermanentFixApplied) fact;
        yield new Action.ApplyPermanentFix(f.change(), f.description());
      }
      case SERVICE_RESTORED -> new Action.ConfirmRestoration(((Fact.ServiceRestored) fact).note());
      case INCIDENT_REOPENED -> new Action.Reopen(((Fact.IncidentReopened) fact).reason());
      case STAKEHOLDER_UPDATE_RECORDED ->
          new Action.RecordStakeholderUpdate(((Fact.StakeholderUpdateRecorded) fact).update());
      case UPDATES_SNOOZED -> {
        Fact.UpdatesSnoozed f = (Fact.UpdatesSnoozed) fact;
        yield new Action.SnoozeUpdates(f.audience(), Duration.between(at, f.until()), f.reason());
      }
      case REVIEW_STARTED -> new Action.StartReview(((Fact.ReviewStarted) fact).reviewer());
      case FINDINGS_RECORDED -> new Action.RecordFindings(((Fact.FindingsRecorded) fact).findings());
      case REVIEW_SUBMITTED -> new Action.SubmitReview(((Fact.ReviewSubmitted) fact).note());
      case REVIEW_ACTION_ADDED -> {
        Fact.ReviewActionAdded f = (Fact.ReviewActionAdded) fact;
        yield new Action.AddReviewAction(f.actionId(), f.description(), f.owner(), f.due(), f.problem(), f.change());
      }
      case REVIEW_ACTION_DONE -> {
        Fact.ReviewActionDone f = (Fact.ReviewActionDone) fact;
        yield new Action.CompleteReviewAction(f.actionId(), f.note());
      }
      case REVIEW_ACTION_DROPPED -> {
        Fact.ReviewActionDropped f = (Fact.ReviewActionDropped) fact;
        yield new Action.DropReviewAction(f.actionId(), f.reason());
      }
      case REVIEW_ACTION_ASSIGNED -> {
        Fact.ReviewActionAssigned f = (Fact.ReviewActionAssigned) fact;
        yield new Action.AssignReviewAction(f.actionId(), f.owner(), f.due());
      }
      case REVIEW_COMPLETED -> new Action.CompleteReview(((Fact.ReviewCompleted) fact).note());
      case INCIDENT_CLOSED -> new Action.Close(((Fact.IncidentClosed) fact).note());
      case ACKNOWLEDGED -> new Action.Acknowledge(((Fact.Acknowledged) fact).group());
      case ESCALATION_RECORDED -> {
        Fact.EscalationRecorded f = (Fact.EscalationRecorded) fact;
        yield new Action.RecordEscalation(f.condition(), f.level(), f.targets(), f.reason());
      }
      case ESCALATIONS_HELD -> new Action.HoldEscalations(((Fact.EscalationsHeld) fact).reason());
      case ESCALATIONS_RESUMED -> new Action.ResumeEscalations(((Fact.EscalationsResumed) fact).note());
    };
  }
}
