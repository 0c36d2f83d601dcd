package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mim's own relay of the outbox that a store made {@linkplain JdbcEventStore#withOutbox withOutbox} writes: it hands
 * each pending message to the host's {@link OutboxPublisher}, in sequence order per incident, and marks it published.
 *
 * <ul>
 *   <li><b>Never before the commit.</b> The rows are written in the append's transaction, so a relay sees an
 *       event only once it is stored.
 *   <li><b>At least once.</b> A message is marked published in the relay's transaction after the publisher
 *       returns; when the relay or its process dies before that commits, the message is published again by a later
 *       run. Consumers drop repeats by the message's id.
 *   <li><b>In order per incident, with several relays.</b> A run claims an incident by locking its first pending
 *       row, skipping rows another relay holds ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and H2), and
 *       publishes that incident's pending rows in sequence order before committing; no other relay takes a later
 *       row of the incident while an earlier one is pending.
 * </ul>
 *
 * <p>Run it from the host's scheduler. Immutable and thread-safe; each run uses its own connection.
 */
public final class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private static final String CLAIM = "SELECT tenant, incident_id FROM mim_outbox o WHERE published_at IS NULL"
      + " AND NOT EXISTS (SELECT 1 FROM mim_outbox e WHERE e.tenant = o.tenant AND e.incident_id = o.incident_id"
      + " AND e.published_at IS NULL AND e.sequence < o.sequence)"
      + " ORDER BY enqueued FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

  private final DataSource dataSource;

  private OutboxRelay(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param dataSource the database of a store that keeps an outbox
   * @return a relay of its outbox
   * @throws IllegalArgumentException when {@code dataSource} is null
   */
  public static OutboxRelay on(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("dataSource must not be null");
    }
    return new OutboxRelay(dataSource);
  }

  /**
   * What one run did.
   *
   * @param published how many messages were published and marked
   * @param incidents how many incidents' messages were published
   * @param failure what the publisher threw, which ended the run (its message and the ones after it stay pending);
   *     null when it did not fail
   */
  public record Run(int published, int incidents, @Nullable Exception failure) {}

  /**
   * Publishes the pending messages of up to {@code maxIncidents} incidents, oldest first, each incident's in
   * sequence order and in its own transaction. A publisher that throws ends the run: the messages published before
   * it stay marked, the rest stay pending, and the failure is in the result (and logged as a WARN).
   *
   * @param publisher the host's publisher
   * @param maxIncidents how many incidents at most; at least 1
   * @param now when the run happens, written as the messages' publication time
   * @return what the run did
   * @throws IllegalArgumentException when an argument is null or {@code maxIncidents} is less than 1
   * @throws SQLException when the database fails; what the run committed before stays committed
   */
  public Run publishPending(OutboxPublisher publisher, int maxIncidents, Instant now) throws SQLException {
    if (publisher == null || now == null || maxIncidents < 1) {
      throw new IllegalArgumentException("publisher and now must not be null and maxIncidents must be at least 1,"
          + " were " + publisher + ", " + now + " and " + maxIncidents);
    }
    int published = 0;
    int incidents = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (; incidents < maxIncidents; incidents++) {
          List<OutboxMessage> pending = claim(c);
          if (pending.isEmpty()) {
            c.commit();
            break;
          }
          for (OutboxMessage m : pending) {
            try {
              publisher.publish(m);
            } catch (Exception e) {
              c.commit(); // the ones published before it stay marked
              LOG.warn("outbox publisher {} failed on message {}; it and the {} after it stay pending", publisher,
                  m.id(), pending.size() - pending.indexOf(m) - 1, e);
              return new Run(published, incidents, e);
            }
            markPublished(c, m.id(), now);
            published++;
          }
          c.commit();
        }
      } catch (SQLException | RuntimeException e) {
        Transactions.rolledBack(c, e);
        throw e;
      }
    }
    return new Run(published, incidents, null);
  }

  /**
   * How far the relay is behind: the messages stored and not yet published. A health check or a gauge reads it.
   *
   * @return how many messages are pending
   * @throws SQLException when the database fails
   */
  public long countPending() throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT COUNT(*) FROM mim_outbox WHERE published_at IS NULL"); ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /** Locks the first pending row of the oldest incident no other relay holds; that incident's pending rows. */
  private static List<OutboxMessage> claim(Connection c) throws SQLException {
    String tenant;
    String incident;
    try (PreparedStatement s = c.prepareStatement(CLAIM); ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return List.of();
      }
      tenant = r.getString(1);
      incident = r.getString(2);
    }
    List<OutboxMessage> pending = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, aggregatetype, aggregateid, type, payload, sequence"
        + " FROM mim_outbox WHERE tenant = ? AND incident_id = ? AND published_at IS NULL ORDER BY sequence")) {
      s.setString(1, tenant);
      s.setString(2, incident);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          pending.add(new OutboxMessage(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), TenantId.of(tenant), IncidentId.of(incident), r.getLong(6)));
        }
      }
    }
    return pending;
  }

  private static void markPublished(Connection c, String id, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE mim_outbox SET published_at = ? WHERE id = ?")) {
      s.setObject(1, Rows.utc(now));
      s.setString(2, id);
      s.executeUpdate();
    }
  }

  @Override
  public String toString() {
    return "OutboxRelay[" + dataSource + "]";
  }
}
