package dev.mim.store.jdbc;

import dev.mim.core.handling.Conflict;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One append's transaction on one connection: move the incident's row from the expected version to the new one
 * (or create it at version 0) with its next due instant, insert the events at provisional positions (no row shared
 * with appends to other incidents: see {@link Positions}), write the outbox rows and the snapshot when one is due;
 * commit, or roll back everything. Or the same inside the host's transaction, committing nothing.
 */
final class Appends {

  private final Connection c;

  Appends(Connection c) {
    this.c = c;
  }

  /** The arguments of an append, checked before any SQL runs. */
  static void check(long expectedVersion, IncidentState after, List<IncidentEvent> events) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
    }
    long sequence = expectedVersion;
    for (IncidentEvent e : events) {
      sequence++;
      if (e.sequence() != sequence) {
        throw new IllegalArgumentException("the decision's events must follow version " + expectedVersion
            + ": event " + (sequence - expectedVersion) + " of incident " + e.incidentId() + " has sequence "
            + e.sequence() + ", expected " + sequence);
      }
      if (!e.incidentId().equals(after.id()) || !e.tenant().equals(after.tenant())) {
        throw new IllegalArgumentException("the decision's events must be of its incident " + after.id()
            + " (tenant " + after.tenant() + "), event " + e.sequence() + " is of incident " + e.incidentId()
            + " (tenant " + e.tenant() + ")");
      }
    }
    if (!events.isEmpty() && after.version() != sequence) {
      throw new IllegalArgumentException("the decision's state must be at version " + sequence
          + " after its events, was " + after.version());
    }
  }

  /**
   * Appends in one transaction. When it fails, the first failure is what the caller sees: a failing rollback or
   * reset of the connection (a connection that died mid-append fails all three) is added to it as suppressed.
   */
  AppendResult append(long expected, IncidentState after, List<IncidentEvent> events, List<String> payloads,
      Derived derived) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    Throwable failure = null;
    try {
      AppendResult.Appended appended = inTransaction(expected, after, events, payloads, derived);
      if (appended == null) {
        c.rollback();
        return conflict(expected, after);
      }
      c.commit();
      return appended;
    } catch (SQLException e) {
      failure = e;
      if (Transactions.rolledBack(c, e) && Rows.isUniqueViolation(e)) {
        failure = null;
        return conflict(expected, after);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      failure = e;
      Transactions.rolledBack(c, e);
      throw e;
    } finally {
      try {
        c.setAutoCommit(autoCommit);
      } catch (SQLException reset) {
        if (failure == null) {
          throw reset;
        }
        failure.addSuppressed(reset);
      }
    }
  }

  /** The append; null when the incident's row is not at the expected version. */
  private AppendResult.Appended inTransaction(long expected, IncidentState after, List<IncidentEvent> events,
      List<String> payloads, Derived derived) throws SQLException {
    String tenant = after.tenant().value();
    String incident = after.id().value();
    IncidentEvent last = events.get(events.size() - 1);
    if (expected == 0) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO mim_incident (tenant, incident_id, version, status,"
          + " is_open, updated_at, next_due_at, due_version, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, tenant);
        s.setString(2, incident);
        s.setLong(3, after.version());
        s.setString(4, after.status().name());
        s.setBoolean(5, !after.status().isTerminal());
        s.setObject(6, Rows.utc(last.occurredAt()));
        derived.setDue(s, 7);
        Priorities.set(s, 9, after);
        s.executeUpdate(); // a second creator fails on the key: a conflict
      }
    } else {
      try (PreparedStatement s = c.prepareStatement("UPDATE mim_incident SET version = ?, status = ?, is_open = ?,"
          + " updated_at = ?, next_due_at = ?, due_version = ?, priority = ? WHERE tenant = ? AND incident_id = ?"
          + " AND version = ?")) {
        s.setLong(1, after.version());
        s.setString(2, after.status().name());
        s.setBoolean(3, !after.status().isTerminal());
        s.setObject(4, Rows.utc(last.occurredAt()));
        derived.setDue(s, 5);
        Priorities.set(s, 7, after);
        s.setString(8, tenant);
        s.setString(9, incident);
        s.setLong(10, expected);
        if (s.executeUpdate() != 1) {
          return null;
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO mim_event (position, tenant, incident_id, sequence,"
        + " schema_version, fact_type, actor, occurred_at, payload) VALUES (" + Positions.PROVISIONAL
        + ", ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        IncidentEvent e = events.get(i);
        s.setString(1, tenant);
        s.setString(2, incident);
        s.setLong(3, e.sequence());
        s.setInt(4, e.schemaVersion());
        s.setString(5, e.fact().kind().name());
        s.setString(6, e.actor().value());
        s.setObject(7, Rows.utc(e.occurredAt()));
        s.setString(8, payloads.get(i));
        s.addBatch();
      }
      s.executeBatch();
    }
    if (!derived.outbox().isEmpty()) {
      Outbox.insert(c, tenant, incident, events, derived.outbox());
    }
    if (derived.snapshot() != null) {
      Snapshots.write(c, after, derived.snapshot());
    }
    return new AppendResult.Appended(after.tenant(), after.id(), after.version());
  }

  /**
   * Appends inside the host's transaction, which the connection is in: commits nothing; on a conflict or a failure,
   * undoes only its own statements (to a savepoint), so the host's transaction goes on or rolls back as the host
   * decides.
   */
  AppendResult appendInHostTransaction(long expected, IncidentState after, List<IncidentEvent> events,
      List<String> payloads, Derived derived) throws SQLException {
    if (c.getAutoCommit()) {
      throw new IllegalArgumentException("connection must be in a transaction (auto-commit off): an append on the"
          + " host's connection joins the host's transaction and commits nothing");
    }
    Savepoint before = c.setSavepoint();
    try {
      AppendResult.Appended appended = inTransaction(expected, after, events, payloads, derived);
      if (appended == null) {
        c.rollback(before);
        return conflict(expected, after, false);
      }
      return appended;
    } catch (SQLException e) {
      try {
        c.rollback(before);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
        throw e;
      }
      if (Rows.isUniqueViolation(e)) {
        return conflict(expected, after, false);
      }
      throw e;
    }
  }

  /** After the rollback: the conflict, with the version the store holds now. */
  private AppendResult.Conflict conflict(long expected, IncidentState after) throws SQLException {
    return conflict(expected, after, true);
  }

  private AppendResult.Conflict conflict(long expected, IncidentState after, boolean commit) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM mim_incident WHERE tenant = ? AND incident_id = ?")) {
      s.setString(1, after.tenant().value());
      s.setString(2, after.id().value());
      try (ResultSet r = s.executeQuery()) {
        long actual = r.next() ? r.getLong(1) : 0;
        if (commit) {
          c.commit();
        }
        return new AppendResult.Conflict(new Conflict(after.tenant(), after.id(), expected, actual));
      }
    }
  }

  /**
   * What an append writes beside the events, worked out before its transaction: the next due instant and the
   * version it was computed at (both null for a store without policies), the snapshot (null when none is due) and
   * the outbox rows (empty for a store without an outbox).
   */
  record Derived(@Nullable Instant nextDueAt, @Nullable Long dueVersion, @Nullable String snapshot,
      List<Outbox.Row> outbox) {

    void setDue(PreparedStatement s, int first) throws SQLException {
      if (nextDueAt == null) {
        s.setNull(first, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        s.setObject(first, Rows.utc(nextDueAt));
      }
      if (dueVersion == null) {
        s.setNull(first + 1, Types.BIGINT);
      } else {
        s.setLong(first + 1, dueVersion);
      }
    }
  }
}
