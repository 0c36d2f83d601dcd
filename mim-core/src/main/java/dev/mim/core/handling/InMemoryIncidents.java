package dev.mim.core.handling;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents kept in memory, for examples, tests and hosts that persist elsewhere: the {@link IncidentStore} a
 * {@link CommandHandler} uses when nothing is stored. Each incident is an {@link Incident}, so an append costs the
 * same however long its history. Safe for threads: each method holds the store's lock for the time it takes.
 */
public final class InMemoryIncidents implements IncidentStore<RuntimeException> {

  private record Key(TenantId tenant, IncidentId incident) {}

  private final Map<Key, Incident> incidents = new HashMap<>();

  /** Makes an empty store. */
  public InMemoryIncidents() {
    // Nothing stored yet.
  }

  /**
   * @throws IllegalArgumentException when an argument is null
   */
  @Override
  public synchronized Incident incident(TenantId tenant, IncidentId incident) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("incident", incident);
    return incidents.getOrDefault(new Key(tenant, incident), Incident.start());
  }

  /**
   * @throws IllegalArgumentException when {@code decision} is null or was not decided against
   *     {@code expectedVersion}
   */
  @Override
  public synchronized Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) {
    Checks.notNull("decision", decision);
    var first = decision.events().get(0);
    Key key = new Key(first.tenant(), first.incidentId());
    Incident current = incidents.getOrDefault(key, Incident.start());
    if (current.version() != expectedVersion) {
      return Optional.of(new Conflict(key.tenant(), key.incident(), expectedVersion, current.version()));
    }
    incidents.put(key, current.after(decision));
    return Optional.empty();
  }

  /** @return the incidents stored for {@code tenant}, in no particular order */
  public synchronized List<Incident> incidents(TenantId tenant) {
    Checks.notNull("tenant", tenant);
    List<Incident> found = new ArrayList<>();
    incidents.forEach((key, incident) -> {
      if (key.tenant().equals(tenant)) {
        found.add(incident);
      }
    });
    return found;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryIncidents[" + incidents.size() + " incidents]";
  }
}
