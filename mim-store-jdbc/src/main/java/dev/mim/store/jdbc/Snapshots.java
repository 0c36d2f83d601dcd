package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.jackson.IncidentSnapshots;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshots of {@code mim_snapshot}: written every N events in the append's transaction, read when an incident
 * is loaded, and trusted only when they match the events stored beside them.
 */
final class Snapshots {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);

  /** A snapshot row as stored, not yet read. */
  record Stored(long version, int schema, String state) {}

  private final IncidentSnapshots form = IncidentSnapshots.create();
  private final int every;

  /** @param every how many events apart snapshots are written; 0 for never */
  Snapshots(int every) {
    this.every = every;
  }

  int every() {
    return every;
  }

  /** The snapshot an append from {@code expected} to {@code after} writes, or null when none falls due in it. */
  @Nullable String dueAfter(long expected, IncidentState after) {
    return every > 0 && after.version() / every > expected / every ? form.write(after) : null;
  }

  /** The document of {@code state}, for a snapshot written outside an append (after one was not trusted). */
  String of(IncidentState state) {
    return form.write(state);
  }

  /** The incident's stored snapshot; null when it has none. */
  static @Nullable Stored find(Connection c, TenantId tenant, IncidentId incident) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version, snapshot_schema, state FROM mim_snapshot WHERE tenant = ? AND incident_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, incident.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new Stored(r.getLong(1), r.getInt(2), r.getString(3)) : null;
      }
    }
  }

  /** Writes (or replaces) the incident's snapshot: {@code json} is the snapshot of {@code state}. */
  static void write(Connection c, IncidentState state, String json) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE mim_snapshot SET version = ?, snapshot_schema = ?,"
        + " state = ? WHERE tenant = ? AND incident_id = ?")) {
      s.setLong(1, state.version());
      s.setInt(2, IncidentSnapshots.SCHEMA_VERSION);
      s.setString(3, json);
      s.setString(4, state.tenant().value());
      s.setString(5, state.id().value());
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO mim_snapshot (tenant, incident_id, version,"
        + " snapshot_schema, state) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, state.tenant().value());
      s.setString(2, state.id().value());
      s.setLong(3, state.version());
      s.setInt(4, IncidentSnapshots.SCHEMA_VERSION);
      s.setString(5, json);
      s.executeUpdate();
    }
  }

  /**
   * The state of {@code stored} when it can be trusted: it reads strictly, it is the incident's, of the version its
   * row says, and the stored event of that version is the last one it folded ({@code fromVersion}, the events from
   * its version on). Null otherwise, said at WARN with why: the events win.
   */
  private @Nullable IncidentState trusted(Stored stored, List<IncidentEvent> fromVersion, TenantId tenant,
      IncidentId incident) {
    String where = "the snapshot of incident " + incident + " (tenant " + tenant + ") at version " + stored.version();
    IncidentState state;
    try {
      state = form.read(stored.state());
    } catch (IllegalArgumentException e) {
      return distrusted(where, e.getMessage());
    }
    if (!tenant.equals(state.tenant()) || !incident.equals(state.id()) || state.version() != stored.version()) {
      return distrusted(where, "it holds incident " + state.id() + " (tenant " + state.tenant() + ") at version "
          + state.version());
    }
    IncidentEvent last = fromVersion.isEmpty() ? null : fromVersion.get(0);
    if (last == null || last.sequence() != stored.version() || !last.occurredAt().equals(state.lastEventAt())) {
      return distrusted(where, "it does not match the stored events: "
          + (last == null || last.sequence() != stored.version() ? "there is no event " + stored.version()
              : "event " + stored.version() + " happened at " + last.occurredAt() + ", the snapshot says "
                  + state.lastEventAt()));
    }
    return state;
  }

  /**
   * The incident from {@code stored} and the events from its version on, when the snapshot is trusted and the
   * events after it follow it; null otherwise (said at WARN), for the caller to replay every event.
   */
  @Nullable Incident resume(Stored stored, List<IncidentEvent> fromVersion, TenantId tenant, IncidentId incident) {
    IncidentState state = trusted(stored, fromVersion, tenant, incident);
    if (state == null) {
      return null;
    }
    try {
      return Incident.resume(state, fromVersion.subList(1, fromVersion.size()));
    } catch (IllegalArgumentException e) {
      distrusted("the snapshot of incident " + incident + " (tenant " + tenant + ") at version " + stored.version(),
          "the events after it do not follow it: " + e.getMessage());
      return null;
    }
  }

  private static @Nullable IncidentState distrusted(String where, String why) {
    LOG.warn("{} is not trusted, the events are replayed instead and the snapshot rewritten: {}", where, why);
    return null;
  }

  /**
   * Loads an incident from its snapshot and the events after it when the snapshot is trusted, else by replaying
   * every event (and then writing the snapshot again, when there was one); empty when the store does not hold it.
   */
  Optional<Incident> load(Connection c, EventCodec codec, TenantId tenant, IncidentId incidentId)
      throws SQLException {
    Stored stored = every > 0 ? find(c, tenant, incidentId) : null;
    if (stored != null) {
      Incident resumed = resume(stored, Rows.of(c, codec, tenant, incidentId, stored.version()), tenant, incidentId);
      if (resumed != null) {
        return Optional.of(resumed);
      }
    }
    List<IncidentEvent> events = Rows.of(c, codec, tenant, incidentId, 1);
    if (events.isEmpty()) {
      return Optional.empty();
    }
    Incident incident = Rows.replay(tenant, incidentId, events);
    if (stored != null) {
      write(c, incident.state(), of(incident.state()));
    }
    return Optional.of(incident);
  }
}
