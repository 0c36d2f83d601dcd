package dev.mim.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The global positions of the events, given so that appends to different incidents never wait for each other and a
 * reader of "the events after position p" still never misses one.
 *
 * <p>An append inserts its events at provisional positions: the negatives of values drawn from the sequence
 * {@code mim_event_append}, which no transaction holds, so concurrent appends share no row. Positions are given to
 * events only once they are committed: before {@link JdbcEventStore#eventsAfter} reads, it takes the lock on
 * {@code mim_position}'s one row, gives the committed events still provisional (in the order they were appended)
 * the positions after the last one given, and commits. An append still in flight at that moment is invisible to it;
 * its events get positions above every position given so far, at a later read. So positions are gapless, grow in the
 * order they become readable, and a reader that goes on from the last position it read never misses an event.
 * Within one incident the order holds too: an append waits on the incident's row for the one before it to commit,
 * and draws its provisional positions after that.
 *
 * <p>Only readers in order meet at the row, for the time it takes to number what was committed since the last read.
 */
final class Positions {

  /** The provisional position of an event being appended, as an SQL expression (H2 and PostgreSQL). */
  static final String PROVISIONAL = "-nextval('mim_event_append')";

  /** The most events numbered in one go; a reader asking for more numbers the rest at its next read. */
  static final int BATCH = 10_000;

  private Positions() {}

  /**
   * Gives positions to the committed events that have none yet, in a transaction of its own on {@code c}.
   *
   * @return how many events were given positions
   */
  static int give(Connection c) throws SQLException {
    if (!anyProvisional(c)) {
      return 0;
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int given = giveLocked(c);
      c.commit();
      return given;
    } catch (SQLException | RuntimeException e) {
      Transactions.rolledBack(c, e);
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static boolean anyProvisional(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT position FROM mim_event WHERE position < 0")) {
      s.setMaxRows(1);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static int giveLocked(Connection c) throws SQLException {
    long last;
    try (PreparedStatement s = c.prepareStatement("SELECT last_position FROM mim_position WHERE id = 1 FOR UPDATE");
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException(
            "mim_position has no row: install the schema (JdbcEventStore.installSchema())");
      }
      last = r.getLong(1);
    }
    // read after the lock is held: every event a reader before this one numbered is numbered here too
    List<Long> provisional = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT position FROM mim_event WHERE position < 0 ORDER BY position DESC")) {
      s.setMaxRows(BATCH);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          provisional.add(r.getLong(1));
        }
      }
    }
    if (provisional.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE mim_event SET position = ? WHERE position = ?")) {
      long position = last;
      for (long p : provisional) {
        s.setLong(1, ++position);
        s.setLong(2, p);
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE mim_position SET last_position = ? WHERE id = 1")) {
      s.setLong(1, last + provisional.size());
      s.executeUpdate();
    }
    return provisional.size();
  }

  /** Up to {@code limit} events after {@code position}, in position order; call {@link #give} first. */
  static List<StoredEvent> eventsAfter(Connection c, EventCodec codec, long position, int limit)
      throws SQLException {
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(Rows.EVENT_ROWS + " WHERE position > ? ORDER BY position")) {
      s.setLong(1, position);
      s.setMaxRows(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StoredEvent(r.getLong("position"), Rows.event(r, codec)));
        }
      }
    }
    return out;
  }
}
