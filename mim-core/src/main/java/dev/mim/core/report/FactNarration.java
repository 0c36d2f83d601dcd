package dev.mim.core.report;

import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.TriageFact;
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
    return switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED -> candidateIdentified((IdentificationFact.CandidateIdentified) fact);
      case RESOLVER_GROUP_ENGAGED -> resolverGroupEngaged((IdentificationFact.ResolverGroupEngaged) fact);
      case VALIDATION_RECORDED -> validationRecorded((IdentificationFact.ValidationRecorded) fact);
      case MAJOR_INCIDENT_DECLARED -> "declared a MAJOR INCIDENT"
          + (((IdentificationFact.MajorIncidentDeclared) fact).withoutEvidence() ? " without validation evidence" : "");
      case INCIDENT_DOWNGRADED -> "downgraded: " + ((IdentificationFact.IncidentDowngraded) fact).reason();
      case MANAGER_ASSIGNED -> "Major Incident Manager: " + ((ContainmentFact.ManagerAssigned) fact).manager();
      case MANAGER_HANDED_OVER -> managerHandedOver((ContainmentFact.ManagerHandedOver) fact);
      case TEAM_MEMBER_ADDED -> teamMemberAdded((ContainmentFact.TeamMemberAdded) fact);
      case TEAM_MEMBER_REMOVED -> ((ContainmentFact.TeamMemberRemoved) fact).member() + " left the team";
      case TEAM_MOBILISED -> teamMobilised(((ContainmentFact.TeamMobilised) fact).note());
      case INCIDENT_REPRIORITISED -> incidentReprioritised((IdentificationFact.IncidentReprioritised) fact);
      case CHILD_LINKED -> "child incident " + ((IdentificationFact.ChildLinked) fact).child() + " linked";
      case RESOLUTION_STARTED -> resolutionStarted((ResolutionFact.ResolutionStarted) fact);
      case WORKAROUND_APPLIED -> "workaround in place: " + ((ResolutionFact.WorkaroundApplied) fact).description();
      case PERMANENT_FIX_APPLIED -> permanentFixApplied((ResolutionFact.PermanentFixApplied) fact);
      case SERVICE_RESTORED -> serviceRestored((ResolutionFact.ServiceRestored) fact);
      case INCIDENT_REOPENED -> "reopened: " + ((ResolutionFact.IncidentReopened) fact).reason();
      case STAKEHOLDER_UPDATE_RECORDED ->
          stakeholderUpdateRecorded((CommunicationFact.StakeholderUpdateRecorded) fact);
      case UPDATES_SNOOZED -> updatesSnoozed((CommunicationFact.UpdatesSnoozed) fact);
      case REVIEW_STARTED -> reviewStarted((MaintenanceFact.ReviewStarted) fact);
      case REVIEW_ACTION_ADDED -> reviewActionAdded((MaintenanceFact.ReviewActionAdded) fact);
      case REVIEW_ACTION_ASSIGNED -> reviewActionAssigned((MaintenanceFact.ReviewActionAssigned) fact);
      case REVIEW_ACTION_DONE -> reviewActionDone((MaintenanceFact.ReviewActionDone) fact);
      case REVIEW_ACTION_DROPPED -> reviewActionDropped((MaintenanceFact.ReviewActionDropped) fact);
      case FINDINGS_RECORDED -> findingsRecorded((MaintenanceFact.FindingsRecorded) fact);
      case REVIEW_SUBMITTED -> reviewSubmitted(((MaintenanceFact.ReviewSubmitted) fact).note());
      case REVIEW_COMPLETED -> reviewCompleted(((MaintenanceFact.ReviewCompleted) fact).note());
      case INCIDENT_CLOSED -> "CLOSED";
      case ACKNOWLEDGED -> acknowledged((EscalationFact.Acknowledged) fact);
      case ESCALATION_RECORDED -> escalationRecorded((EscalationFact.EscalationRecorded) fact);
      case ESCALATIONS_HELD -> "escalations held: " + ((EscalationFact.EscalationsHeld) fact).reason();
      case ESCALATIONS_RESUMED -> "escalations resumed";
      case CANDIDATE_DECLINED -> "declined, not an incident: " + ((TriageFact.CandidateDeclined) fact).reason();
      case MARKED_DUPLICATE -> markedDuplicate((TriageFact.MarkedDuplicate) fact);
      case DUPLICATE_MERGED -> duplicateMerged((TriageFact.DuplicateMerged) fact);
      case CAUSING_CHANGE_LINKED -> causingChangeLinked((ResolutionFact.CausingChangeLinked) fact);
    };
  }

  private static String markedDuplicate(TriageFact.MarkedDuplicate f) {
    return "marked a duplicate of " + f.original() + ": " + f.reason();
  }

  private static String duplicateMerged(TriageFact.DuplicateMerged f) {
    return "duplicate " + f.duplicate() + " merged in" + (f.children().isEmpty() ? ""
        : ", with its children " + String.join(", ", f.children().stream().map(Object::toString).toList()));
  }

  private static String causingChangeLinked(ResolutionFact.CausingChangeLinked f) {
    return (f.confirmed() ? "caused by change " : "suspected cause: change ") + f.change()
        + (f.note() == null ? "" : " (" + f.note() + ")");
  }

  private static String candidateIdentified(IdentificationFact.CandidateIdentified f) {
    return "candidate identified by " + f.source() + " on " + f.affectedServices() + ": " + f.summary() + " ("
        + f.priority() + ")";
  }

  private static String resolverGroupEngaged(IdentificationFact.ResolverGroupEngaged f) {
    return "resolver group " + f.group() + " engaged" + (f.primary() ? " as primary" : "");
  }

  private static String validationRecorded(IdentificationFact.ValidationRecorded f) {
    return "validation: " + f.evidence() + (f.detail() == null ? "" : " (" + f.detail() + ")");
  }

  private static String managerHandedOver(ContainmentFact.ManagerHandedOver f) {
    return "manager role handed over " + f.previousManager() + " -> " + f.newManager() + " (" + f.reason() + ")";
  }

  private static String teamMemberAdded(ContainmentFact.TeamMemberAdded f) {
    return f.member() + " joined the team as " + f.role();
  }

  private static String teamMobilised(String note) {
    return "major incident team mobilised" + (note == null ? "" : " (" + note + ")");
  }

  private static String incidentReprioritised(IdentificationFact.IncidentReprioritised f) {
    return "reprioritised " + f.previousPriority() + " -> " + f.priority() + ": " + f.reason();
  }

  private static String resolutionStarted(ResolutionFact.ResolutionStarted f) {
    return "resolution started as " + (f.emergencyChange() ? "emergency " : "") + "change " + f.change() + ": "
        + f.plan();
  }

  private static String permanentFixApplied(ResolutionFact.PermanentFixApplied f) {
    return "permanent fix by change " + f.change() + ": " + f.description();
  }

  private static String serviceRestored(ResolutionFact.ServiceRestored f) {
    return "SERVICE RESTORED by " + f.means() + (f.restoredChildren().isEmpty() ? ""
        : "; children restored with it: " + f.restoredChildren());
  }

  private static String stakeholderUpdateRecorded(CommunicationFact.StakeholderUpdateRecorded f) {
    return "update to " + f.update().audience() + ": " + f.update().summary();
  }

  private static String updatesSnoozed(CommunicationFact.UpdatesSnoozed f) {
    return "updates to " + f.audience() + " held off until " + f.until() + ": " + f.reason();
  }

  private static String reviewStarted(MaintenanceFact.ReviewStarted f) {
    return "post-incident review started" + (f.reviewer() == null ? "" : ", led by " + f.reviewer());
  }

  private static String reviewActionAdded(MaintenanceFact.ReviewActionAdded f) {
    return "review action " + f.actionId() + ": " + f.description()
        + (f.owner() == null ? " (no owner yet)" : " (" + f.owner() + ", due " + f.due() + ")");
  }

  private static String reviewActionAssigned(MaintenanceFact.ReviewActionAssigned f) {
    return "review action " + f.actionId() + " assigned to " + f.owner() + ", due " + f.due();
  }

  private static String reviewActionDone(MaintenanceFact.ReviewActionDone f) {
    return "review action " + f.actionId() + " done" + (f.note() == null ? "" : ": " + f.note());
  }

  private static String reviewActionDropped(MaintenanceFact.ReviewActionDropped f) {
    return "review action " + f.actionId() + " dropped: " + f.reason();
  }

  private static String findingsRecorded(MaintenanceFact.FindingsRecorded f) {
    return "review findings recorded" + (f.findings().summary() == null ? "" : ": " + f.findings().summary());
  }

  private static String reviewSubmitted(String note) {
    return "review submitted for approval" + (note == null ? "" : " (" + note + ")");
  }

  private static String reviewCompleted(String note) {
    return "review completed" + (note == null ? "" : ": " + note);
  }

  private static String acknowledged(EscalationFact.Acknowledged f) {
    return "acknowledged " + (f.group() == null ? "as the Major Incident Manager" : "for group " + f.group());
  }

  private static String escalationRecorded(EscalationFact.EscalationRecorded f) {
    return "escalation level " + f.level() + " of " + f.condition() + " sent to " + f.targets()
        + (f.reason() == null ? "" : ": " + f.reason());
  }
}
