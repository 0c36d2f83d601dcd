package dev.mim.core.lifecycle;

/**
 * Why the decider refused a command. Each constant has a stable {@link #code()} that hosts may store, show and
 * switch on; codes are never renamed or reused.
 */
public enum ViolationCode {
  /** The command names another incident than the state it was decided against. */
  INCIDENT_MISMATCH("incident-mismatch"),
  /** The command's expected version is not the incident's version: someone else changed it first. */
  VERSION_CONFLICT("version-conflict"),
  /** The command is dated before the incident's last event. */
  OUT_OF_ORDER("out-of-order"),
  /** The action is not legal in the incident's status (see the transition table). */
  ILLEGAL_TRANSITION("illegal-transition"),
  /** A service the command names is not admitted by the service catalogue. */
  UNKNOWN_SERVICE("unknown-service"),
  /** Impact or urgency lies beyond the priority matrix's levels. */
  OUTSIDE_PRIORITY_MATRIX("outside-priority-matrix"),
  /** Declaring needs validation evidence, and the declaration policy did not waive it. */
  VALIDATION_EVIDENCE_MISSING("validation-evidence-missing"),
  /** Declaring with only refuting validation evidence (momentary alert, false positive, ...): downgrade instead. */
  VALIDATION_REFUTED("validation-refuted"),
  /** A downgrade cites validation evidence that was never recorded. */
  EVIDENCE_NOT_RECORDED("evidence-not-recorded"),
  /** The resolver group is already engaged. */
  RESOLVER_GROUP_ALREADY_ENGAGED("resolver-group-already-engaged"),
  /** Another resolver group is already the primary one. */
  PRIMARY_RESOLVER_GROUP_EXISTS("primary-resolver-group-exists"),
  /** Mobilising needs at least one resolver group. */
  RESOLVER_GROUP_MISSING("resolver-group-missing"),
  /** A Major Incident Manager is already assigned; hand the role over instead. */
  MANAGER_ALREADY_ASSIGNED("manager-already-assigned"),
  /** The action needs a Major Incident Manager and none is assigned. */
  MANAGER_MISSING("manager-missing"),
  /** The role would be handed over to the person who already holds it. */
  SAME_MANAGER("same-manager"),
  /** The person is already in the team. */
  ALREADY_TEAM_MEMBER("already-team-member"),
  /** The person is not in the team. */
  NOT_TEAM_MEMBER("not-team-member"),
  /** Impact and urgency are those the incident already has. */
  PRIORITY_UNCHANGED("priority-unchanged"),
  /** An incident cannot be its own child. */
  CHILD_IS_SELF("child-is-self"),
  /** The child incident is already linked. */
  CHILD_ALREADY_LINKED("child-already-linked"),
  /** Starting resolution needs a resolution plan. */
  RESOLUTION_PLAN_MISSING("resolution-plan-missing"),
  /** Starting resolution or applying a permanent fix needs a change reference. */
  CHANGE_REFERENCE_MISSING("change-reference-missing"),
  /** Restoration needs a workaround or a permanent fix in place. */
  RESTORATION_MEANS_MISSING("restoration-means-missing"),
  /** The verification window after restoration has passed; open a new incident instead. */
  VERIFICATION_WINDOW_ELAPSED("verification-window-elapsed"),
  /** A review action item with that id exists already. */
  REVIEW_ACTION_EXISTS("review-action-exists"),
  /** No review action item has that id. */
  REVIEW_ACTION_UNKNOWN("review-action-unknown"),
  /** A review action item lacks an owner or a due date. */
  REVIEW_ACTION_UNASSIGNED("review-action-unassigned"),
  /** The review is already completed. */
  REVIEW_ALREADY_COMPLETED("review-already-completed"),
  /** Closing needs a completed post-incident review. */
  REVIEW_NOT_COMPLETED("review-not-completed"),
  /** A stakeholder update promises its next update at a time before it was sent. */
  NEXT_UPDATE_IN_PAST("next-update-in-past"),
  /** A size limit of the incident would be exceeded (team, resolver groups, children, review actions). */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** A host-supplied policy or catalogue threw an exception; it was logged and nothing changed. */
  POLICY_FAILED("policy-failed"),
  /** The practice requires a summary (of a candidate, of a stakeholder update) and none was given. */
  SUMMARY_MISSING("summary-missing"),
  /** The practice requires a reason (downgrade, reprioritisation, reopen, snooze) and none was given. */
  REASON_MISSING("reason-missing"),
  /** A hand-over of the Major Incident Manager role needs a briefing and none was given. */
  BRIEFING_MISSING("briefing-missing"),
  /** A workaround, permanent fix or review action item needs a description and none was given. */
  DESCRIPTION_MISSING("description-missing"),
  /** Submitting the post-incident review needs findings with a summary and none were recorded. */
  FINDINGS_MISSING("findings-missing"),
  /**
   * Found only when replaying stored events: a fact repeats a value from the state (the status a downgrade left,
   * the manager handed over from, the means of a restoration, ...) and disagrees with it. The decider never makes
   * such a fact.
   */
  FACT_CONTRADICTS_STATE("fact-contradicts-state"),
  /** The command names another tenant than the incident belongs to. */
  TENANT_MISMATCH("tenant-mismatch"),
  /** The authorization policy does not let the actor issue the command. */
  NOT_AUTHORIZED("not-authorized"),
  /** A hand-over briefing lacks a current status, or an audience updated so far. */
  BRIEFING_INCOMPLETE("briefing-incomplete"),
  /** Only the Major Incident Manager may acknowledge the role. */
  NOT_THE_MANAGER("not-the-manager"),
  /** The manager or the resolver group acknowledged already. */
  ALREADY_ACKNOWLEDGED("already-acknowledged"),
  /** The resolver group named is not engaged on the incident. */
  RESOLVER_GROUP_NOT_ENGAGED("resolver-group-not-engaged"),
  /** The escalation policy does not have that level of that condition due. */
  ESCALATION_NOT_DUE("escalation-not-due"),
  /** That level of that condition was recorded as sent already. */
  ESCALATION_ALREADY_SENT("escalation-already-sent"),
  /** The condition escalated no longer holds (the step happened, or the incident moved on). */
  ESCALATION_CONDITION_CLEARED("escalation-condition-cleared"),
  /** Escalations are held already. */
  ESCALATIONS_ALREADY_HELD("escalations-already-held"),
  /** Escalations are not held, so there is nothing to resume. */
  ESCALATIONS_NOT_HELD("escalations-not-held"),
  /** Submitting the review needs a root cause, or the problem record its analysis was handed to. */
  ROOT_CAUSE_MISSING("root-cause-missing"),
  /** The review is submitted already. */
  REVIEW_ALREADY_SUBMITTED("review-already-submitted"),
  /** Completing the review needs it submitted first. */
  REVIEW_NOT_SUBMITTED("review-not-submitted"),
  /** The review action item is done or dropped already. */
  REVIEW_ACTION_CLOSED("review-action-closed"),
  /** The first signal of a candidate cannot come after its identification. */
  FIRST_SIGNAL_AFTER_IDENTIFICATION("first-signal-after-identification"),
  /**
   * An instant the command derives (a snooze's end) would fall after {@link dev.mim.core.incident.TimeRange#LATEST},
   * so that no reader could read the event back.
   */
  OUTSIDE_TIME_RANGE("outside-time-range"),
  /** An incident cannot be a duplicate of itself, nor merge itself in. */
  DUPLICATE_OF_SELF("duplicate-of-self"),
  /** The change is already linked as the cause, as confirmed or as suspected as now; only a suspected cause may be
   * linked again, once confirmed. */
  CAUSE_ALREADY_LINKED("cause-already-linked");

  private final String code;

  ViolationCode(String code) {
    this.code = code;
  }

  /** @return the stable, kebab-case code */
  public String code() {
    return code;
  }
}
