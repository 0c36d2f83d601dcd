package dev.mim.core.status;

import dev.mim.core.priority.Impact;

/** A status page component's status, from the best to the worst. */
public enum ComponentStatus {
  /** Working normally. */
  OPERATIONAL,
  /** Under a maintenance window under way. */
  UNDER_MAINTENANCE,
  /** Working, slower or with minor errors: an open major incident of low impact affects it. */
  DEGRADED_PERFORMANCE,
  /** Failing for some users: an open major incident of medium impact affects it. */
  PARTIAL_OUTAGE,
  /** Failing: an open major incident of high impact affects it. */
  MAJOR_OUTAGE;

  /**
   * @param impact an open incident's impact
   * @return {@link #MAJOR_OUTAGE} for the highest impact (level 1), {@link #PARTIAL_OUTAGE} for level 2,
   *     {@link #DEGRADED_PERFORMANCE} below
   */
  public static ComponentStatus of(Impact impact) {
    return impact.level() == 1 ? MAJOR_OUTAGE : impact.level() == 2 ? PARTIAL_OUTAGE : DEGRADED_PERFORMANCE;
  }

  /**
   * @param other another status
   * @return the worse of the two
   */
  public ComponentStatus worst(ComponentStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
