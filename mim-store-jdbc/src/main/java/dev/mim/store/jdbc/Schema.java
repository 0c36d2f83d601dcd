package dev.mim.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema as numbered migrations in the jar ({@code dev/mim/store/jdbc/migration/V<n>__<name>.sql}, the naming
 * Flyway reads), applied in order and recorded in {@code mim_schema_history}, so that a database of an earlier
 * schema upgrades. Every statement of every migration may be run again, so a database installed before migrations
 * were recorded (schema 1, no history table) upgrades too.
 */
final class Schema {

  /** A migration: its number and its file's name. */
  record Migration(int version, String file) {

    /** @return the file's statements */
    List<String> statements() {
      return Schema.statements(sql());
    }

    String sql() {
      try (InputStream in = Schema.class.getResourceAsStream("migration/" + file)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no migration/" + file + " beside JdbcEventStore");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration/" + file, e);
      }
    }
  }

  /** Every migration, in order; the last one's version is the schema this release writes. */
  static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "V1__events.sql"),
      new Migration(2, "V2__snapshots_and_due_index.sql"),
      new Migration(3, "V3__appends_without_a_shared_row.sql"),
      new Migration(4, "V4__outbox.sql"),
      new Migration(5, "V5__incident_priority.sql"));

  private static final String HISTORY = "CREATE TABLE IF NOT EXISTS mim_schema_history ("
      + " version INTEGER NOT NULL PRIMARY KEY, file VARCHAR(200) NOT NULL,"
      + " installed_at TIMESTAMP WITH TIME ZONE NOT NULL)";

  private Schema() {}

  /** @return every migration's SQL, in order */
  static String sql() {
    StringBuilder out = new StringBuilder();
    for (Migration m : MIGRATIONS) {
      out.append(m.sql()).append('\n');
    }
    return out.toString();
  }

  /**
   * Applies the migrations not recorded yet, each in its own transaction where the database allows it, and records
   * each.
   *
   * @return the versions applied, in order; empty when the database was up to date
   */
  static List<Integer> migrate(Connection c, Instant now) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(HISTORY);
    }
    Set<Integer> applied = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM mim_schema_history")) {
      while (r.next()) {
        applied.add(r.getInt(1));
      }
    }
    List<Integer> done = new ArrayList<>();
    for (Migration m : MIGRATIONS) {
      if (applied.contains(m.version())) {
        continue;
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement(); PreparedStatement record = c.prepareStatement(
          "INSERT INTO mim_schema_history (version, file, installed_at) VALUES (?, ?, ?)")) {
        for (String statement : m.statements()) {
          s.execute(statement);
        }
        record.setInt(1, m.version());
        record.setString(2, m.file());
        record.setObject(3, Rows.utc(now));
        record.executeUpdate();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        Transactions.rolledBack(c, e);
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
      done.add(m.version());
    }
    return done;
  }

  /**
   * A failure for want of mim's tables, columns or sequence (SQLSTATE 42S02 to 42S04, 42S22 and 90036 on H2, 42P01
   * and 42703 on PostgreSQL), said with what to
   * call, the database's own failure as its cause; any other failure as it is.
   */
  static SQLException explained(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (Set.of("42S02", "42S03", "42S04", "42P01", "42S22", "42703", "90036").contains(x.getSQLState())) {
        return new SQLException("mim's tables are missing from this database, or are of an earlier schema: call "
            + "JdbcEventStore.installSchema(), or run the migrations of JdbcEventStore.schemaSql() with your own "
            + "tool (" + x.getMessage() + ")", x.getSQLState(), e);
      }
    }
    return e;
  }

  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("the schema's last statement has no closing semicolon: " + current);
    }
    return out;
  }
}
