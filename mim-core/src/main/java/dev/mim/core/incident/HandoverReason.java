package dev.mim.core.incident;

/** Why the Major Incident Manager role passed from one person to another. */
public enum HandoverReason {
  /** Out-of-hours cover takes over. */
  OUT_OF_HOURS,
  /** Follow the sun: the next region's shift takes over. */
  FOLLOW_THE_SUN,
  /** The manager was relieved (fatigue, escalation, conflict of duties). */
  RELIEF,
  /** Any other reason, given in the briefing. */
  OTHER
}
