package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.priority.Priority;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Each incident's priority in {@code mim_incident.priority} (schema 5): written, filled in, counted. */
final class Priorities {

  private Priorities() {}

  /** Sets parameter {@code index} to the incident's priority level; null before it is classified. */
  static void set(PreparedStatement s, int index, IncidentState state) throws SQLException {
    if (state.classification() == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, state.classification().priority().level());
    }
  }

  /** The open incidents by priority, of {@code tenant} or of every tenant; an incident not yet classified has none. */
  static SortedMap<Priority, Long> open(Connection c, @Nullable TenantId tenant) throws SQLException {
    SortedMap<Priority, Long> counts = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT priority, COUNT(*) FROM mim_incident WHERE is_open = TRUE"
        + " AND priority IS NOT NULL" + (tenant == null ? "" : " AND tenant = ?") + " GROUP BY priority")) {
      if (tenant != null) {
        s.setString(1, tenant.value());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(Priority.of(r.getInt(1)), r.getLong(2));
        }
      }
    }
    return counts;
  }

  /** Fills the priority of the rows written before it was kept, loading each; how many were filled. */
  static int fill(DataSource dataSource, DueIndex.Loader loader) throws SQLException {
    List<Map.Entry<TenantId, IncidentId>> missing = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT tenant, incident_id FROM mim_incident WHERE priority IS NULL");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        missing.add(Map.entry(TenantId.of(r.getString(1)), IncidentId.of(r.getString(2))));
      }
    }
    int filled = 0;
    for (Map.Entry<TenantId, IncidentId> key : missing) {
      Optional<Incident> incident = loader.load(key.getKey(), key.getValue());
      if (incident.isPresent() && incident.get().state().classification() != null) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
            "UPDATE mim_incident SET priority = ? WHERE tenant = ? AND incident_id = ? AND version = ?")) {
          IncidentState state = incident.get().state();
          set(s, 1, state);
          s.setString(2, key.getKey().value());
          s.setString(3, key.getValue().value());
          s.setLong(4, state.version());
          filled += s.executeUpdate();
        }
      }
    }
    return filled;
  }
}
