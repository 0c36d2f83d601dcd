package dev.mim.kafka.streams;

import dev.mim.core.handling.Conflict;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.handling.IncidentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The topology's state store as the {@link IncidentStore} its command handler uses: each incident's events as one
 * JSON value under its key. One processor task owns a partition, so appends never conflict; the version is checked
 * all the same. The history read to decide a command is kept for the append that follows it.
 */
final class StoredIncidents implements IncidentStore<RuntimeException> {

  /** The stored events of an incident could not be read back, or are not a history the decider could make. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String key, RuntimeException cause) {
      super("the stored events of " + key + " cannot be read back: " + cause.getMessage(), cause);
    }
  }

  private final KeyValueStore<String, String> incidents;
  private final Json json;
  private String lastKey;
  private List<IncidentEvent> lastEvents;

  StoredIncidents(KeyValueStore<String, String> incidents, Json json) {
    this.incidents = incidents;
    this.json = json;
  }

  /** @throws Unreadable when the stored value is not a history the decider could have made */
  @Override
  public Incident incident(TenantId tenant, IncidentId incident) {
    String key = IncidentTopology.key(tenant, incident);
    try {
      List<IncidentEvent> events = json.events(incidents.get(key));
      Incident loaded = Incident.replay(events);
      lastKey = key;
      lastEvents = events;
      return loaded;
    } catch (RuntimeException unreadable) { // Jackson's exceptions, or a history the decider could not have made
      throw new Unreadable(key, unreadable);
    }
  }

  @Override
  public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) {
    IncidentEvent first = decision.events().get(0);
    String key = IncidentTopology.key(first.tenant(), first.incidentId());
    List<IncidentEvent> stored = key.equals(lastKey) ? lastEvents : json.events(incidents.get(key));
    if (stored.size() != expectedVersion) {
      return Optional.of(new Conflict(first.tenant(), first.incidentId(), expectedVersion, stored.size()));
    }
    List<IncidentEvent> after = new ArrayList<>(stored);
    after.addAll(decision.events());
    incidents.put(key, json.write(after));
    lastKey = null;
    lastEvents = null;
    return Optional.empty();
  }
}
