package dev.mim.store.jdbc;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Conflict;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.spi.TenantPolicies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * mim's incidents stored as events over plain JDBC (H2 and PostgreSQL tested), in the tables of
 * {@link #schemaSql()}. Thread-safe: it holds only the data source, and takes a connection per call.
 *
 * <p>Writing: {@link #append} stores all the events of one accepted decision in one transaction, only if the
 * incident is still at the version the decision was made on; otherwise it stores nothing and returns a
 * {@link AppendResult.Conflict}. Two writers racing on one incident can never both succeed: the incident's row is
 * updated only at the expected version, and a unique key on (tenant, incident, sequence) holds even against a
 * writer that bypasses it. As an {@link IncidentStore} it serves a {@link CommandHandler}:
 * {@link #commandHandler} makes one that backs off between attempts.
 *
 * <p>Reading: stored rows are untrusted input. {@link #load} refuses an event of a schema version newer than this
 * release reads, a payload that is not a well-formed event or not the row's event, and a history the decider could
 * not have made (as {@link dev.mim.core.lifecycle.IncidentDecider#replay} refuses it), with a
 * {@link StoredEventException} naming the incident and the event.
 */
public final class JdbcEventStore implements IncidentStore<SQLException> {

  private static final String SCHEMA_RESOURCE = "schema.sql";

  /** The columns {@link Rows#event} reads. */
  private static final String EVENT_ROWS =
      "SELECT position, tenant, incident_id, sequence, schema_version, payload FROM mim_event";

  private final DataSource dataSource;
  private final EventCodec codec = new EventCodec();

  private JdbcEventStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param dataSource where the tables are (installed by {@link #installSchema()} or by the host's migrations)
   * @return a store on it
   * @throws IllegalArgumentException when {@code dataSource} is null
   */
  public static JdbcEventStore on(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("dataSource must not be null");
    }
    return new JdbcEventStore(dataSource);
  }

  /**
   * @return the schema's SQL as shipped in the jar ({@code dev/mim/store/jdbc/schema.sql}): statements separated by
   *     semicolons at the end of a line, comments from {@code --}; for hosts that run their own migrations
   */
  public static String schemaSql() {
    try (InputStream in = JdbcEventStore.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + SCHEMA_RESOURCE + " beside JdbcEventStore");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Creates the tables that do not exist yet; running it again changes nothing.
   *
   * @throws SQLException when the database refuses a statement
   */
  public void installSchema() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : Schema.statements(schemaSql())) {
        s.execute(statement);
      }
    }
  }

  /**
   * Stores the events of an accepted decision, all or none.
   *
   * @param expectedVersion the incident's version the decision was made on (0 for a new incident)
   * @param decision the decision; its events must be numbered from {@code expectedVersion + 1} on, and its state
   *     be the state after them
   * @return {@link AppendResult.Appended} with the new version and the last position, or
   *     {@link AppendResult.Conflict} (nothing stored) when the store holds the incident at another version; a
   *     decision without events is appended as nothing, at {@code expectedVersion}, without reading the store
   * @throws IllegalArgumentException when an argument is null, the version negative, or the events do not follow
   *     {@code expectedVersion} or belong to another incident than the decision's state
   * @throws SQLException when the database fails (other than by the conflict): the first failure, with a failed
   *     rollback or connection reset suppressed in it; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public AppendResult append(long expectedVersion, Decision.Accepted decision) throws SQLException {
    notNull("decision", decision);
    IncidentState after = decision.state();
    List<IncidentEvent> events = decision.events();
    Appends.check(expectedVersion, after, events);
    if (events.isEmpty()) {
      return new AppendResult.Appended(after.tenant(), after.id(), expectedVersion, 0);
    }
    List<String> payloads = new ArrayList<>(events.size());
    for (IncidentEvent e : events) {
      payloads.add(codec.write(e));
    }
    try (Connection c = dataSource.getConnection()) {
      return new Appends(c).append(expectedVersion, after, events, payloads);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /**
   * Loads an incident's events, oldest first, each checked.
   *
   * @param tenant the tenant
   * @param incidentId the incident
   * @return its events; empty when the store does not hold it
   * @throws IllegalArgumentException when an argument is null
   * @throws StoredEventException when a stored event cannot be read back or the history could not have been made
   * @throws SQLException when the database fails; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public List<IncidentEvent> load(TenantId tenant, IncidentId incidentId) throws SQLException {
    List<IncidentEvent> events = rows(tenant, incidentId);
    Rows.replay(tenant, incidentId, events);
    return events;
  }

  /** The incident's events as stored, each checked, the history not yet. */
  private List<IncidentEvent> rows(TenantId tenant, IncidentId incidentId) throws SQLException {
    notNull("tenant", tenant);
    notNull("incidentId", incidentId);
    List<IncidentEvent> events = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        EVENT_ROWS + " WHERE tenant = ? AND incident_id = ? ORDER BY sequence")) {
      s.setString(1, tenant.value());
      s.setString(2, incidentId.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(Rows.event(r, codec));
        }
      }
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
    return events;
  }

  /**
   * Loads an incident: its events replayed, checked as replay checks them.
   *
   * @param tenant the tenant
   * @param incidentId the incident
   * @return the incident; empty when the store does not hold it
   * @throws IllegalArgumentException when an argument is null
   * @throws StoredEventException as {@link #load}
   * @throws SQLException when the database fails; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public Optional<Incident> loadIncident(TenantId tenant, IncidentId incidentId) throws SQLException {
    List<IncidentEvent> events = rows(tenant, incidentId);
    return events.isEmpty() ? Optional.empty() : Optional.of(Rows.replay(tenant, incidentId, events));
  }

  /**
   * The incident as {@link #loadIncident} loads it, for a {@link CommandHandler}.
   *
   * @return the incident; {@link Incident#start()} when the store does not hold it
   * @throws IllegalArgumentException when an argument is null
   * @throws StoredEventException as {@link #load}
   * @throws SQLException as {@link #loadIncident}
   */
  @Override
  public Incident incident(TenantId tenant, IncidentId incident) throws SQLException {
    return loadIncident(tenant, incident).orElse(Incident.start());
  }

  /**
   * Appends as {@link #append} does, for a {@link CommandHandler}.
   *
   * @return empty when stored; the conflict when the store holds the incident at another version
   * @throws IllegalArgumentException as {@link #append}
   * @throws SQLException as {@link #append}
   */
  @Override
  public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) throws SQLException {
    if (append(expectedVersion, decision) instanceof AppendResult.Conflict c) {
      return Optional.of(c.conflict());
    }
    return Optional.empty();
  }

  /**
   * A command handler on this store that backs off by {@link JitteredBackoff#DEFAULT} between attempts.
   *
   * @param policies each tenant's policies to decide with (a {@link dev.mim.core.spi.PolicySet PolicySet} gives
   *     the same to every tenant)
   * @param maxAttempts how many times a command is decided at most when other writers keep appending first
   * @return the handler
   * @throws IllegalArgumentException when {@code policies} is null or {@code maxAttempts} below 1
   */
  public CommandHandler<SQLException> commandHandler(TenantPolicies policies, int maxAttempts) {
    return CommandHandler.of(this, policies, maxAttempts).pausingBetweenAttempts(JitteredBackoff.DEFAULT);
  }

  /**
   * @param tenant the tenant
   * @return the tenant's incidents that are neither closed nor downgraded, by id
   * @throws IllegalArgumentException when {@code tenant} is null
   * @throws SQLException when the database fails; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public List<IncidentId> openIncidents(TenantId tenant) throws SQLException {
    notNull("tenant", tenant);
    List<IncidentId> open = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT incident_id FROM mim_incident WHERE tenant = ? AND is_open = TRUE ORDER BY incident_id")) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          open.add(IncidentId.of(r.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
    return open;
  }

  /**
   * Reads the store's events after a position, in position order, for projections and metrics: every event of
   * every tenant, each checked as one event (not as part of its history). Positions are given in commit order,
   * so a reader that goes on from the last position it read never misses an event.
   *
   * @param position the last position already read (0 for the beginning)
   * @param limit the most events to return, at least 1
   * @return up to {@code limit} events after {@code position}; empty when there are none
   * @throws IllegalArgumentException when {@code position} is negative or {@code limit} below 1
   * @throws StoredEventException when a stored event cannot be read back
   * @throws SQLException when the database fails; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public List<StoredEvent> eventsAfter(long position, int limit) throws SQLException {
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative, was " + position);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<StoredEvent> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        EVENT_ROWS + " WHERE position > ? ORDER BY position")) {
      s.setLong(1, position);
      s.setMaxRows(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StoredEvent(r.getLong("position"), Rows.event(r, codec)));
        }
      }
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
    return out;
  }

  private static void notNull(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /** The instant of an event as the column's type. */
  static OffsetDateTime utc(java.time.Instant at) {
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
}
