package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/**
 * Where the post-incident review stands: started as a draft, submitted for review once its findings name a root
 * cause (or the problem record it was handed to), completed once approved.
 */
public enum ReviewStatus {
  /** No review yet. */
  NOT_STARTED,
  /** Started: findings and action items are being written. */
  DRAFT,
  /** Submitted: the findings are circulated for approval; they and the action items may still change. */
  IN_REVIEW,
  /** Completed: approved; action items stay tracked until done or dropped. */
  COMPLETED;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static ReviewStatus fromJson(String name) {
    return Checks.named(ReviewStatus.class, "status", name);
  }
}
