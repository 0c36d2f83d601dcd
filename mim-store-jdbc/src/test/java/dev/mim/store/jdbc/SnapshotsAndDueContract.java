package dev.mim.store.jdbc;

import static dev.mim.store.jdbc.EventStoreContract.ACME;
import static dev.mim.store.jdbc.EventStoreContract.DROP_ALL;
import static dev.mim.store.jdbc.EventStoreContract.GLOBEX;
import static dev.mim.store.jdbc.EventStoreContract.MI1;
import static dev.mim.store.jdbc.EventStoreContract.MI2;
import static dev.mim.store.jdbc.EventStoreContract.POLICIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.jackson.IncidentSnapshots;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots and the due index, on each database the store is tested on. */
abstract class SnapshotsAndDueContract {

  JdbcEventStore store;

  abstract DataSource dataSource();

  @BeforeEach
  void emptySchema() throws SQLException {
    sql(DROP_ALL);
    store = JdbcEventStore.on(dataSource(), POLICIES).withSnapshotsEvery(3);
    store.installSchema();
    RecordingLogs.clear();
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** Declared (3 events) and then {@code updates} stakeholder updates, one a minute. */
  private Incident declaredWithUpdates(JdbcEventStore on, TenantId tenant, IncidentId id, int minute, int updates)
      throws SQLException {
    CommandHandler<SQLException> handler = on.commandHandler(POLICIES, 3);
    for (IncidentCommand c : Commands.declare(tenant, id)) {
      assertTrue(handler.handle(shifted(c, minute)).stored());
    }
    for (int i = 0; i < updates; i++) {
      assertTrue(handler.handle(Commands.update(tenant, id, minute + 3 + i, "update " + i)).stored());
    }
    return on.loadIncident(tenant, id).orElseThrow();
  }

  private static IncidentCommand shifted(IncidentCommand c, int minutes) {
    return IncidentCommand.of(c.tenant(), c.incidentId(), c.actor(), c.occurredAt().plus(Duration.ofMinutes(minutes)),
        c.action());
  }

  private long snapshotVersion(TenantId tenant, IncidentId id) throws SQLException {
    try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT version FROM mim_snapshot WHERE tenant = ? AND incident_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : -1;
      }
    }
  }

  @Test
  void anIncidentLoadsFromItsLatestSnapshotAndTheEventsAfterIt() throws SQLException {
    Incident loaded = declaredWithUpdates(store, ACME, MI1, 0, 4);
    assertEquals(6, snapshotVersion(ACME, MI1), "a snapshot every 3 events: the latest at version 6");
    assertEquals(Incident.replay(store.load(ACME, MI1)).state(), loaded.state());
    assertEquals(List.of(7L), loaded.events().stream().map(e -> e.sequence()).toList(),
        "loaded from the snapshot, it holds only the event after it");
    JdbcEventStore without = store.withSnapshotsEvery(0);
    assertEquals(7, without.loadIncident(ACME, MI1).orElseThrow().events().size(), "no snapshots: every event");
    assertTrue(RecordingLogs.warnings().isEmpty(), RecordingLogs.warnings().toString());
  }

  @Test
  void aSnapshotThatIsNotTheEventsIsNotTrustedTheEventsWinAndItIsWrittenAgain() throws SQLException {
    declaredWithUpdates(store, ACME, MI1, 0, 4);
    IncidentState truth = Incident.replay(store.load(ACME, MI1)).state();
    List<UnaryOperator<String>> tamperings = List.of(
        json -> json.replace("\"snapshotSchema\":1", "\"snapshotSchema\":2"),
        json -> json.replace("\"lastEventAt\":\"2026-11-23T08:05:00Z\"", "\"lastEventAt\":\"2026-11-23T08:04:30Z\""),
        json -> json.replace("\"version\":6", "\"version\":5"),
        json -> "{\"snapshotSchema\":1,\"state\":");
    for (UnaryOperator<String> tamper : tamperings) {
      RecordingLogs.clear();
      try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
        String json;
        try (ResultSet r = s.executeQuery("SELECT state FROM mim_snapshot")) {
          r.next();
          json = r.getString(1);
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE mim_snapshot SET state = ?, version = 6")) {
          u.setString(1, tamper.apply(json.contains("\"version\":7") ? rewoundTo6(json) : json));
          u.executeUpdate();
        }
      }
      assertEquals(truth, store.loadIncident(ACME, MI1).orElseThrow().state());
      assertEquals(1, RecordingLogs.warnings().size(), RecordingLogs.records().toString());
      assertTrue(RecordingLogs.warnings().get(0).message().startsWith(
          "the snapshot of incident MI-1 (tenant acme) at version 6 is not trusted, the events are replayed instead"),
          RecordingLogs.warnings().get(0).message());
      assertEquals(7, snapshotVersion(ACME, MI1), "written again, at the incident's version");
      assertEquals(truth, store.loadIncident(ACME, MI1).orElseThrow().state());
    }
    assertEquals(1, RecordingLogs.warnings().size(), "the rewritten snapshot is trusted");
  }

  /** The snapshot at version 6 of this test's incident, from the one at 7 a previous round wrote again. */
  private String rewoundTo6(String json) throws SQLException {
    List<dev.mim.core.incident.IncidentEvent> events = store.load(ACME, MI1);
    return IncidentSnapshots.create().write(Incident.replay(events.subList(0, 6)).state());
  }

  @Test
  void theDueIndexHoldsEachIncidentsNextDueInstantAndASweepReadsOnlyWhatIsDue() throws SQLException {
    Incident first = declaredWithUpdates(store, ACME, MI1, 0, 0);
    declaredWithUpdates(store, GLOBEX, MI1, 10, 0);
    declaredWithUpdates(store, ACME, MI2, 20, 0);
    Instant firstDue = first.state().declaredAt().plus(Duration.ofMinutes(15)); // P1: first notice in 15 minutes
    assertEquals(List.of(), store.due().before(firstDue.minusSeconds(1), 10));
    assertEquals(List.of(new DueIncident(ACME, MI1, firstDue)), store.due().before(firstDue, 10));
    Instant later = firstDue.plus(Duration.ofMinutes(20));
    assertEquals(List.of(new DueIncident(ACME, MI1, firstDue),
        new DueIncident(GLOBEX, MI1, firstDue.plus(Duration.ofMinutes(10))),
        new DueIncident(ACME, MI2, firstDue.plus(Duration.ofMinutes(20)))), store.due().before(later, 10));
    assertEquals(2, store.due().before(later, 2).size(), "up to the limit, oldest first");
    assertEquals(List.of(MI1, MI2), store.due().before(ACME, later, 10).stream().map(DueIncident::incident).toList());
    // Answering every audience's first notice moves the next due to the executives' next update.
    CommandHandler<SQLException> handler = store.commandHandler(POLICIES, 3);
    for (Audience a : List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK, Audience.AFFECTED_CUSTOMERS)) {
      assertTrue(handler.handle(Commands.command(ACME, MI1, 5, new CommunicationAction.RecordStakeholderUpdate(
          StakeholderUpdate.of(a, "payments down")))).stored());
    }
    assertEquals(List.of(new DueIncident(ACME, MI1, Commands.T0.plus(Duration.ofMinutes(35)))),
        store.due().before(ACME, Commands.T0.plus(Duration.ofMinutes(35)), 10));
  }

  @Test
  void openIncidentsAreCountedByPriorityAndIncidentsDueByTheDueIndexTheGaugesOfWhatIsInHand() throws SQLException {
    Incident first = declaredWithUpdates(store, ACME, MI1, 0, 0);
    declaredWithUpdates(store, GLOBEX, MI1, 10, 0);
    assertTrue(store.commandHandler(POLICIES, 1).handle(Commands.command(ACME, MI2, 20,
        new IdentificationAction.Identify(IdentificationSource.USER_REPORT, Set.of(ServiceId.of("mail")),
            Impact.MEDIUM, Urgency.HIGH, "Mail slow"))).stored());
    assertEquals(Map.of(Priority.of(1), 2L, Priority.of(2), 1L), store.openIncidentsByPriority(null));
    assertEquals(Map.of(Priority.of(1), 1L, Priority.of(2), 1L), store.openIncidentsByPriority(ACME));
    CommandHandler<SQLException> handler = store.commandHandler(POLICIES, 1);
    for (IncidentCommand c : Commands.downgrade(ACME, MI2, 21)) {
      assertTrue(handler.handle(c).stored());
    }
    assertEquals(Map.of(Priority.of(1), 1L), store.openIncidentsByPriority(ACME), "a downgraded one is not open");
    Instant firstDue = first.state().declaredAt().plus(Duration.ofMinutes(15));
    assertEquals(0, store.due().countBefore(firstDue.minusSeconds(1)));
    assertEquals(1, store.due().countBefore(firstDue));
    assertEquals(2, store.due().countBefore(firstDue.plus(Duration.ofHours(1))));
    assertThrows(IllegalStateException.class, () -> JdbcEventStore.on(dataSource()).due().countBefore(firstDue));
  }

  @Test
  void aStoreWithoutPoliciesKeepsNoIndexAndReindexingIndexesWhatItWrote() throws SQLException {
    JdbcEventStore plain = JdbcEventStore.on(dataSource());
    declaredWithUpdates(plain, ACME, MI1, 0, 0);
    assertEquals("this store keeps no due index: make it with JdbcEventStore.on(dataSource, policies)",
        assertThrows(IllegalStateException.class, () -> plain.due().before(Commands.T0, 1)).getMessage());
    assertThrows(IllegalStateException.class, plain::due);
    assertEquals(List.of(), store.due().before(Commands.T0.plus(Duration.ofDays(1)), 10), "not indexed yet");
    assertEquals(1, store.due().reindex());
    assertEquals(0, store.due().reindex(), "indexed at its version: nothing left");
    assertEquals(1, store.due().before(Commands.T0.plus(Duration.ofDays(1)), 10).size());
  }

  @Test
  void aFailingEscalationPolicyMakesTheIncidentDueAtItsLastEventAndTheAppendGoesThrough() throws SQLException {
    PolicySet failing = PolicySet.custom().escalation((s, at) -> {
      throw new IllegalStateException("rota service down");
    }).build();
    JdbcEventStore on = JdbcEventStore.on(dataSource(), failing);
    Incident incident = declaredWithUpdates(on, ACME, MI1, 0, 0);
    assertEquals(List.of(new DueIncident(ACME, MI1, incident.state().lastEventAt())),
        on.due().before(incident.state().lastEventAt(), 10));
    assertTrue(RecordingLogs.warnings().get(0).message().startsWith("escalation policy ")
        && RecordingLogs.warnings().get(0).message().endsWith(" failed for incident MI-1"),
        RecordingLogs.warnings().toString());
  }

  @Test
  void badSettingsAndArgumentsAreRefusedByName() {
    assertEquals("events must be from 0 to 1000000, was -1",
        assertThrows(IllegalArgumentException.class, () -> store.withSnapshotsEvery(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> store.withSnapshotsEvery(1_000_001));
    assertEquals("by must not be null",
        assertThrows(IllegalArgumentException.class, () -> store.due().before(null, 1)).getMessage());
    assertEquals("limit must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> store.due().before(Commands.T0, 0)).getMessage());
    assertEquals("policies must not be null",
        assertThrows(IllegalArgumentException.class, () -> JdbcEventStore.on(dataSource(), null)).getMessage());
  }
}
