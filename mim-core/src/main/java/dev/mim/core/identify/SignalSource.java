package dev.mim.core.identify;

import dev.mim.core.incident.IdentificationSource;

/** Where a signal comes from. */
public enum SignalSource {
  /** A ticket logged at the service desk. */
  SERVICE_DESK_TICKET(IdentificationSource.SERVICE_DESK_VOLUME),
  /** A user's report through a self-service portal. */
  USER_REPORT(IdentificationSource.USER_REPORT),
  /** An event-monitoring alert. */
  EVENT_MONITORING(IdentificationSource.EVENT_MONITORING),
  /** A technical resolver group's report, for example during maintenance. */
  RESOLVER_GROUP(IdentificationSource.RESOLVER_GROUP),
  /** Anything else. */
  OTHER(IdentificationSource.OTHER);

  private final IdentificationSource identification;

  SignalSource(IdentificationSource identification) {
    this.identification = identification;
  }

  /** @return the identification source a candidate raised by this one signal would have */
  public IdentificationSource identification() {
    return identification;
  }
}
