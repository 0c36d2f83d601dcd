package dev.mim.core.report;

import dev.mim.core.incident.Fact;
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
        Fact.CandidateIdentified f = (Fact.CandidateIdentified) fact;
        return "candidate identified by " + f.source() + " on " + f.affectedServices() + ": " + f.summary() + " ("
            + f.priority() + ")";
      }
      case RESOLVER_GROUP_ENGAGED: {
        Fact.ResolverGroupEngaged f = (Fact.ResolverGroupEngaged) fact;
        return "resolver group " + f.group() + " engaged" + (f.primary() ? " as primary" : "");
      }
      case VALIDATION_RECORDED: {
        Fact.ValidationRecorded f = (Fact.ValidationRecorded) fact;
        return "validation: " + f.evidence() + (f.detail() == null ? "" : " (" + f.detail() + ")");
      }
      case MAJOR_INCIDENT_DECLARED:
        return "declared a MAJOR INCIDENT" + (((Fact.MajorIncidentDeclared) fact).withoutEvidence()
            ? " without validation evidence" : "");
      case INCIDENT_DOWNGRADED:
        return "downgraded: " + ((Fact.IncidentDowngraded) fact).reason();
      case MANAGER_ASSIGNED:
        return "Major Incident Manager: " + ((Fact.ManagerAssigned) fact).manager();
      case MANAGER_HANDED_OVER: {
        Fact.ManagerHandedOver f = (Fact.ManagerHandedOver) fact;
        return "manager role handed over " + f.previousManager() + " -> " + f.newManager() + " (" + f.reason() + ")";
      }
      case TEAM_MEMBER_ADDED: {
        Fact.TeamMemberAdded f = (Fact.TeamMemberAdded) fact;
        return f.member() + " joined the team as " + f.role();
      }
      case TEAM_MEMBER_REMOVED:
        return ((Fact.TeamMemberRemoved) fact).member() + " left the team";
      case TEAM_MOBILISED: {
        String note = ((Fact.TeamMobilised) fact).note();
        return "major incident team mobilised" + (note == null ? "" : " (" + note + ")");
      }
      case INCIDENT_REPRIORITISED: {
        Fact.IncidentReprioritised f = (Fact.IncidentReprioritised) fact;
        return "reprioritised " + f.previousPriority() + " -> " + f.priority() + ": " + f.reason();
      }
      case CHILD_LINKED:
        return "child incident " + ((Fact.ChildLinked) fact).child() + " linked";
      case RESOLUTION_STARTED: {
        Fact.ResolutionStarted f = (Fact.ResolutionStarted) fact;
        return "resolution started as " + (f.emergencyChange() ? "emergency " : "") + "change " + f.change() + ": "
            + f.plan();
      }
      case WORKAROUND_APPLIED:
        return "workaround in place: " + ((Fact.WorkaroundApplied) fact).description();
      case PERMANENT_FIX_APPLIED: {
        Fact.PermanentFixApplied f = (Fact.PermanentFixApplied) fact;
        return "permanent fix by change " + f.change() + ": " + f.description();
      }
      case SERVICE_RESTORED: {
        Fact.ServiceRestored f = (Fact.ServiceRestored) fact;
        return "SERVICE RESTORED by " + f.means() + (f.restoredChildren().isEmpty() ? ""
            : "; children restored with it: " + f.restoredChildren());
      }
      case INCIDENT_REOPENED:
        return "reopened: " + ((Fact.IncidentReopened) fact).reason();
      default:
        return describeAftermath(fact);
    }
  }

  /** Communication, review, closure and escalation. */
  private static String describeAftermath(Fact fact) {
    switch (fact.kind()) {
      case STAKEHOLDER_UPDATE_RECORDED: {
        Fact.StakeholderUpdateRecorded f = (Fact.StakeholderUpdateRecorded) fact;
        return "update to " + f.update().audience() + ": " + f.update().summary();
      }
      case UPDATES_SNOOZED: {
        Fact.UpdatesSnoozed f = (Fact.UpdatesSnoozed) fact;
        return "updates to " + f.audience() + " held off until " + f.until() + ": " + f.reason();
      }
      case REVIEW_STARTED: {
        Fact.ReviewStarted f = (Fact.ReviewStarted) fact;
        return "post-incident review started" + (f.reviewer() == null ? "" : ", led by " + f.reviewer());
      }
      case REVIEW_ACTION_ADDED: {
        Fact.ReviewActionAdded f = (Fact.ReviewActionAdded) fact;
        return "review action " + f.actionId() + ": " + f.description()
            + (f.owner() == null ? " (no owner yet)" : " (" + f.owner() + ", due " + f.due() + ")");
      }
      case REVIEW_ACTION_ASSIGNED: {
        Fact.ReviewActionAssigned f = (Fact.ReviewActionAssigned) fact;
        return "review action " + f.actionId() + " assigned to " + f.owner() + ", due " + f.due();
      }
      case REVIEW_ACTION_DONE: {
        Fact.ReviewActionDone f = (Fact.ReviewActionDone) fact;
        return "review action " + f.actionId() + " done" + (f.note() == null ? "" : ": " + f.note());
      }
      case REVIEW_ACTION_DROPPED: {
        Fact.ReviewActionDropped f = (Fact.ReviewActionDropped) fact;
        return "review action " + f.actionId() + " dropped: " + f.reason();
      }
      case FINDINGS_RECORDED: {
        Fact.FindingsRecorded f = (Fact.FindingsRecorded) fact;
        return "review findings recorded" + (f.findings().summary() == null ? "" : ": " + f.findings().summary());
      }
      case REVIEW_SUBMITTED: {
        String note = ((Fact.ReviewSubmitted) fact).note();
        return "review submitted for approval" + (note == null ? "" : " (" + note + ")");
      }
      case REVIEW_COMPLETED: {
        String note = ((Fact.ReviewCompleted) fact).note();
        return "review completed" + (note == null ? "" : ": " + note);
      }
      case INCIDENT_CLOSED:
        return "CLOSED";
      case ACKNOWLEDGED: {
        Fact.Acknowledged f = (Fact.Acknowledged) fact;
        return "acknowledged " + (f.group() == null ? "as the Major Incident Manager" : "for group " + f.group());
      }
      case ESCALATION_RECORDED: {
        Fact.EscalationRecorded f = (Fact.EscalationRecorded) fact;
        return "escalation level " + f.level() + " of " + f.condition() + " sent to " + f.targets()
            + (f.reason() == null ? "" : ": " + f.reason());
      }
      case ESCALATIONS_HELD:
        return "escalations held: " + ((Fact.EscalationsHeld) fact).reason();
      case ESCALATIONS_RESUMED:
        return "escalations resumed";
      default:
        throw new IllegalStateException("no narration for " + fact.kind());
    }
  }
}
