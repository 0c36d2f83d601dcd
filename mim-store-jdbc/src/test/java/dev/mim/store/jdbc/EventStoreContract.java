package dev.mim.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the store does, on any database it supports: each subclass runs it on one, real, database. */
abstract class EventStoreContract {

  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final IncidentId MI1 = IncidentId.of("MI-1");
  static final IncidentId MI2 = IncidentId.of("MI-2");
  static final PolicySet POLICIES = PolicySet.ofDefaults();

  /** Every table and sequence of every schema, and the record of migrations: an empty database. */
  static final String DROP_ALL = "DROP TABLE IF EXISTS mim_event, mim_incident, mim_position, mim_snapshot,"
      + " mim_outbox, mim_schema_history; DROP SEQUENCE IF EXISTS mim_event_append;"
      + " DROP SEQUENCE IF EXISTS mim_outbox_enqueued";

  JdbcEventStore store;

  abstract DataSource dataSource();

  @BeforeEach
  void emptySchema() throws SQLException {
    sql(DROP_ALL);
    store = JdbcEventStore.on(dataSource());
    store.installSchema();
  }

  void sql(String statement) throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** Decides each command against the incident and appends the events; returns the incident after them. */
  Incident decideAndAppend(Incident incident, List<IncidentCommand> commands) throws SQLException {
    for (IncidentCommand c : commands) {
      Incident.Step step = incident.decide(c, POLICIES);
      Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class, step.decision(), () -> c + " -> " + step.decision());
      assertTrue(store.append(incident.version(), accepted).isAppended());
      incident = step.incident();
    }
    return incident;
  }

  @Test
  void anIncidentsEventsLoadBackAsAppendedAndReplayToTheLiveState() throws SQLException {
    Incident live = decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    live = decideAndAppend(live, List.of(Commands.update(ACME, MI1, 5, "we are on it")));
    assertEquals(live.events(), store.load(ACME, MI1));
    assertEquals(live.state(), store.loadIncident(ACME, MI1).orElseThrow().state());
    assertTrue(store.loadIncident(ACME, MI2).isEmpty());
    assertTrue(store.loadIncident(GLOBEX, MI1).isEmpty(), "incidents are per tenant");
  }

  @Test
  void aStaleAppendIsAConflictNamingTheIncidentAndBothVersionsAndStoresNothing() throws SQLException {
    Incident live = decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    Incident.Step first = live.decide(Commands.update(ACME, MI1, 5, "first"), POLICIES);
    Incident.Step second = live.decide(Commands.update(ACME, MI1, 6, "second"), POLICIES);
    assertTrue(store.append(3, (Decision.Accepted) first.decision()).isAppended());
    AppendResult.Conflict conflict = assertInstanceOf(AppendResult.Conflict.class,
        store.append(3, (Decision.Accepted) second.decision()));
    assertEquals(new AppendResult.Conflict(new Conflict(ACME, MI1, 3, 4)), conflict);
    assertTrue(conflict.message().contains("MI-1") && conflict.message().contains("version 4")
        && conflict.message().contains("version 3"), conflict.message());
    assertEquals(first.incident().events(), store.load(ACME, MI1));
  }

  @Test
  void twoWritersCreatingOneIncidentCannotBothSucceed() throws SQLException {
    Incident.Step a = Incident.start().decide(Commands.declare(ACME, MI1).get(0), POLICIES);
    Incident.Step b = Incident.start().decide(Commands.declare(ACME, MI1).get(0), POLICIES);
    assertTrue(store.append(0, (Decision.Accepted) a.decision()).isAppended());
    assertEquals(new AppendResult.Conflict(new Conflict(ACME, MI1, 0, 1)), store.append(0, (Decision.Accepted) b.decision()));
    assertEquals(1, store.load(ACME, MI1).size());
  }

  @Test
  void theUniqueKeyHoldsEvenAgainstAWriterThatBypassesTheIncidentsRow() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    SQLException e = assertThrows(SQLException.class, () -> sql("INSERT INTO mim_event (position, tenant,"
        + " incident_id, sequence, schema_version, fact_type, actor, occurred_at, payload) VALUES (99, 'acme', 'MI-1',"
        + " 2, 2, 'X', 'amy', TIMESTAMP WITH TIME ZONE '2026-11-23 08:00:00+00', '{}')"));
    assertTrue(Rows.isUniqueViolation(e), e.getSQLState() + " " + e.getMessage());
  }

  @Test
  void openIncidentsAreListedPerTenantWithoutTheDowngradedOnes() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    Incident mi2 = decideAndAppend(Incident.start(), Commands.declare(ACME, MI2).subList(0, 1));
    decideAndAppend(Incident.start(), Commands.declare(GLOBEX, MI1));
    assertEquals(List.of(MI1, MI2), store.openIncidents(ACME));
    mi2 = decideAndAppend(mi2, Commands.downgrade(ACME, MI2, 3));
    assertEquals(IncidentStatus.DOWNGRADED, mi2.state().status());
    assertEquals(List.of(MI1), store.openIncidents(ACME));
    assertEquals(List.of(MI1), store.openIncidents(GLOBEX));
    assertEquals(List.of(), store.openIncidents(TenantId.of("initech")));
  }

  @Test
  void eventsAfterAPositionComeInCommitOrderWithoutGapsAndUpToTheLimit() throws SQLException {
    Incident mi1 = decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    Incident mi2 = decideAndAppend(Incident.start(), Commands.declare(GLOBEX, MI2));
    mi1 = decideAndAppend(mi1, List.of(Commands.update(ACME, MI1, 5, "update")));
    List<StoredEvent> all = store.eventsAfter(0, 100);
    assertEquals(7, all.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, all.get(i).position());
    }
    assertEquals(mi1.events().subList(0, 3), all.subList(0, 3).stream().map(StoredEvent::event).toList());
    assertEquals(mi2.events(), all.subList(3, 6).stream().map(StoredEvent::event).toList());
    assertEquals(mi1.lastEvent().orElseThrow(), all.get(6).event());
    assertEquals(all.subList(4, 6), store.eventsAfter(4, 2));
    assertEquals(List.of(), store.eventsAfter(7, 10));
  }

  @Test
  void anEventOfANewerSchemaVersionFailsClearlyNamingTheIncidentAndTheVersion() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    int newer = IncidentEvent.SCHEMA_VERSION + 1;
    sql("UPDATE mim_event SET schema_version = " + newer + " WHERE sequence = 2");
    StoredEventException e = assertThrows(StoredEventException.class, () -> store.load(ACME, MI1));
    assertTrue(e.getMessage().contains("event 2 of incident MI-1") && e.getMessage().contains("schema version " + newer)
        && e.getMessage().contains("upgrade mim"), e.getMessage());
    assertThrows(StoredEventException.class, () -> store.eventsAfter(0, 10));
  }

  @Test
  void aPayloadThatIsNotTheRowsEventOrNotAnEventIsRefused() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    sql("UPDATE mim_event SET payload = REPLACE(payload, '\"sequence\":2', '\"sequence\":3') WHERE sequence = 2");
    StoredEventException other = assertThrows(StoredEventException.class, () -> store.load(ACME, MI1));
    assertTrue(other.getMessage().contains("holds another event"), other.getMessage());
    sql("UPDATE mim_event SET payload = '{\"schemaVersion\":2}' WHERE sequence = 2");
    StoredEventException malformed = assertThrows(StoredEventException.class, () -> store.load(ACME, MI1));
    assertTrue(malformed.getMessage().contains("not a well-formed event"), malformed.getMessage());
  }

  @Test
  void aStoredHistoryTheDeciderCouldNotHaveMadeIsRefused() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    sql("DELETE FROM mim_event WHERE sequence = 2"); // the validation is gone: declared without it
    StoredEventException e = assertThrows(StoredEventException.class, () -> store.loadIncident(ACME, MI1));
    assertTrue(e.getMessage().contains("stored history of incident MI-1"), e.getMessage());
    assertThrows(StoredEventException.class, () -> store.load(ACME, MI1));
  }

  @Test
  void anAppendWhoseEventsDoNotFollowTheExpectedVersionIsRefusedBeforeAnySql() throws SQLException {
    Incident.Step step = Incident.start().decide(Commands.declare(ACME, MI1).get(0), POLICIES);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.append(4, (Decision.Accepted) step.decision()));
    assertTrue(e.getMessage().contains("sequence 1") && e.getMessage().contains("expected 5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> store.append(-1, (Decision.Accepted) step.decision()));
    assertEquals(List.of(), store.eventsAfter(0, 10));
  }

  @Test
  void installingTheSchemaAgainChangesNothing() throws SQLException {
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    store.installSchema();
    assertEquals(3, store.load(ACME, MI1).size());
    decideAndAppend(Incident.start(), Commands.declare(ACME, MI2));
    assertEquals(6, store.eventsAfter(0, 100).get(5).position());
  }

  @Test
  void theCommandHandlerRefusesWhatTheDeciderRefusesAndStoresNothingForIt() throws SQLException {
    CommandHandler<SQLException> decider = store.commandHandler(POLICIES, 3);
    for (IncidentCommand c : Commands.declare(ACME, MI1)) {
      Handled o = decider.handle(c);
      assertTrue(o.stored() && o.attempts() == 1 && o.conflicts() == 0, "" + o);
    }
    Handled stale = decider.handle(Commands.update(ACME, MI1, 5, "stale").expecting(2));
    assertFalse(stale.stored());
    assertTrue(((Handled.Refused) stale).decision()
        .has(dev.mim.core.lifecycle.ViolationCode.VERSION_CONFLICT));
    assertEquals(3, store.load(ACME, MI1).size());
  }

  @Test
  void theCommandHandlerDecidesEachTenantUnderItsOwnPolicies() throws SQLException {
    PolicySet readOnly = PolicySet.custom().authorization((actor, roles, action, incident) -> false).build();
    CommandHandler<SQLException> decider = store.commandHandler(t -> t.equals(GLOBEX) ? readOnly : POLICIES, 1);
    IncidentCommand identify = Commands.declare(ACME, MI1).get(0);
    assertTrue(decider.handle(identify).stored());
    Handled refused = decider.handle(Commands.declare(GLOBEX, MI1).get(0));
    assertFalse(refused.stored());
    assertTrue(((Handled.Refused) refused).decision()
        .has(dev.mim.core.lifecycle.ViolationCode.NOT_AUTHORIZED));
    assertEquals(List.of(), store.load(GLOBEX, MI1));
  }

  @Test
  void nullArgumentsAreRefusedNamingTheArgument() {
    for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
        () -> store.append(0, null), () -> store.load(null, MI1), () -> store.load(ACME, null),
        () -> store.loadIncident(ACME, null), () -> store.openIncidents(null), () -> JdbcEventStore.on(null),
        () -> store.commandHandler(POLICIES, 1).handle(null), () -> store.commandHandler(POLICIES, 0))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
      assertTrue(e.getMessage().matches("(decision|tenant|incidentId|dataSource|command|maxAttempts) must .*"),
          e.getMessage());
    }
  }

  @Test
  void aConnectionThatDiesMidAppendReportsWhyAndStoresNothing() throws SQLException {
    // The connection dies while the events are inserted: its rollback and reset fail too, but the caller sees the
    // first failure, with those as suppressed; nothing of the decision is stored.
    Incident incident = decideAndAppend(Incident.start(), Commands.declare(ACME, MI1));
    Incident.Step step = incident.decide(Commands.update(ACME, MI1, 30, "still down"), POLICIES);
    JdbcEventStore dying = JdbcEventStore.on(TestConnections.dyingAt(dataSource(), "INSERT INTO mim_event"));
    SQLException e = assertThrows(SQLException.class,
        () -> dying.append(incident.version(), (Decision.Accepted) step.decision()));
    assertEquals(TestConnections.CAUSE, e.getMessage());
    assertTrue(e.getSuppressed().length >= 1, () -> "suppressed: " + List.of(e.getSuppressed()));
    assertEquals(incident.version(), store.load(ACME, MI1).size());
  }

  @Test
  void forgettingTheSchemaSaysWhatToCall() throws SQLException {
    sql(DROP_ALL);
    SQLException e = assertThrows(SQLException.class, () -> store.load(ACME, MI1));
    assertTrue(e.getMessage().startsWith("mim's tables are missing from this database, or are of an earlier schema:"
        + " call JdbcEventStore.installSchema()"), e.getMessage());
    assertInstanceOf(SQLException.class, e.getCause());
    Incident.Step step = Incident.start().decide(Commands.declare(ACME, MI1).get(0), POLICIES);
    assertTrue(assertThrows(SQLException.class, () -> store.append(0, (Decision.Accepted) step.decision()))
        .getMessage().startsWith("mim's tables are missing"));
    assertTrue(assertThrows(SQLException.class, () -> store.openIncidents(ACME)).getMessage()
        .startsWith("mim's tables are missing"));
    assertTrue(assertThrows(SQLException.class, () -> store.eventsAfter(0, 10)).getMessage()
        .startsWith("mim's tables are missing"));
  }
}
