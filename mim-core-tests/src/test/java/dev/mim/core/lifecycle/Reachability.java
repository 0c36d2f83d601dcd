package dev.mim.core.lifecycle;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.incident.TriageFact;
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
    if (fact instanceof EscalationFact.EscalationRecorded f) {
      Escalation due = new Escalation(f.condition(), f.level(), f.targets(), "recorded", at, false);
      return PolicySet.from(TRUSTING).escalation((incident, when) -> List.of(due)).build();
    }
    Priority p = fact instanceof IdentificationFact.CandidateIdentified f ? f.priority()
        : fact instanceof IdentificationFact.IncidentReprioritised f ? f.priority() : null;
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
        IdentificationFact.CandidateIdentified f = (IdentificationFact.CandidateIdentified) fact;
        yield new IdentificationAction.Identify(f.source(), f.affectedServices(), f.impact(), f.urgency(), f.summary(),
            f.firstSignalAt());
      }
      case RESOLVER_GROUP_ENGAGED -> {
        IdentificationFact.ResolverGroupEngaged f = (IdentificationFact.ResolverGroupEngaged) fact;
        yield new IdentificationAction.EngageResolverGroup(f.group(), f.primary());
      }
      case VALIDATION_RECORDED -> {
        IdentificationFact.ValidationRecorded f = (IdentificationFact.ValidationRecorded) fact;
        yield new IdentificationAction.RecordValidation(f.evidence(), f.detail(), f.duplicateOf());
      }
      case MAJOR_INCIDENT_DECLARED -> new IdentificationAction.Declare(((IdentificationFact.MajorIncidentDeclared) fact).note());
      case INCIDENT_DOWNGRADED -> {
        IdentificationFact.IncidentDowngraded f = (IdentificationFact.IncidentDowngraded) fact;
        yield new IdentificationAction.Downgrade(f.reason(), f.evidence());
      }
      case MANAGER_ASSIGNED -> new ContainmentAction.AssignManager(((ContainmentFact.ManagerAssigned) fact).manager());
      case MANAGER_HANDED_OVER -> {
        ContainmentFact.ManagerHandedOver f = (ContainmentFact.ManagerHandedOver) fact;
        yield new ContainmentAction.HandOverManager(f.newManager(), f.reason(), f.briefing());
      }
      case TEAM_MEMBER_ADDED -> {
        ContainmentFact.TeamMemberAdded f = (ContainmentFact.TeamMemberAdded) fact;
        yield new ContainmentAction.AddTeamMember(f.member(), f.role());
      }
      case TEAM_MEMBER_REMOVED -> new ContainmentAction.RemoveTeamMember(((ContainmentFact.TeamMemberRemoved) fact).member());
      case TEAM_MOBILISED -> new ContainmentAction.Mobilise(((ContainmentFact.TeamMobilised) fact).note());
      case INCIDENT_REPRIORITISED -> {
        IdentificationFact.IncidentReprioritised f = (IdentificationFact.IncidentReprioritised) fact;
        yield new IdentificationAction.Reprioritise(f.impact(), f.urgency(), f.reason());
      }
      case CHILD_LINKED -> new IdentificationAction.LinkChild(((IdentificationFact.ChildLinked) fact).child());
      case CANDIDATE_DECLINED -> new TriageAction.Decline(((TriageFact.CandidateDeclined) fact).reason());
      case MARKED_DUPLICATE -> {
        TriageFact.MarkedDuplicate f = (TriageFact.MarkedDuplicate) fact;
        yield new TriageAction.MarkDuplicate(f.original(), f.reason());
      }
      case DUPLICATE_MERGED -> {
        TriageFact.DuplicateMerged f = (TriageFact.DuplicateMerged) fact;
        yield new TriageAction.MergeDuplicate(f.duplicate(), f.children(), f.firstSignalAt());
      }
      case CAUSING_CHANGE_LINKED -> {
        ResolutionFact.CausingChangeLinked f = (ResolutionFact.CausingChangeLinked) fact;
        yield new ResolutionAction.LinkCausingChange(f.change(), f.confirmed(), f.note());
      }
      case RESOLUTION_STARTED -> {
        ResolutionFact.ResolutionStarted f = (ResolutionFact.ResolutionStarted) fact;
        yield new ResolutionAction.StartResolution(f.plan(), f.change(), f.emergencyChange());
      }
      case WORKAROUND_APPLIED -> new ResolutionAction.ApplyWorkaround(((ResolutionFact.WorkaroundApplied) fact).description());
      case PERMANENT_FIX_APPLIED -> {
        ResolutionFact.PermanentFixApplied f = (ResolutionFact.PermanentFixApplied) fact;
        yield new ResolutionAction.ApplyPermanentFix(f.change(), f.description());
      }
      case SERVICE_RESTORED -> new ResolutionAction.ConfirmRestoration(((ResolutionFact.ServiceRestored) fact).note());
      case INCIDENT_REOPENED -> new ResolutionAction.Reopen(((ResolutionFact.IncidentReopened) fact).reason());
      case STAKEHOLDER_UPDATE_RECORDED ->
          new CommunicationAction.RecordStakeholderUpdate(((CommunicationFact.StakeholderUpdateRecorded) fact).update());
      case UPDATES_SNOOZED -> {
        CommunicationFact.UpdatesSnoozed f = (CommunicationFact.UpdatesSnoozed) fact;
        yield new CommunicationAction.SnoozeUpdates(f.audience(), Duration.between(at, f.until()), f.reason());
      }
      case REVIEW_STARTED -> new MaintenanceAction.StartReview(((MaintenanceFact.ReviewStarted) fact).reviewer());
      case FINDINGS_RECORDED -> new MaintenanceAction.RecordFindings(((MaintenanceFact.FindingsRecorded) fact).findings());
      case REVIEW_SUBMITTED -> new MaintenanceAction.SubmitReview(((MaintenanceFact.ReviewSubmitted) fact).note());
      case REVIEW_ACTION_ADDED -> {
        MaintenanceFact.ReviewActionAdded f = (MaintenanceFact.ReviewActionAdded) fact;
        yield new MaintenanceAction.AddReviewAction(f.actionId(), f.description(), f.owner(), f.due(), f.problem(), f.change());
      }
      case REVIEW_ACTION_DONE -> {
        MaintenanceFact.ReviewActionDone f = (MaintenanceFact.ReviewActionDone) fact;
        yield new MaintenanceAction.CompleteReviewAction(f.actionId(), f.note());
      }
      case REVIEW_ACTION_DROPPED -> {
        MaintenanceFact.ReviewActionDropped f = (MaintenanceFact.ReviewActionDropped) fact;
        yield new MaintenanceAction.DropReviewAction(f.actionId(), f.reason());
      }
      case REVIEW_ACTION_ASSIGNED -> {
        MaintenanceFact.ReviewActionAssigned f = (MaintenanceFact.ReviewActionAssigned) fact;
        yield new MaintenanceAction.AssignReviewAction(f.actionId(), f.owner(), f.due());
      }
      case REVIEW_COMPLETED -> new MaintenanceAction.CompleteReview(((MaintenanceFact.ReviewCompleted) fact).note());
      case INCIDENT_CLOSED -> new MaintenanceAction.Close(((MaintenanceFact.IncidentClosed) fact).note());
      case ACKNOWLEDGED -> new EscalationAction.Acknowledge(((EscalationFact.Acknowledged) fact).group());
      case ESCALATION_RECORDED -> {
        EscalationFact.EscalationRecorded f = (EscalationFact.EscalationRecorded) fact;
        yield new EscalationAction.RecordEscalation(f.condition(), f.level(), f.targets(), f.reason());
      }
      case ESCALATIONS_HELD -> new EscalationAction.HoldEscalations(((EscalationFact.EscalationsHeld) fact).reason());
      case ESCALATIONS_RESUMED -> new EscalationAction.ResumeEscalations(((EscalationFact.EscalationsResumed) fact).note());
    };
  }
}
