package dev.mim.core.incident;

/** How a possible major incident came to light: the identification scenarios of the practice. */
public enum IdentificationSource {
  /** The service desk notices a large volume of similar incidents. */
  SERVICE_DESK_VOLUME,
  /** Users report an outage through the service desk or a self-service portal. */
  USER_REPORT,
  /** Event monitoring alerts on a failure or potential failure of a business-critical service. */
  EVENT_MONITORING,
  /** A technical resolver group notices it, for example during routine maintenance. */
  RESOLVER_GROUP,
  /** Any other source. */
  OTHER
}
