package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/** Where a review's action item stands. Done and dropped items are kept, with when and why. */
public enum ActionItemStatus {
  /** To be done. */
  OPEN,
  /** Done. */
  DONE,
  /** Dropped, with a reason. */
  DROPPED;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static ActionItemStatus fromJson(String name) {
    return Checks.named(ActionItemStatus.class, "status", name);
  }
}
