package dev.mim.core.incident;

/** The kinds of {@link Action}, one constant per record, in the order they are declared. */
public enum ActionKind {
  /** {@link Action.Identify}. */
  IDENTIFY,
  /** {@link Action.EngageResolverGroup}. */
  ENGAGE_RESOLVER_GROUP,
  /** {@link Action.RecordValidation}. */
  RECORD_VALIDATION,
  /** {@link Action.Declare}. */
  DECLARE,
  /** {@link Action.Downgrade}. */
  DOWNGRADE,
  /** {@link Action.AssignManager}. */
  ASSIGN_MANAGER,
  /** {@link Action.HandOverManager}. */
  HAND_OVER_MANAGER,
  /** {@link Action.AddTeamMember}. */
  ADD_TEAM_MEMBER,
  /** {@link Action.RemoveTeamMember}. */
  REMOVE_TEAM_MEMBER,
  /** {@link Action.Mobilise}. */
  MOBILISE,
  /** {@link Action.Reprioritise}. */
  REPRIORITISE,
  /** {@link Action.LinkChild}. */
  LINK_CHILD,
  /** {@link Action.StartResolution}. */
  START_RESOLUTION,
  /** {@link Action.ApplyWorkaround}. */
  APPLY_WORKAROUND,
  /** {@link Action.ApplyPermanentFix}. */
  APPLY_PERMANENT_FIX,
  /** {@link Action.ConfirmRestoration}. */
  CONFIRM_RESTORATION,
  /** {@link Action.Reopen}. */
  REOPEN,
  /** {@link Action.RecordStakeholderUpdate}. */
  RECORD_STAKEHOLDER_UPDATE,
  /** {@link Action.StartReview}. */
  START_REVIEW,
  /** {@link Action.RecordFindings}. */
  RECORD_FINDINGS,
  /** {@link Action.SubmitReview}. */
  SUBMIT_REVIEW,
  /** {@link Action.AddReviewAction}. */
  ADD_REVIEW_ACTION,
  /** {@link Action.AssignReviewAction}. */
  ASSIGN_REVIEW_ACTION,
  /** {@link Action.CompleteReviewAction}. */
  COMPLETE_REVIEW_ACTION,
  /** {@link Action.DropReviewAction}. */
  DROP_REVIEW_ACTION,
  /** {@link Action.CompleteReview}. */
  COMPLETE_REVIEW,
  /** {@link Action.Close}. */
  CLOSE,
  /** {@link Action.SnoozeUpdates}. */
  SNOOZE_UPDATES,
  /** {@link Action.Acknowledge}. */
  ACKNOWLEDGE,
  /** {@link Action.RecordEscalation}. */
  RECORD_ESCALATION,
  /** {@link Action.HoldEscalations}. */
  HOLD_ESCALATIONS,
  /** {@link Action.ResumeEscalations}. */
  RESUME_ESCALATIONS;

  /** @return the action's record name, as JSON names it, for example {@code ConfirmRestoration} */
  public String label() {
    StringBuilder b = new StringBuilder();
    for (String word : name().split("_")) {
      b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }
}
