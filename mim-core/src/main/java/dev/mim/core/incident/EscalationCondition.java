package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/**
 * What an escalation is about: a step of the lifecycle that has not happened in time. Each condition holds in some
 * statuses and counts from one moment of the incident's history (its anchor); it clears when the step happens.
 * Nothing escalates once service is restored, except a review left uncompleted.
 */
public enum EscalationCondition {
  /** A candidate with no validation evidence; counts from identification. */
  NOT_VALIDATED,
  /** A candidate neither declared nor downgraded; counts from identification. */
  NOT_DECLARED,
  /** A manager who has not acknowledged the role, before restoration; counts from when they took it. */
  NOT_ACKNOWLEDGED,
  /** A declared major incident whose team is not mobilised; counts from declaration. */
  NOT_MOBILISED,
  /** A major incident not restored; counts from declaration (a reopen does not reset it). */
  NOT_RESTORED,
  /** A restored incident whose review is not completed; counts from the last restoration. */
  REVIEW_NOT_COMPLETED;

  /** JSON reads a constant by its exact name only. */
  @JsonCreator
  private static EscalationCondition fromJson(String name) {
    return Checks.named(EscalationCondition.class, "condition", name);
  }
}
