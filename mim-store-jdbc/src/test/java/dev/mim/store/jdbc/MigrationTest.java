package dev.mim.store.jdbc;

import static dev.mim.store.jdbc.EventStoreContract.DROP_ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.due.DueItems;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database written by the release before migrations were recorded (schema 1: events, incidents, positions),
 * kept as H2's script of it: it upgrades, and every history it holds still loads.
 */
class MigrationTest {

  private static final PolicySet POLICIES = PolicySet.ofDefaults();
  private final JdbcDataSource h2 = new JdbcDataSource();

  @BeforeEach
  void schemaOneDatabase() throws SQLException {
    h2.setURL("jdbc:h2:mem:mim-migration-test;DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
      s.execute(DROP_ALL);
      s.execute("RUNSCRIPT FROM 'classpath:/dev/mim/store/jdbc/schema-1-database.sql'");
    }
  }

  private List<String> column(String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = h2.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private Optional<Instant> nextDueAt(TenantId tenant, IncidentId id) throws SQLException {
    try (Connection c = h2.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT next_due_at FROM mim_incident WHERE tenant = ? AND incident_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Optional.ofNullable(r.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
      }
    }
  }

  @Test
  void aSchemaOneDatabaseUpgradesAndEveryHistoryItHoldsStillLoads() throws SQLException {
    List<String> incidents = column("SELECT tenant || '/' || incident_id FROM mim_incident ORDER BY 1");
    assertEquals(6, incidents.size());
    JdbcEventStore store = JdbcEventStore.on(h2, POLICIES);
    store.installSchema();
    assertEquals(List.of("1", "2", "3", "4", "5"), column("SELECT version FROM mim_schema_history ORDER BY version"));
    assertEquals(List.of(), column("SELECT incident_id FROM mim_incident WHERE due_version IS NULL"
        + " OR due_version <> version"), "installing indexed every incident at its version");
    for (String key : incidents) {
      TenantId tenant = TenantId.of(key.substring(0, key.indexOf('/')));
      IncidentId id = IncidentId.of(key.substring(key.indexOf('/') + 1));
      Incident loaded = store.loadIncident(tenant, id).orElseThrow();
      assertEquals(Incident.replay(store.load(tenant, id)), loaded);
      assertEquals(DueItems.next(loaded.state(), POLICIES), nextDueAt(tenant, id), key);
    }
    java.util.Map<dev.mim.core.priority.Priority, Long> byPriority = new java.util.TreeMap<>();
    for (String key : incidents) {
      Incident loaded = store.loadIncident(TenantId.of(key.substring(0, key.indexOf('/'))),
          IncidentId.of(key.substring(key.indexOf('/') + 1))).orElseThrow();
      if (!loaded.state().status().isTerminal()) {
        byPriority.merge(loaded.state().classification().priority(), 1L, Long::sum);
      }
    }
    assertEquals(byPriority, store.openIncidentsByPriority(null), "installing filled every incident's priority");
    store.installSchema();
    assertEquals(List.of("1", "2", "3", "4", "5"), column("SELECT version FROM mim_schema_history ORDER BY version"),
        "installing again changes nothing");
    List<StoredEvent> before = store.eventsAfter(0, 1000);
    assertTrue(before.size() > 80, "every stored event still reads");
    long last = before.get(before.size() - 1).position();
    assertEquals(before.size(), last, "the positions given before the upgrade run from 1 without a gap");
    CommandHandler<SQLException> handler = store.withOutbox(OutboxContract.CLOUD).commandHandler(POLICIES, 1);
    for (IncidentCommand c : Commands.declare(TenantId.of("acme"), IncidentId.of("MI-after-upgrade"))) {
      assertTrue(handler.handle(c).stored());
    }
    assertEquals(List.of(last + 1, last + 2, last + 3),
        store.eventsAfter(last, 10).stream().map(StoredEvent::position).toList(),
        "events appended after the upgrade are read after the old ones, at the next positions");
    assertEquals(List.of("acme/MI-after-upgrade/1", "acme/MI-after-upgrade/2", "acme/MI-after-upgrade/3"),
        column("SELECT id FROM mim_outbox ORDER BY sequence"), "the outbox holds the events appended since");
  }
}
