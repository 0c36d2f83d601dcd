package dev.mim.core.status;

import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TriageFact;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public updates of one incident: one each time its {@link PublicState} changes (declared: investigating;
 * resolving: identified; restored: monitoring; closed, downgraded or merged: resolved; a reopen goes back to
 * identified). The components shown are the business services its named services affect, through the catalogue's
 * dependencies.
 */
public final class StatusUpdates {

  private StatusUpdates() {}

  /**
   * @param events the incident's history, in order
   * @param catalogue the tenant's service catalogue
   * @return the public updates, in order; empty while the incident was never public
   * @throws IllegalArgumentException when an argument is null, or the history is one the decider could not have
   *     made
   */
  public static List<PublicUpdate> of(List<IncidentEvent> events, ServiceCatalogue catalogue) {
    Checks.noNulls("events", events);
    Checks.notNull("catalogue", catalogue);
    List<PublicUpdate> updates = new ArrayList<>();
    IncidentState state = IncidentState.initial();
    PublicState shown = null;
    Set<ServiceId> components = null;
    for (IncidentEvent e : events) {
      state = IncidentDecider.evolve(state, e);
      PublicState now = PublicState.of(state.status()).orElse(null);
      if (now == null || now == shown) {
        continue;
      }
      if (components == null) {
        components = catalogue.impactOf(state.classification().affectedServices()).businessServices();
      }
      updates.add(new PublicUpdate(state.id(), now, e.occurredAt(), components, message(now, e, components)));
      shown = now;
    }
    return List.copyOf(updates);
  }

  private static String message(PublicState state, IncidentEvent e, Set<ServiceId> components) {
    String affected = components.stream().map(ServiceId::value).collect(Collectors.joining(", "));
    return switch (state) {
      case INVESTIGATING -> "We are investigating a problem affecting " + affected + ".";
      case IDENTIFIED -> "The cause has been identified and a fix is being implemented.";
      case MONITORING -> "Service is restored; we are monitoring the results.";
      case RESOLVED -> e.fact() instanceof TriageFact.MarkedDuplicate
          ? "This incident is tracked with another one; updates continue there."
          : e.fact() instanceof IdentificationFact.IncidentDowngraded
              ? "The impact was smaller than first reported; this incident is resolved."
              : "This incident has been resolved.";
    };
  }
}
