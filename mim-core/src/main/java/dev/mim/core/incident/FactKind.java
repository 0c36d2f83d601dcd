package dev.mim.core.incident;

/**
 * The kinds of {@link Fact}, one constant per record. Each kind is caused by exactly one kind of action, and the
 * {@link Transitions} table entry for that action gives the status the fact leads to.
 */
public enum FactKind {
  /** {@link Fact.CandidateIdentified}, caused by {@link Action.Identify}. */
  CANDIDATE_IDENTIFIED(ActionKind.IDENTIFY),
  /** {@link Fact.ResolverGroupEngaged}, caused by {@link Action.EngageResolverGroup}. */
  RESOLVER_GROUP_ENGAGED(ActionKind.ENGAGE_RESOLVER_GROUP),
  /** {@link Fact.ValidationRecorded}, caused by {@link Action.RecordValidation}. */
  VALIDATION_RECORDED(ActionKind.RECORD_VALIDATION),
  /** {@link Fact.MajorIncidentDeclared}, caused by {@link Action.Declare}. */
  MAJOR_INCIDENT_DECLARED(ActionKind.DECLARE),
  /** {@link Fact.IncidentDowngraded}, caused by {@link Action.Downgrade}. */
  INCIDENT_DOWNGRADED(ActionKind.DOWNGRADE),
  /** {@link Fact.ManagerAssigned}, caused by {@link Action.AssignManager}. */
  MANAGER_ASSIGNED(ActionKind.ASSIGN_MANAGER),
  /** {@link Fact.ManagerHandedOver}, caused by {@link Action.HandOverManager}. */
  MANAGER_HANDED_OVER(ActionKind.HAND_OVER_MANAGER),
  /** {@link Fact.TeamMemberAdded}, caused by {@link Action.AddTeamMember}. */
  TEAM_MEMBER_ADDED(ActionKind.ADD_TEAM_MEMBER),
  /** {@link Fact.TeamMemberRemoved}, caused by {@link Action.RemoveTeamMember}. */
  TEAM_MEMBER_REMOVED(ActionKind.REMOVE_TEAM_MEMBER),
  /** {@link Fact.TeamMobilised}, caused by {@link Action.Mobilise}. */
  TEAM_MOBILISED(ActionKind.MOBILISE),
  /** {@link Fact.IncidentReprioritised}, caused by {@link Action.Reprioritise}. */
  INCIDENT_REPRIORITISED(ActionKind.REPRIORITISE),
  /** {@link Fact.ChildLinked}, caused by {@link Action.LinkChild}. */
  CHILD_LINKED(ActionKind.LINK_CHILD),
  /** {@link Fact.ResolutionStarted}, caused by {@link Action.StartResolution}. */
  RESOLUTION_STARTED(ActionKind.START_RESOLUTION),
  /** {@link Fact.WorkaroundApplied}, caused by {@link Action.ApplyWorkaround}. */
  WORKAROUND_APPLIED(ActionKind.APPLY_WORKAROUND),
  /** {@link Fact.PermanentFixApplied}, caused by {@link Action.ApplyPermanentFix}. */
  PERMANENT_FIX_APPLIED(ActionKind.APPLY_PERMANENT_FIX),
  /** {@link Fact.ServiceRestored}, caused by {@link Action.ConfirmRestoration}. */
  SERVICE_RESTORED(ActionKind.CONFIRM_RESTORATION),
  /** {@link Fact.IncidentReopened}, caused by {@link Action.Reopen}. */
  INCIDENT_REOPENED(ActionKind.REOPEN),
  /** {@link Fact.StakeholderUpdateRecorded}, caused by {@link Action.RecordStakeholderUpdate}. */
  STAKEHOLDER_UPDATE_RECORDED(ActionKind.RECORD_STAKEHOLDER_UPDATE),
  /** {@link Fact.ReviewStarted}, caused by {@link Action.StartReview}. */
  REVIEW_STARTED(ActionKind.START_REVIEW),
  /** {@link Fact.FindingsRecorded}, caused by {@link Action.RecordFindings}. */
  FINDINGS_RECORDED(ActionKind.RECORD_FINDINGS),
  /** {@link Fact.ReviewSubmitted}, caused by {@link Action.SubmitReview}. */
  REVIEW_SUBMITTED(ActionKind.SUBMIT_REVIEW),
  /** {@link Fact.ReviewActionAdded}, caused by {@link Action.AddReviewAction}. */
  REVIEW_ACTION_ADDED(ActionKind.ADD_REVIEW_ACTION),
  /** {@link Fact.ReviewActionAssigned}, caused by {@link Action.AssignReviewAction}. */
  REVIEW_ACTION_ASSIGNED(ActionKind.ASSIGN_REVIEW_ACTION),
  /** {@link Fact.ReviewActionDone}, caused by {@link Action.CompleteReviewAction}. */
  REVIEW_ACTION_DONE(ActionKind.COMPLETE_REVIEW_ACTION),
  /** {@link Fact.ReviewActionDropped}, caused by {@link Action.DropReviewAction}. */
  REVIEW_ACTION_DROPPED(ActionKind.DROP_REVIEW_ACTION),
  /** {@link Fact.ReviewCompleted}, caused by {@link Action.CompleteReview}. */
  REVIEW_COMPLETED(ActionKind.COMPLETE_REVIEW),
  /** {@link Fact.IncidentClosed}, caused by {@link Action.Close}. */
  INCIDENT_CLOSED(ActionKind.CLOSE),
  /** {@link Fact.UpdatesSnoozed}, caused by {@link Action.SnoozeUpdates}. */
  UPDATES_SNOOZED(ActionKind.SNOOZE_UPDATES),
  /** {@link Fact.Acknowledged}, caused by {@link Action.Acknowledge}. */
  ACKNOWLEDGED(ActionKind.ACKNOWLEDGE),
  /** {@link Fact.EscalationRecorded}, caused by {@link Action.RecordEscalation}. */
  ESCALATION_RECORDED(ActionKind.RECORD_ESCALATION),
  /** {@link Fact.EscalationsHeld}, caused by {@link Action.HoldEscalations}. */
  ESCALATIONS_HELD(ActionKind.HOLD_ESCALATIONS),
  /** {@link Fact.EscalationsResumed}, caused by {@link Action.ResumeEscalations}. */
  ESCALATIONS_RESUMED(ActionKind.RESUME_ESCALATIONS);

  private final ActionKind cause;

  FactKind(ActionKind cause) {
    this.cause = cause;
  }

  /** @return the kind of action that causes this kind of fact */
  public ActionKind cause() {
    return cause;
  }
}
