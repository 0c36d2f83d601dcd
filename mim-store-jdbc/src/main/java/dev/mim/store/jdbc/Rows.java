package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Stored rows back to events, trusting nothing in them; and the column values of instants. */
final class Rows {

  /** The columns {@link #event} reads. */
  static final String EVENT_ROWS =
      "SELECT position, tenant, incident_id, sequence, schema_version, payload FROM mim_event";

  private Rows() {}

  /**
   * The event of the current row (columns position, tenant, incident_id, sequence, schema_version, payload): its
   * schema version one this release reads, its payload a well-formed event, and that event the row's.
   */
  static IncidentEvent event(ResultSet r, EventCodec codec) throws SQLException {
    long position = r.getLong("position");
    String tenant = r.getString("tenant");
    String incident = r.getString("incident_id");
    long sequence = r.getLong("sequence");
    int schemaVersion = r.getInt("schema_version");
    String where = "event " + sequence + " of incident " + incident + " (tenant " + tenant
        + (position > 0 ? ", position " + position : ", no position given yet") + ")";
    if (schemaVersion > IncidentEvent.SCHEMA_VERSION || schemaVersion < 1) {
      throw new StoredEventException(where + " has schema version " + schemaVersion + "; this release of mim reads"
          + " versions 1 to " + IncidentEvent.SCHEMA_VERSION + (schemaVersion > IncidentEvent.SCHEMA_VERSION
          ? ": it was written by a newer mim, upgrade mim to read it" : ""));
    }
    IncidentEvent event;
    try {
      event = codec.read(r.getString("payload"));
    } catch (IllegalArgumentException e) {
      throw new StoredEventException(where + " is not a well-formed event: " + e.getMessage(), e);
    }
    if (event.schemaVersion() != schemaVersion || !event.tenant().value().equals(tenant)
        || !event.incidentId().value().equals(incident) || event.sequence() != sequence) {
      throw new StoredEventException(where + " holds another event: schema version " + event.schemaVersion()
          + ", tenant " + event.tenant() + ", incident " + event.incidentId() + ", sequence " + event.sequence());
    }
    return event;
  }

  /** The incident the events loaded for it give, when they are a history the decider could have made. */
  static Incident replay(TenantId tenant, IncidentId incident, List<IncidentEvent> events) {
    try {
      return Incident.replay(events);
    } catch (IllegalArgumentException e) {
      throw new StoredEventException("the stored history of incident " + incident + " (tenant " + tenant
          + ") could not have been decided: " + e.getMessage(), e);
    }
  }

  /** The incident's events from sequence {@code from} on, as stored, each checked, the history not yet. */
  static List<IncidentEvent> of(Connection c, EventCodec codec, TenantId tenant, IncidentId incidentId, long from)
      throws SQLException {
    List<IncidentEvent> events = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        EVENT_ROWS + " WHERE tenant = ? AND incident_id = ? AND sequence >= ? ORDER BY sequence")) {
      s.setString(1, tenant.value());
      s.setString(2, incidentId.value());
      s.setLong(3, from);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(Rows.event(r, codec));
        }
      }
    }
    return events;
  }

  /** The instant of an event as the column's type. */
  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  /** Whether the failure is a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL alike). */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The tenant's incidents that are neither closed nor downgraded, by id. */
  static List<IncidentId> open(Connection c, TenantId tenant) throws SQLException {
    List<IncidentId> open = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT incident_id FROM mim_incident WHERE tenant = ? AND is_open = TRUE ORDER BY incident_id")) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          open.add(IncidentId.of(r.getString(1)));
        }
      }
    }
    return open;
  }
}
