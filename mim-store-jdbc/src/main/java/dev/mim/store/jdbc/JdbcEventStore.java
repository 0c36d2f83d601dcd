package dev.mim.store.jdbc;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.jackson.IncidentCloudEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * mim's incidents stored as events over plain JDBC (H2 and PostgreSQL tested), in the tables of
 * {@link #schemaSql()}. Thread-safe: it holds only the data source and its settings, and takes a connection per
 * call.
 *
 * <p>Cost that does not grow with an incident's history: every {@linkplain #withSnapshotsEvery N events} (10
 * unless told: measured, a command then costs a third of what it costs at 100 on H2, two thirds on PostgreSQL) an
 * append also writes the snapshot of the incident's state (mim-jackson's {@code IncidentSnapshots}) in its
 * transaction, and loading an incident reads that snapshot and the events after it. A snapshot that does not
 * read, is of a newer schema or does not match the events stored beside it is not trusted: the events are replayed,
 * the store says so at WARN and writes the snapshot again. A store made {@linkplain #on(DataSource, TenantPolicies)
 * with the tenants' policies} also keeps a due index: each append writes the earliest instant at which anything
 * falls due for the incident ({@link dev.mim.core.due.DueItems#next}), and {@link #due()} reads the incidents
 * with something due without loading the others.
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

  /** Snapshots are written every this many events unless told: {@value}. */
  public static final int DEFAULT_SNAPSHOT_EVERY = 10;

  /** The most events apart snapshots may be written: {@value}. */
  public static final int MAX_SNAPSHOT_EVERY = 1_000_000;

  private final DataSource dataSource;
  private final EventCodec codec = new EventCodec();
  private final DueIndex due;
  private final Snapshots snapshots;
  private final @Nullable IncidentCloudEvents outbox;

  private JdbcEventStore(DataSource dataSource, DueIndex due, Snapshots snapshots,
      @Nullable IncidentCloudEvents outbox) {
    this.dataSource = dataSource;
    this.due = due;
    this.snapshots = snapshots;
    this.outbox = outbox;
  }

  /**
   * A store without a due index: {@link #due()} refuses; everything else as {@link #on(DataSource,
   * TenantPolicies)}.
   *
   * @param dataSource where the tables are (installed by {@link #installSchema()} or by the host's migrations)
   * @return a store on it
   * @throws IllegalArgumentException when {@code dataSource} is null
   */
  public static JdbcEventStore on(DataSource dataSource) {
    notNull("dataSource", dataSource);
    return new JdbcEventStore(dataSource, new DueIndex(null), new Snapshots(DEFAULT_SNAPSHOT_EVERY), null);
  }

  /**
   * A store that keeps a due index under each tenant's policies.
   *
   * @param dataSource where the tables are
   * @param policies each tenant's policies (a {@link dev.mim.core.spi.PolicySet PolicySet} gives the same to every
   *     tenant); a policy that fails makes the incident due at its last event, so that a sweep looks at it
   * @return a store on it
   * @throws IllegalArgumentException when an argument is null
   */
  public static JdbcEventStore on(DataSource dataSource, TenantPolicies policies) {
    notNull("dataSource", dataSource);
    notNull("policies", policies);
    return new JdbcEventStore(dataSource, new DueIndex(policies), new Snapshots(DEFAULT_SNAPSHOT_EVERY), null);
  }

  /**
   * @param events how many events apart the snapshots are written: from 1 to {@link #MAX_SNAPSHOT_EVERY}, or 0 for
   *     none (loading then replays every event)
   * @return a copy of this store with that setting
   * @throws IllegalArgumentException when {@code events} is out of range
   */
  public JdbcEventStore withSnapshotsEvery(int events) {
    if (events < 0 || events > MAX_SNAPSHOT_EVERY) {
      throw new IllegalArgumentException("events must be from 0 to " + MAX_SNAPSHOT_EVERY + ", was " + events);
    }
    return new JdbcEventStore(dataSource, due, new Snapshots(events), outbox);
  }

  /**
   * A store that writes each event it appends to the outbox ({@code mim_outbox}) as well, in the same transaction,
   * as a CloudEvent of {@code cloudEvents}: for Debezium's outbox event router or mim's {@link OutboxRelay}.
   *
   * @param cloudEvents the CloudEvents form of the events, with the host's source
   * @return a copy of this store with an outbox
   * @throws IllegalArgumentException when {@code cloudEvents} is null
   */
  public JdbcEventStore withOutbox(IncidentCloudEvents cloudEvents) {
    notNull("cloudEvents", cloudEvents);
    return new JdbcEventStore(dataSource, due, snapshots, cloudEvents);
  }

  /**
   * @return the schema's SQL as shipped in the jar: every migration ({@code dev/mim/store/jdbc/migration/
   *     V<n>__<name>.sql}, the naming Flyway reads) in order, statements separated by semicolons at the end of a
   *     line, comments from {@code --}; for hosts that run their own migrations
   */
  public static String schemaSql() {
    return Schema.sql();
  }

  /**
   * Brings the database to this release's schema: applies the migrations not yet recorded in
   * {@code mim_schema_history}, in order, and records each; a database of schema 1 installed before migrations were
   * recorded upgrades too. Then fills the priority of incidents written before schema 5 kept it, and, on a store
   * with a due index, computes the next due instant of every incident that has none computed at its version ({@link
   * IncidentsDue#reindex()}). Running it again changes nothing.
   *
   * @throws SQLException when the database refuses a statement
   * @throws StoredEventException when an incident to index cannot be loaded
   */
  public void installSchema() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Schema.migrate(c, Instant.now());
    }
    Priorities.fill(dataSource, this::loadIncident);
    if (due.enabled()) {
      due().reindex();
    }
  }

  /**
   * Stores the events of an accepted decision, all or none.
   *
   * @param expectedVersion the incident's version the decision was made on (0 for a new incident)
   * @param decision the decision; its events must be numbered from {@code expectedVersion + 1} on, and its state
   *     be the state after them
   * @return {@link AppendResult.Appended} with the new version, or
   *     {@link AppendResult.Conflict} (nothing stored) when the store holds the incident at another version; a
   *     decision without events is appended as nothing, at {@code expectedVersion}, without reading the store
   * @throws IllegalArgumentException when an argument is null, the version negative, or the events do not follow
   *     {@code expectedVersion} or belong to another incident than the decision's state
   * @throws SQLException when the database fails (other than by the conflict): the first failure, with a failed
   *     rollback or connection reset suppressed in it; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public AppendResult append(long expectedVersion, Decision.Accepted decision) throws SQLException {
    AppendBatch batch = batch(expectedVersion, decision);
    if (batch.events().isEmpty()) {
      return batch.nothing();
    }
    try (Connection c = dataSource.getConnection()) {
      return new Appends(c).append(expectedVersion, batch.after(), batch.events(), batch.payloads(), batch.derived());
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /**
   * Appends as {@link #append(long, Decision.Accepted)} does, on the host's connection and inside the transaction it
   * is in: nothing is committed or rolled back but the append's own statements (to a savepoint, on a conflict or a
   * failure), so the events are stored when the host commits and not at all when it rolls back. Use it to store a
   * decision atomically with the host's own writes (the ticket that caused the command, for example).
   *
   * @param connection the host's connection, in a transaction (auto-commit off), on the database of this store
   * @param expectedVersion the incident's version the decision was made on (0 for a new incident)
   * @param decision the decision
   * @return as {@link #append(long, Decision.Accepted)}; after a {@link AppendResult.Conflict}, the host's
   *     transaction is as it was before the call
   * @throws IllegalArgumentException as {@link #append(long, Decision.Accepted)}, and when {@code connection} is
   *     null or in auto-commit mode
   * @throws SQLException when the database fails; the append's own statements are undone
   */
  public AppendResult append(Connection connection, long expectedVersion, Decision.Accepted decision)
      throws SQLException {
    notNull("connection", connection);
    AppendBatch batch = batch(expectedVersion, decision);
    if (batch.events().isEmpty()) {
      return batch.nothing();
    }
    try {
      return new Appends(connection).appendInHostTransaction(expectedVersion, batch.after(), batch.events(),
          batch.payloads(), batch.derived());
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  private AppendBatch batch(long expectedVersion, Decision.Accepted decision) {
    notNull("decision", decision);
    return AppendBatch.of(expectedVersion, decision, codec, due, snapshots, outbox);
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
    notNull("tenant", tenant);
    notNull("incidentId", incidentId);
    try (Connection c = dataSource.getConnection()) {
      List<IncidentEvent> events = Rows.of(c, codec, tenant, incidentId, 1);
      Rows.replay(tenant, incidentId, events);
      return events;
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
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
    notNull("tenant", tenant);
    notNull("incidentId", incidentId);
    try (Connection c = dataSource.getConnection()) {
      return snapshots.load(c, codec, tenant, incidentId);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
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
   * The due index of this store: which incidents have something due, for a sweep.
   *
   * @return the index's queries
   * @throws IllegalStateException when this store was made without policies, so keeps no due index
   */
  public IncidentsDue due() {
    requireDueIndex();
    return new IncidentsDue(dataSource, due, this::loadIncident);
  }

  /**
   * @param tenant the tenant whose incidents to count; null for every tenant
   * @return how many open incidents there are at each priority (a priority with none is left out), as written with
   *     each append: a gauge of the incidents in hand
   * @throws SQLException when the database fails; when mim's tables are missing, one that says to call
   *     {@link #installSchema()}
   */
  public SortedMap<Priority, Long> openIncidentsByPriority(@Nullable TenantId tenant) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Priorities.open(c, tenant);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
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
    try (Connection c = dataSource.getConnection()) {
      return Rows.open(c, tenant);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  /**
   * Reads the store's events after a position, in position order, for projections and metrics: every event of
   * every tenant, each checked as one event (not as part of its history). Events get their position here, when
   * first read, once committed: those committed since the last read are given the positions after the last one
   * given, so positions are gapless, an append still in flight gets a later one, and a reader that goes on from the
   * last position it read never misses an event. Appends do not wait for readers, nor for each other. Giving
   * positions writes: the connection must be one that may update {@code mim_event}.
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
    try (Connection c = dataSource.getConnection()) {
      Positions.give(c);
      return Positions.eventsAfter(c, codec, position, limit);
    } catch (SQLException e) {
      throw Schema.explained(e);
    }
  }

  private void requireDueIndex() {
    if (!due.enabled()) {
      throw new IllegalStateException("this store keeps no due index: make it with JdbcEventStore.on(dataSource, "
          + "policies)");
    }
  }

  private static void notNull(String name, @Nullable Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

}
