package dev.mim.core.incident;

/**
 * The kinds of {@link Action}, one constant per record; constants added later come last, so that no ordinal
 * changes.
 */
public enum ActionKind {
  /** {@link IdentificationAction.Identify}. */
  IDENTIFY,
  /** {@link IdentificationAction.EngageResolverGroup}. */
  ENGAGE_RESOLVER_GROUP,
  /** {@link IdentificationAction.RecordValidation}. */
  RECORD_VALIDATION,
  /** {@link IdentificationAction.Declare}. */
  DECLARE,
  /** {@link IdentificationAction.Downgrade}. */
  DOWNGRADE,
  /** {@link ContainmentAction.AssignManager}. */
  ASSIGN_MANAGER,
  /** {@link ContainmentAction.HandOverManager}. */
  HAND_OVER_MANAGER,
  /** {@link ContainmentAction.AddTeamMember}. */
  ADD_TEAM_MEMBER,
  /** {@link ContainmentAction.RemoveTeamMember}. */
  REMOVE_TEAM_MEMBER,
  /** {@link ContainmentAction.Mobilise}. */
  MOBILISE,
  /** {@link IdentificationAction.Reprioritise}. */
  REPRIORITISE,
  /** {@link IdentificationAction.LinkChild}. */
  LINK_CHILD,
  /** {@link ResolutionAction.StartResolution}. */
  START_RESOLUTION,
  /** {@link ResolutionAction.ApplyWorkaround}. */
  APPLY_WORKAROUND,
  /** {@link ResolutionAction.ApplyPermanentFix}. */
  APPLY_PERMANENT_FIX,
  /** {@link ResolutionAction.ConfirmRestoration}. */
  CONFIRM_RESTORATION,
  /** {@link ResolutionAction.Reopen}. */
  REOPEN,
  /** {@link CommunicationAction.RecordStakeholderUpdate}. */
  RECORD_STAKEHOLDER_UPDATE,
  /** {@link MaintenanceAction.StartReview}. */
  START_REVIEW,
  /** {@link MaintenanceAction.RecordFindings}. */
  RECORD_FINDINGS,
  /** {@link MaintenanceAction.SubmitReview}. */
  SUBMIT_REVIEW,
  /** {@link MaintenanceAction.AddReviewAction}. */
  ADD_REVIEW_ACTION,
  /** {@link MaintenanceAction.AssignReviewAction}. */
  ASSIGN_REVIEW_ACTION,
  /** {@link MaintenanceAction.CompleteReviewAction}. */
  COMPLETE_REVIEW_ACTION,
  /** {@link MaintenanceAction.DropReviewAction}. */
  DROP_REVIEW_ACTION,
  /** {@link MaintenanceAction.CompleteReview}. */
  COMPLETE_REVIEW,
  /** {@link MaintenanceAction.Close}. */
  CLOSE,
  /** {@link CommunicationAction.SnoozeUpdates}. */
  SNOOZE_UPDATES,
  /** {@link EscalationAction.Acknowledge}. */
  ACKNOWLEDGE,
  /** {@link EscalationAction.RecordEscalation}. */
  RECORD_ESCALATION,
  /** {@link EscalationAction.HoldEscalations}. */
  HOLD_ESCALATIONS,
  /** {@link EscalationAction.ResumeEscalations}. */
  RESUME_ESCALATIONS,
  /** {@link TriageAction.Decline}. */
  DECLINE,
  /** {@link TriageAction.MarkDuplicate}. */
  MARK_DUPLICATE,
  /** {@link TriageAction.MergeDuplicate}. */
  MERGE_DUPLICATE,
  /** {@link ResolutionAction.LinkCausingChange}. */
  LINK_CAUSING_CHANGE;

  /** @return the action's record name, as JSON names it, for example {@code ConfirmRestoration} */
  public String label() {
    StringBuilder b = new StringBuilder();
    for (String word : name().split("_")) {
      b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }
}
