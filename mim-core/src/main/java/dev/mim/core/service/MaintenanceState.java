package dev.mim.core.service;

/** Where a scheduled maintenance window stands, as status pages show it. */
public enum MaintenanceState {
  /** Announced, not started. */
  SCHEDULED,
  /** The work is under way. */
  IN_PROGRESS,
  /** The work is done and being verified. */
  VERIFYING,
  /** Over and verified. */
  COMPLETED;

  /** @return true while the services are under maintenance: in progress or being verified */
  public boolean isUnderway() {
    return this == IN_PROGRESS || this == VERIFYING;
  }
}
