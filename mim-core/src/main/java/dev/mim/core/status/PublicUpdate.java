package dev.mim.core.status;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.internal.Checks;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One public update of a status page, for the host to publish.
 *
 * @param incident the incident it is about
 * @param state the incident's public state from now on
 * @param at when the incident entered it
 * @param components the business services shown affected
 * @param message the update's text, from mim's wording of the state; the host may publish its own instead
 */
public record PublicUpdate(IncidentId incident, PublicState state, Instant at, Set<ServiceId> components,
    String message) {

  /** @throws IllegalArgumentException when a value is null or the message blank or too long */
  public PublicUpdate {
    Checks.notNull("incident", incident);
    Checks.notNull("state", state);
    Checks.notNull("at", at);
    components = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls("components", components)));
    Checks.text("message", message);
  }
}
