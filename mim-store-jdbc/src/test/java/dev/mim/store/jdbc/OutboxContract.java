package dev.mim.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.spi.PolicySet;
import dev.mim.jackson.IncidentCloudEvents;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox and its relay, and appends inside the host's transaction, on a real database (each
 * subclass names one).
 */
abstract class OutboxContract {

  static final TenantId ACME = TenantId.of("acme");
  static final IncidentCloudEvents CLOUD = IncidentCloudEvents.from(URI.create("/desk"));
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /** A database with mim's schema installed and no incident. */
  abstract DataSource emptyDatabase() throws Exception;

  private static JdbcEventStore store(DataSource db) throws SQLException {
    JdbcEventStore store = JdbcEventStore.on(db).withOutbox(CLOUD);
    store.installSchema();
    return store;
  }

  /** The accepted decisions that identify, validate and declare {@code id}, each after the one before. */
  private static List<Decision.Accepted> declaration(IncidentId id) {
    List<Decision.Accepted> out = new ArrayList<>();
    Incident incident = Incident.start();
    for (IncidentCommand c : Commands.declare(ACME, id)) {
      Incident.Step step = incident.decide(c, PolicySet.ofDefaults());
      out.add(assertInstanceOf(Decision.Accepted.class, step.decision()));
      incident = step.incident();
    }
    return out;
  }

  private static int count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getInt(1);
    }
  }

  /** A publisher that keeps what it is given, in order. */
  static final class Kept implements OutboxPublisher {
    final List<OutboxMessage> messages = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(OutboxMessage message) {
      messages.add(message);
    }

    List<String> ids() {
      synchronized (messages) {
        return messages.stream().map(OutboxMessage::id).toList();
      }
    }
  }

  @Test
  void anAppendOnTheHostsConnectionIsStoredWhenTheHostCommitsAndNotAtAllWhenItRollsBack() throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = store(db);
    Decision.Accepted identified = declaration(IncidentId.of("MI-1")).get(0);
    try (Connection host = db.getConnection()) {
      host.setAutoCommit(false);
      assertInstanceOf(AppendResult.Appended.class, store.append(host, 0, identified));
      host.rollback();
    }
    assertTrue(store.load(ACME, IncidentId.of("MI-1")).isEmpty(), "nothing remains of a rolled-back append");
    assertEquals(0, count(db, "mim_incident"));
    assertEquals(0, count(db, "mim_outbox"));

    try (Connection host = db.getConnection()) {
      host.setAutoCommit(false);
      assertInstanceOf(AppendResult.Appended.class, store.append(host, 0, identified));
      // a second writer's append of the same new incident, in the same transaction, is a conflict that leaves the
      // host's transaction as it was
      AppendResult.Conflict conflict = assertInstanceOf(AppendResult.Conflict.class,
          store.append(host, 0, identified));
      assertEquals(1, conflict.conflict().actualVersion());
      host.commit();
    }
    assertEquals(1, store.load(ACME, IncidentId.of("MI-1")).size());
    assertEquals(1, count(db, "mim_outbox"));
    try (Connection autoCommitting = db.getConnection()) {
      autoCommitting.setAutoCommit(true);
      assertTrue(assertThrows(IllegalArgumentException.class, () -> store.append(autoCommitting, 1,
          declaration(IncidentId.of("MI-1")).get(1))).getMessage().startsWith("connection must be in a transaction"));
    }
  }

  @Test
  void theRelayPublishesEachStoredEventOnceAsACloudEventInOrderAndNeverBeforeItsCommit() throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = store(db);
    List<Decision.Accepted> mi1 = declaration(IncidentId.of("MI-1"));
    store.append(0, mi1.get(0));
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JdbcEventStore holding = JdbcEventStore.on(TestConnections.holdingCommitAfter(db, "INSERT INTO mim_outbox",
        held, release)).withOutbox(CLOUD);
    ExecutorService appender = Executors.newSingleThreadExecutor();
    Future<AppendResult> inFlight = appender.submit(() -> holding.append(1, mi1.get(1)));
    assertTrue(held.await(1, TimeUnit.MINUTES));

    OutboxRelay relay = OutboxRelay.on(db);
    assertEquals(1, relay.countPending(), "the held append's row is not counted before its commit");
    Kept kept = new Kept();
    OutboxRelay.Run first = relay.publishPending(kept, 10, NOW);
    assertEquals(0, relay.countPending());
    assertEquals(List.of("acme/MI-1/1"), kept.ids(), "the append held at its commit is not published");
    assertEquals(new OutboxRelay.Run(1, 1, null), first);
    release.countDown();
    assertInstanceOf(AppendResult.Appended.class, inFlight.get(1, TimeUnit.MINUTES));
    appender.shutdown();
    store.append(2, mi1.get(2));
    assertEquals(2, relay.countPending());
    assertEquals(2, relay.publishPending(kept, 10, NOW).published());
    assertEquals(new OutboxRelay.Run(0, 0, null), relay.publishPending(kept, 10, NOW), "nothing twice");
    assertEquals(List.of("acme/MI-1/1", "acme/MI-1/2", "acme/MI-1/3"), kept.ids());

    OutboxMessage declared = kept.messages.get(2);
    assertEquals("dev.mim.incident.declared", declared.type());
    assertEquals("incident", declared.aggregateType());
    assertEquals("acme/MI-1", declared.aggregateId());
    assertEquals(3, declared.sequence());
    IncidentEvent event = CLOUD.read(declared.payload());
    assertEquals(store.load(ACME, IncidentId.of("MI-1")).get(2), event);
    assertEquals(CLOUD.write(event), declared.payload(), "the structured form IncidentCloudEvents writes");
  }

  @Test
  void aRelayThatDiesBetweenPublishingAndMarkingPublishesAgainOnItsNextRunAndAFailingPublisherLeavesTheRestPending()
      throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = store(db);
    List<Decision.Accepted> mi1 = declaration(IncidentId.of("MI-1"));
    for (int i = 0; i < mi1.size(); i++) {
      store.append(i, mi1.get(i));
    }
    Kept kept = new Kept();
    OutboxRelay dying = OutboxRelay.on(TestConnections.dyingAt(db, "UPDATE mim_outbox"));
    SQLException died = assertThrows(SQLException.class, () -> dying.publishPending(kept, 10, NOW));
    assertEquals(TestConnections.CAUSE, died.getMessage());
    assertEquals(List.of("acme/MI-1/1"), kept.ids(), "published, then the relay died before marking it");

    RecordingLogs.clear();
    OutboxRelay relay = OutboxRelay.on(db);
    int[] calls = {0};
    IllegalStateException brokerDown = new IllegalStateException("broker unreachable");
    OutboxRelay.Run failed = relay.publishPending(m -> {
      if (++calls[0] == 2) {
        throw brokerDown;
      }
      kept.publish(m);
    }, 10, NOW);
    assertEquals(new OutboxRelay.Run(1, 0, brokerDown), failed);
    assertEquals(1, RecordingLogs.warnings().size());
    assertEquals(List.of("acme/MI-1/1", "acme/MI-1/1"), kept.ids(), "at least once: again after the relay died");

    assertEquals(new OutboxRelay.Run(2, 1, null), relay.publishPending(kept, 10, NOW));
    assertEquals(List.of("acme/MI-1/1", "acme/MI-1/1", "acme/MI-1/2", "acme/MI-1/3"), kept.ids());
    assertThrows(IllegalArgumentException.class, () -> relay.publishPending(kept, 0, NOW));
  }

  /**
   * Writers declare {@code incidents} incidents, then append {@code updates} updates to each while two relays run;
   * afterwards each stored event was published exactly once, and each incident's events in sequence order.
   */
  void twoRelaysBesideWritersPublishEveryEventOnceInOrderPerIncident(int incidents, int updates) throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = store(db);
    CommandHandler<SQLException> handler = store.commandHandler(PolicySet.ofDefaults(), 1_000);
    Kept kept = new Kept();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    CountDownLatch declared = new CountDownLatch(2);
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers.add(pool.submit(() -> {
        for (int i = writer; i < incidents; i += 2) {
          for (IncidentCommand c : Commands.declare(ACME, IncidentId.of("MI-" + i))) {
            assertTrue(handler.handle(c).stored());
          }
        }
        declared.countDown(); // the relays start with several events pending per incident
        for (int i = writer; i < incidents; i += 2) {
          IncidentId id = IncidentId.of("MI-" + i);
          for (int u = 0; u < updates; u++) {
            assertTrue(handler.handle(Commands.update(ACME, id, 10 + u, "update " + u)).stored());
          }
        }
        return null;
      }));
    }
    List<Future<Integer>> relays = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      relays.add(pool.submit(() -> {
        assertTrue(declared.await(5, TimeUnit.MINUTES));
        OutboxRelay relay = OutboxRelay.on(db);
        int published = 0;
        while (!writers.stream().allMatch(Future::isDone) || count(db, "mim_outbox") > countPublished(db)) {
          OutboxRelay.Run run = relay.publishPending(m -> {
            Thread.sleep(1); // a publisher that takes its time, so that the relays' runs overlap
            kept.publish(m);
          }, 3, NOW);
          assertNull(run.failure());
          published += run.published();
        }
        return published;
      }));
    }
    for (Future<?> w : writers) {
      w.get(5, TimeUnit.MINUTES);
    }
    int total = 0;
    for (Future<Integer> r : relays) {
      total += r.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    int events = incidents * (3 + updates);
    assertEquals(events, total);
    assertEquals(events, kept.ids().size());
    assertEquals(events, kept.ids().stream().distinct().count(), "each event published once");
    Map<String, Long> last = new HashMap<>();
    synchronized (kept.messages) {
      for (OutboxMessage m : kept.messages) {
        long before = last.getOrDefault(m.aggregateId(), 0L);
        assertEquals(before + 1, m.sequence(), () -> "out of order: " + m.id() + " after sequence " + before);
        last.put(m.aggregateId(), m.sequence());
      }
    }
  }

  private static int countPublished(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT COUNT(*) FROM mim_outbox WHERE published_at IS NOT NULL")) {
      r.next();
      return r.getInt(1);
    }
  }
}
