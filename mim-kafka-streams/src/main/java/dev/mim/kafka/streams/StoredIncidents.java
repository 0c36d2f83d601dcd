package dev.mim.kafka.streams;

import dev.mim.core.due.DueItems;
import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.TenantPolicies;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The topology's state store as the {@link IncidentStore} its command handler uses: each incident's snapshot under
 * its key (the events topic is the log), so a command reads and writes one state, whatever the length of the
 * history. One processor task owns a partition, so appends never conflict; the version is checked all the same.
 * Each append also schedules the incident in the due index at its next due instant.
 */
final class StoredIncidents implements IncidentStore<RuntimeException> {

  /** The stored entry of an incident could not be read back, or is not a state the decider could make. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String key, RuntimeException cause) {
      super("the stored state of " + key + " cannot be read back: " + cause.getMessage(), cause);
    }
  }

  private final KeyValueStore<String, String> incidents;
  private final DueSchedule schedule;
  private final TenantPolicies policies;
  private final Json json;
  /** The key and version of the state {@link #incident} last read, for the append that follows it. */
  private @Nullable String lastKey;
  private long lastVersion;

  StoredIncidents(KeyValueStore<String, String> incidents, DueSchedule schedule, TenantPolicies policies, Json json) {
    this.incidents = incidents;
    this.schedule = schedule;
    this.policies = policies;
    this.json = json;
  }

  /** @throws Unreadable when the stored entry is not a snapshot or a history the decider could have made */
  @Override
  public Incident incident(TenantId tenant, IncidentId incident) {
    String key = IncidentTopology.key(tenant, incident);
    IncidentState state = state(key);
    lastKey = key;
    lastVersion = state.version();
    return Incident.resume(state, List.of());
  }

  /** @throws Unreadable when the stored entry is not a snapshot or a history the decider could have made */
  IncidentState state(String key) {
    try {
      IncidentState state = json.state(incidents.get(key));
      if (state.id() != null && !key.equals(IncidentTopology.key(state.tenant(), state.id()))) {
        throw new IllegalArgumentException("it holds incident " + state.id() + " of tenant " + state.tenant());
      }
      return state;
    } catch (RuntimeException unreadable) { // Jackson's exceptions, or a state the decider could not have made
      throw new Unreadable(key, unreadable);
    }
  }

  @Override
  public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) {
    IncidentEvent first = decision.events().get(0);
    String key = IncidentTopology.key(first.tenant(), first.incidentId());
    // One task owns the partition, so the state read to decide is still the stored one: not read twice.
    long stored = key.equals(lastKey) ? lastVersion : state(key).version();
    lastKey = null;
    if (stored != expectedVersion) {
      return Optional.of(new Conflict(first.tenant(), first.incidentId(), expectedVersion, stored));
    }
    incidents.put(key, json.snapshot(decision.state()));
    schedule.schedule(key, nextDue(decision.state()), null);
    return Optional.empty();
  }

  /**
   * The next due instant of {@code state}; null when nothing is owed. When the host's policies fail it, the incident
   * is due at its last event ({@link DueItems#nextForIndex}), so that the next sweep looks at it.
   */
  @Nullable Instant nextDue(IncidentState state) {
    return DueItems.nextForIndex(state, policies).orElse(null);
  }
}
