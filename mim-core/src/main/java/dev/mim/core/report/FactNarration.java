package dev.mim.core.report;

import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.internal.Checks;

/**
 * Says in one line, in English, what a fact means: the text of timelines and review documents. Pure.
 */
public final class FactNarration {

  private FactNarration() {}

  /**
   * @param fact a fact
   * @return what it means, in one line
   * @throws IllegalArgumentException when {@code fact} is null
   */
  public static String describe(Fact fact) {
    Checks.notNull("fact", fact);
    switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED: {
        IdentificationFact.CandidateIdentified f = (IdentificationFact.CandidateIdentified) fact;
        return "candidate identified by " + f.source() + " on " + f.affectedServices() + ": " + f.summary() + " ("
            + f.priority() + ")";
      }
      case RESOLVER_GROUP_ENGAGED: {
        IdentificationFact.ResolverGroupEngaged f = (IdentificationFact.ResolverGroupEngaged) fact;
        return "resolver group " + f.group() + " engaged" + (f.primary() ? " as primary" : "");
      }
      case VALIDATION_RECORDED: {
        IdentificationFact.ValidationRecorded f = (IdentificationFact.ValidationRecorded) fact;
        return "validation: " + f.evidence() + (f.detail() == null ? "" : " (" + f.detail() + ")");
      }
      case MAJOR_INCIDENT_DECLARED:
        return "declared a MAJOR INCIDENT" + (((IdentificationFact.MajorIncidentDeclared) fact).withoutEvidence()
            ? " without validation evidence" : "");
      case INCIDENT_DOWNGRADED:
        return "downgraded: " + ((IdentificationFact.IncidentDowngraded) fact).reason();
      case MANAGER_ASSIGNED:
        return "Major Incident Manager: " + ((ContainmentFact.ManagerAssigned) fact).manager();
      case MANAGER_HANDED_OVER: {
        ContainmentFact.ManagerHandedOver f = (ContainmentFact.ManagerHandedOver) fact;
        return "manager role handed over " + f.previousManager() + " -> " + f.newManager() + " (" + f.reason() + ")";
      }
      case TEAM_MEMBER_ADDED: {
        ContainmentFact.TeamMemberAdded f = (ContainmentFact.TeamMemberAdded) fact;
        return f.member() + " joined the team as " + f.role();
      }
      case TEAM_MEMBER_REMOVED:
        return ((ContainmentFact.TeamMemberRemoved) fact).member() + " left the team";
      case TEAM_MOBILISED: {
        String note = ((ContainmentFact.TeamMobilised) fact).note();
        return "major incident team mobilised" + (note == null ? "" : " (" + note + ")");
      }
      case INCIDENT_REPRIORITISED: {
        IdentificationFact.IncidentReprioritised f = (IdentificationFact.IncidentReprioritised) fact;
        return "reprioritised " + f.previousPriority() + " -> " + f.priority() + ": " + f.reason();
      }
      case CHILD_LINKED:
        return "child incident " + ((IdentificationFact.ChildLinked) fact).child() + " linked";
      case RESOLUTION_STARTED: {
        ResolutionFact.ResolutionStarted f = (ResolutionFact.ResolutionStarted) fact;
        return "resolution started as " + (f.emergencyChange() ? "emergency " : "") + "change " + f.change() + ": "
            + f.plan();
      }
      case WORKAROUND_APPLIED:
        return "workaround in place: " + ((ResolutionFact.WorkaroundApplied) fact).description();
      case PERMANENT_FIX_APPLIED: {
        ResolutionFact.PermanentFixApplied f = (ResolutionFact.PermanentFixApplied) fact;
        return "permanent fix by change " + f.change() + ": " + f.description();
      }
      case SERVICE_RESTORED: {
        ResolutionFact.ServiceRestored f = (ResolutionFact.ServiceRestored) fact;
        return "SERVICE RESTORED by " + f.means() + (f.restoredChildren().isEmpty() ? ""
            : "; children restored with it: " + f.restoredChildren());
      }
      case INCIDENT_REOPENED:
        return "reopened: " + ((ResolutionFact.IncidentReopened) fact).reason();
      default:
        return describeAftermath(fact);
    }
  }

  /** Communication, review, closure and escalation. */
  private static String describeAftermath(Fact fact) {
    switch (fact.kind()) {
      case STAKEHOLDER_UPDATE_RECORDED: {
        CommunicationFact.StakeholderUpdateRecorded f = (CommunicationFact.StakeholderUpdateRecorded) fact;
        return "update to " + f.update().audience() + ": " + f.update().summary();
      }
      case UPDATES_SNOOZED: {
        CommunicationFact.UpdatesSnoozed f = (CommunicationFact.UpdatesSnoozed) fact;
        return "updates to " + f.audience() + " held off until " + f.until() + ": " + f.reason();
      }
      case REVIEW_STARTED: {
        MaintenanceFact.ReviewStarted f = (MaintenanceFact.ReviewStarted) fact;
        return "post-incident review started" + (f.reviewer() == null ? "" : ", led by " + f.reviewer());
      }
      case REVIEW_ACTION_ADDED: {
        MaintenanceFact.ReviewActionAdded f = (MaintenanceFact.ReviewActionAdded) fact;
        return "review action " + f.actionId() + ": " + f.description()
            + (f.owner() == null ? " (no owner yet)" : " (" + f.owner() + ", due " + f.due() + ")");
      }
      case REVIEW_ACTION_ASSIGNED: {
        MaintenanceFact.ReviewActionAssigned f = (MaintenanceFact.ReviewActionAssigned) fact;
        return "review action " + f.actionId() + " assigned to " + f.owner() + ", due " + f.due();
      }
      case REVIEW_ACTION_DONE: {
        MaintenanceFact.ReviewActionDone f = (MaintenanceFact.ReviewActionDone) fact;
        return "review action " + f.actionId() + " done" + (f.note() == null ? "" : ": " + f.note());
      }
      case REVIEW_ACTION_DROPPED: {
        MaintenanceFact.ReviewActionDropped f = (MaintenanceFact.ReviewActionDropped) fact;
        return "review action " + f.actionId() + " dropped: " + f.reason();
      }
      case FINDINGS_RECORDED: {
        MaintenanceFact.FindingsRecorded f = (MaintenanceFact.FindingsRecorded) fact;
        return "review findings recorded" + (f.findings().summary() == null ? "" : ": " + f.findings().summary());
      }
      case REVIEW_SUBMITTED: {
        String note = ((MaintenanceFact.ReviewSubmitted) fact).note();
        return "review submitted for approval" + (note == null ? "" : " (" + note + ")");
      }
      case REVIEW_COMPLETED: {
        String note = ((MaintenanceFact.ReviewCompleted) fact).note();
        return "review completed" + (note == null ? "" : ": " + note);
      }
      case INCIDENT_CLOSED:
        return "CLOSED";
      case ACKNOWLEDGED: {
        EscalationFact.Acknowledged f = (EscalationFact.Acknowledged) fact;
        return "acknowledged " + (f.group() == null ? "as the Major Incident Manager" : "for group " + f.group());
      }
      case ESCALATION_RECORDED: {
        EscalationFact.EscalationRecorded f = (EscalationFact.EscalationRecorded) fact;
        return "escalation level " + f.level() + " of " + f.condition() + " sent to " + f.targets()
            + (f.reason() == null ? "" : ": " + f.reason());
      }
      case ESCALATIONS_HELD:
        return "escalations held: " + ((EscalationFact.EscalationsHeld) fact).reason();
      case ESCALATIONS_RESUMED:
        return "escalations resumed";
      default:
        throw new IllegalStateException("no narration for " + fact.kind());
    }
  }
}
