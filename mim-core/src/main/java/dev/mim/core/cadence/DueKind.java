package dev.mim.core.cadence;

/** What an owed update is. */
public enum DueKind {
  /** The first notice after declaration (or after a reopen). */
  FIRST_NOTICE,
  /** A regular update while the incident is live. */
  UPDATE,
  /** The final notice that service is restored. */
  RESTORATION_NOTICE,
  /** The final notice that the incident is closed. */
  CLOSURE_NOTICE,
  /** The final notice, to those already informed, that the incident was downgraded. */
  DOWNGRADE_NOTICE,
  /** The final notice, to those already informed, that the incident was merged into another as its duplicate. */
  DUPLICATE_NOTICE,
  /** A report that a regulatory clock requires. */
  REGULATORY_REPORT
}
