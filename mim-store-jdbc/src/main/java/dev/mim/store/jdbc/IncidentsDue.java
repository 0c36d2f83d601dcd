package dev.mim.store.jdbc;

import dev.mim.core.incident.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The due index of a {@link JdbcEventStore} made with policies ({@link JdbcEventStore#due()}): each incident's next
 * due instant, written with each append, read by a sweep. Immutable and thread-safe; each call uses its own
 * connection.
 */
public final class IncidentsDue {

  private final DataSource dataSource;
  private final DueIndex index;
  private final DueIndex.Loader loader;

  IncidentsDue(DataSource dataSource, DueIndex index, DueIndex.Loader loader) {
    this.dataSource = dataSource;
    this.index = index;
    this.loader = loader;
  }

  /**
   * The incidents of every tenant with something due by {@code by}, oldest due first.
   *
   * @param by the instant asked about (a sweep's now): an incident whose next due instant is at or before it is due
   * @param limit the most incidents to return, at least 1
   * @return the incidents, by next due instant, then tenant and id; empty when none is due
   * @throws IllegalArgumentException when {@code by} is null or {@code limit} below 1
   * @throws SQLException when the database fails; when mim's tables are missing or of an earlier schema, one that
   *     says to call {@link JdbcEventStore#installSchema()}
   */
  public List<DueIncident> before(Instant by, int limit) throws SQLException {
    return before(null, by, limit);
  }

  /**
   * One tenant's incidents with something due by {@code by}, as {@link #before(Instant, int)} reads all.
   *
   * @param tenant the tenant; null for every tenant
   * @param by the instant asked about
   * @param limit the most incidents to return, at least 1
   * @return the tenant's incidents with something due by {@code by}, oldest due first
   * @throws IllegalArgumentException when {@code by} is null or {@code limit} below 1
   * @throws SQLException as {@link #before(Instant, int)}
   */
  public List<DueIncident> before(@Nullable TenantId tenant, Instant by, int limit) throws SQLException {
    if (by == null) {
      throw new IllegalArgumentException("by must not be null");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    try (Connection c = dataSource.getConnection()) {
      return DueIndex.dueBy(c, tenant, by, limit);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /**
   * @param by an instant
   * @return how many incidents have something due by then: a gauge of what is overdue when {@code by} is now
   * @throws IllegalArgumentException when {@code by} is null
   * @throws SQLException when the database fails
   */
  public long countBefore(Instant by) throws SQLException {
    if (by == null) {
      throw new IllegalArgumentException("by must not be null");
    }
    try (Connection c = dataSource.getConnection()) {
      return DueIndex.countDueBy(c, by);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /**
   * Computes the next due instant of every incident whose index entry was not computed at its version: the rows
   * of schema 1, those written by a store without policies, and any a host's migration left. {@link
   * JdbcEventStore#installSchema()} calls it; a host that migrates with its own tool calls it once after.
   *
   * @return how many incidents were indexed
   * @throws StoredEventException when an incident to index cannot be loaded
   * @throws SQLException when the database fails
   */
  public int reindex() throws SQLException {
    return index.reindex(dataSource, loader);
  }

  @Override
  public String toString() {
    return "IncidentsDue[" + dataSource + "]";
  }
}
