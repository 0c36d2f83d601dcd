package dev.mim.core.status;

import dev.mim.core.incident.IncidentStatus;
import java.util.Optional;

/** The states status pages give an incident, tied to the major-incident lifecycle. */
public enum PublicState {
  /** Declared: the problem is confirmed and being investigated. */
  INVESTIGATING,
  /** Resolving: the cause is known and the fix is being implemented. */
  IDENTIFIED,
  /** Restored, and under review: service is back and being watched. */
  MONITORING,
  /** Closed, or no longer a public incident (downgraded after declaration, merged into another as a duplicate). */
  RESOLVED;

  /**
   * @param status an incident's status
   * @return its public state; empty while it is not public (not yet declared, or declined)
   */
  public static Optional<PublicState> of(IncidentStatus status) {
    return Optional.ofNullable(switch (status) {
      case DECLARED, MOBILISED -> INVESTIGATING;
      case RESOLVING -> IDENTIFIED;
      case RESTORED, IN_REVIEW -> MONITORING;
      case CLOSED, DOWNGRADED, DUPLICATE -> RESOLVED;
      case NONE, CANDIDATE, DECLINED -> null;
    });
  }
}
