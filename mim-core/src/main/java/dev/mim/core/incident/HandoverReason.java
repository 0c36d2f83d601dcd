package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/** Why the Major Incident Manager role passed from one person to another. */
public enum HandoverReason {
  /** Out-of-hours cover takes over. */
  OUT_OF_HOURS,
  /** Follow the sun: the next region's shift takes over. */
  FOLLOW_THE_SUN,
  /** The manager was relieved (fatigue, escalation, conflict of duties). */
  RELIEF,
  /** The manager's shift ended; the on-call schedule names the next manager. */
  END_OF_SHIFT,
  /** Any other reason, given in the briefing. */
  OTHER;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static HandoverReason fromJson(String name) {
    return Checks.named(HandoverReason.class, "reason", name);
  }
}
