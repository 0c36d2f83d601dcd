package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

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
  OTHER;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static IdentificationSource fromJson(String name) {
    return Checks.named(IdentificationSource.class, "source", name);
  }
}
