package dev.mim.core.incident;

/**
 * The kinds of {@link Fact}, one constant per record. Each kind is caused by exactly one kind of action, and the
 * {@link Transitions} table entry for that action gives the status the fact leads to.
 */
public enum FactKind {
  /** {@link IdentificationFact.CandidateIdentified}, caused by {@link IdentificationAction.Identify}. */
  CANDIDATE_IDENTIFIED(ActionKind.IDENTIFY),
  /** {@link IdentificationFact.ResolverGroupEngaged}, caused by {@link IdentificationAction.EngageResolverGroup}. */
  RESOLVER_GROUP_ENGAGED(ActionKind.ENGAGE_RESOLVER_GROUP),
  /** {@link IdentificationFact.ValidationRecorded}, caused by {@link IdentificationAction.RecordValidation}. */
  VALIDATION_RECORDED(ActionKind.RECORD_VALIDATION),
  /** {@link IdentificationFact.MajorIncidentDeclared}, caused by {@link IdentificationAction.Declare}. */
  MAJOR_INCIDENT_DECLARED(ActionKind.DECLARE),
  /** {@link IdentificationFact.IncidentDowngraded}, caused by {@link IdentificationAction.Downgrade}. */
  INCIDENT_DOWNGRADED(ActionKind.DOWNGRADE),
  /** {@link ContainmentFact.ManagerAssigned}, caused by {@link ContainmentAction.AssignManager}. */
  MANAGER_ASSIGNED(ActionKind.ASSIGN_MANAGER),
  /** {@link ContainmentFact.ManagerHandedOver}, caused by {@link ContainmentAction.HandOverManager}. */
  MANAGER_HANDED_OVER(ActionKind.HAND_OVER_MANAGER),
  /** {@link ContainmentFact.TeamMemberAdded}, caused by {@link ContainmentAction.AddTeamMember}. */
  TEAM_MEMBER_ADDED(ActionKind.ADD_TEAM_MEMBER),
  /** {@link ContainmentFact.TeamMemberRemoved}, caused by {@link ContainmentAction.RemoveTeamMember}. */
  TEAM_MEMBER_REMOVED(ActionKind.REMOVE_TEAM_MEMBER),
  /** {@link ContainmentFact.TeamMobilised}, caused by {@link ContainmentAction.Mobilise}. */
  TEAM_MOBILISED(ActionKind.MOBILISE),
  /** {@link IdentificationFact.IncidentReprioritised}, caused by {@link IdentificationAction.Reprioritise}. */
  INCIDENT_REPRIORITISED(ActionKind.REPRIORITISE),
  /** {@link IdentificationFact.ChildLinked}, caused by {@link IdentificationAction.LinkChild}. */
  CHILD_LINKED(ActionKind.LINK_CHILD),
  /** {@link ResolutionFact.ResolutionStarted}, caused by {@link ResolutionAction.StartResolution}. */
  RESOLUTION_STARTED(ActionKind.START_RESOLUTION),
  /** {@link ResolutionFact.WorkaroundApplied}, caused by {@link ResolutionAction.ApplyWorkaround}. */
  WORKAROUND_APPLIED(ActionKind.APPLY_WORKAROUND),
  /** {@link ResolutionFact.PermanentFixApplied}, caused by {@link ResolutionAction.ApplyPermanentFix}. */
  PERMANENT_FIX_APPLIED(ActionKind.APPLY_PERMANENT_FIX),
  /** {@link ResolutionFact.ServiceRestored}, caused by {@link ResolutionAction.ConfirmRestoration}. */
  SERVICE_RESTORED(ActionKind.CONFIRM_RESTORATION),
  /** {@link ResolutionFact.IncidentReopened}, caused by {@link ResolutionAction.Reopen}. */
  INCIDENT_REOPENED(ActionKind.REOPEN),
  /** {@link CommunicationFact.StakeholderUpdateRecorded}, caused by {@link CommunicationAction.RecordStakeholderUpdate}. */
  STAKEHOLDER_UPDATE_RECORDED(ActionKind.RECORD_STAKEHOLDER_UPDATE),
  /** {@link MaintenanceFact.ReviewStarted}, caused by {@link MaintenanceAction.StartReview}. */
  REVIEW_STARTED(ActionKind.START_REVIEW),
  /** {@link MaintenanceFact.FindingsRecorded}, caused by {@link MaintenanceAction.RecordFindings}. */
  FINDINGS_RECORDED(ActionKind.RECORD_FINDINGS),
  /** {@link MaintenanceFact.ReviewSubmitted}, caused by {@link MaintenanceAction.SubmitReview}. */
  REVIEW_SUBMITTED(ActionKind.SUBMIT_REVIEW),
  /** {@link MaintenanceFact.ReviewActionAdded}, caused by {@link MaintenanceAction.AddReviewAction}. */
  REVIEW_ACTION_ADDED(ActionKind.ADD_REVIEW_ACTION),
  /** {@link MaintenanceFact.ReviewActionAssigned}, caused by {@link MaintenanceAction.AssignReviewAction}. */
  REVIEW_ACTION_ASSIGNED(ActionKind.ASSIGN_REVIEW_ACTION),
  /** {@link MaintenanceFact.ReviewActionDone}, caused by {@link MaintenanceAction.CompleteReviewAction}. */
  REVIEW_ACTION_DONE(ActionKind.COMPLETE_REVIEW_ACTION),
  /** {@link MaintenanceFact.ReviewActionDropped}, caused by {@link MaintenanceAction.DropReviewAction}. */
  REVIEW_ACTION_DROPPED(ActionKind.DROP_REVIEW_ACTION),
  /** {@link MaintenanceFact.ReviewCompleted}, caused by {@link MaintenanceAction.CompleteReview}. */
  REVIEW_COMPLETED(ActionKind.COMPLETE_REVIEW),
  /** {@link MaintenanceFact.IncidentClosed}, caused by {@link MaintenanceAction.Close}. */
  INCIDENT_CLOSED(ActionKind.CLOSE),
  /** {@link CommunicationFact.UpdatesSnoozed}, caused by {@link CommunicationAction.SnoozeUpdates}. */
  UPDATES_SNOOZED(ActionKind.SNOOZE_UPDATES),
  /** {@link EscalationFact.Acknowledged}, caused by {@link EscalationAction.Acknowledge}. */
  ACKNOWLEDGED(ActionKind.ACKNOWLEDGE),
  /** {@link EscalationFact.EscalationRecorded}, caused by {@link EscalationAction.RecordEscalation}. */
  ESCALATION_RECORDED(ActionKind.RECORD_ESCALATION),
  /** {@link EscalationFact.EscalationsHeld}, caused by {@link EscalationAction.HoldEscalations}. */
  ESCALATIONS_HELD(ActionKind.HOLD_ESCALATIONS),
  /** {@link EscalationFact.EscalationsResumed}, caused by {@link EscalationAction.ResumeEscalations}. */
  ESCALATIONS_RESUMED(ActionKind.RESUME_ESCALATIONS),
  /** {@link TriageFact.CandidateDeclined}, caused by {@link TriageAction.Decline}. */
  CANDIDATE_DECLINED(ActionKind.DECLINE),
  /** {@link TriageFact.MarkedDuplicate}, caused by {@link TriageAction.MarkDuplicate}. */
  MARKED_DUPLICATE(ActionKind.MARK_DUPLICATE),
  /** {@link TriageFact.DuplicateMerged}, caused by {@link TriageAction.MergeDuplicate}. */
  DUPLICATE_MERGED(ActionKind.MERGE_DUPLICATE),
  /** {@link ResolutionFact.CausingChangeLinked}, caused by {@link ResolutionAction.LinkCausingChange}. */
  CAUSING_CHANGE_LINKED(ActionKind.LINK_CAUSING_CHANGE);

  private final ActionKind cause;

  FactKind(ActionKind cause) {
    this.cause = cause;
  }

  /** @return the kind of action that causes this kind of fact */
  public ActionKind cause() {
    return cause;
  }
}
