package dev.mim.store.jdbc;

import dev.mim.core.due.DueItems;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.TenantPolicies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The due index: {@code mim_incident.next_due_at}, the earliest instant at which anything falls due for each
 * incident under its tenant's policies, written with each append, so that a sweep reads only what is due.
 */
final class DueIndex {

  private final @Nullable TenantPolicies policies;

  /** @param policies each tenant's policies; null for a store without a due index */
  DueIndex(@Nullable TenantPolicies policies) {
    this.policies = policies;
  }

  boolean enabled() {
    return policies != null;
  }

  /**
   * The next due instant of {@code state}; null when nothing is owed. When the host's policies fail it, the incident
   * is due at its last event ({@link DueItems#nextForIndex}): an append never fails for a policy.
   */
  @Nullable Instant next(IncidentState state) {
    return DueItems.nextForIndex(state, policies).orElse(null);
  }

  /** The incidents due by {@code by}, oldest first, of one tenant or (tenant null) all. */
  static List<DueIncident> dueBy(Connection c, @Nullable TenantId tenant, Instant by, int limit)
      throws SQLException {
    String sql = "SELECT tenant, incident_id, next_due_at FROM mim_incident WHERE next_due_at <= ?"
        + (tenant == null ? "" : " AND tenant = ?") + " ORDER BY next_due_at, tenant, incident_id";
    List<DueIncident> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, Rows.utc(by));
      if (tenant != null) {
        s.setString(2, tenant.value());
      }
      s.setMaxRows(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new DueIncident(TenantId.of(r.getString(1)), IncidentId.of(r.getString(2)),
              r.getObject(3, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return out;
  }

  /** How many incidents are due by {@code by}. */
  static long countDueBy(Connection c, Instant by) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM mim_incident WHERE next_due_at <= ?")) {
      s.setObject(1, Rows.utc(by));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** An incident, by its key. */
  record Key(TenantId tenant, IncidentId incident) {}

  /** Up to {@code limit} incidents whose next due instant was not computed at their version. */
  static List<Key> stale(Connection c, int limit) throws SQLException {
    List<Key> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT tenant, incident_id FROM mim_incident"
        + " WHERE due_version IS NULL OR due_version <> version ORDER BY tenant, incident_id")) {
      s.setMaxRows(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Key(TenantId.of(r.getString(1)), IncidentId.of(r.getString(2))));
        }
      }
    }
    return out;
  }

  /** Writes the next due instant of {@code state} at its version; false when the incident moved on meanwhile. */
  boolean write(Connection c, IncidentState state) throws SQLException {
    Instant next = next(state);
    try (PreparedStatement s = c.prepareStatement("UPDATE mim_incident SET next_due_at = ?, due_version = ?"
        + " WHERE tenant = ? AND incident_id = ? AND version = ?")) {
      if (next == null) {
        s.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        s.setObject(1, Rows.utc(next));
      }
      s.setLong(2, state.version());
      s.setString(3, state.tenant().value());
      s.setString(4, state.id().value());
      s.setLong(5, state.version());
      return s.executeUpdate() == 1;
    }
  }

  /** Loads an incident for {@link #reindex}. */
  @FunctionalInterface
  interface Loader {
    Optional<Incident> load(TenantId tenant, IncidentId incident) throws SQLException;
  }

  /** Indexes every stale incident, 500 at a time, until none is left (or none of a batch could be indexed). */
  int reindex(DataSource dataSource, Loader loader) throws SQLException {
    int indexed = 0;
    while (true) {
      List<Key> stale;
      try (Connection c = dataSource.getConnection()) {
        stale = stale(c, 500);
      } catch (SQLException e) {
        throw Schema.explained(e);
      }
      int before = indexed;
      for (Key key : stale) {
        Optional<Incident> incident = loader.load(key.tenant(), key.incident());
        if (incident.isPresent()) {
          try (Connection c = dataSource.getConnection()) {
            indexed += write(c, incident.get().state()) ? 1 : 0;
          }
        }
      }
      if (stale.isEmpty() || indexed == before) {
        return indexed;
      }
    }
  }
}
