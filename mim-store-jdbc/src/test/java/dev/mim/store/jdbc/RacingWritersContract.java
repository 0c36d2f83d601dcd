package dev.mim.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Writers racing against a real database (each subclass names one), and a reader of the events in position order
 * beside them.
 */
abstract class RacingWritersContract {

  static final int THREADS = 8;
  static final int INCIDENTS = 3;
  static final int COMMANDS_PER_THREAD = 40;
  static final TenantId ACME = TenantId.of("acme");

  /** @return a database without mim's tables */
  abstract DataSource emptyDatabase() throws Exception;

  /** @return the database's name in the figures printed */
  abstract String name();

  /**
   * {@value #THREADS} threads each decide and append {@value #COMMANDS_PER_THREAD} stakeholder updates to
   * {@value #INCIDENTS} declared incidents, retrying on conflict, while a reader follows {@code eventsAfter} from the
   * last position it read. Afterwards every command's event is stored exactly once, every incident replays, its
   * sequences run from 1 without a gap, and the reader has read every event exactly once, at positions from 1
   * without a gap, each incident's in its order.
   */
  @Test
  void racingWritersLoseNoEventDuplicateNoneAndTheirReaderMissesNone(TestReporter reporter) throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = JdbcEventStore.on(db);
    store.installSchema();
    CommandHandler<SQLException> decider = store.commandHandler(PolicySet.ofDefaults(), 1_000);
    List<IncidentId> incidents = new ArrayList<>();
    for (int i = 0; i < INCIDENTS; i++) {
      IncidentId id = IncidentId.of("MI-" + i);
      incidents.add(id);
      for (IncidentCommand c : Commands.declare(ACME, id)) {
        assertTrue(decider.handle(c).stored());
      }
    }

    AtomicBoolean writing = new AtomicBoolean(true);
    List<StoredEvent> read = new ArrayList<>();
    ExecutorService readerThread = Executors.newSingleThreadExecutor();
    Future<?> reader = readerThread.submit(() -> {
      while (true) {
        boolean writersDone = !writing.get(); // read before reading, so that a last read follows the last append
        List<StoredEvent> next = store.eventsAfter(read.isEmpty() ? 0 : read.get(read.size() - 1).position(), 25);
        read.addAll(next);
        if (writersDone && next.isEmpty()) {
          return null;
        }
      }
    });
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger retriedCommands = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(pool.submit(() -> {
        start.await();
        for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
          IncidentId id = incidents.get((thread + n) % INCIDENTS);
          // one time for all: whichever writer wins, no command is dated before the incident's last event
          Handled o = decider.handle(Commands.update(ACME, id, 10, "w" + thread + "-" + n));
          assertTrue(o.stored(), () -> "not stored: " + o);
          conflicts.addAndGet(o.conflicts());
          retriedCommands.addAndGet(o.conflicts() > 0 ? 1 : 0);
        }
        return null;
      }));
    }
    for (Future<?> w : writers) {
      w.get();
    }
    pool.shutdown();
    writing.set(false);
    reader.get();
    readerThread.shutdown();

    int commands = THREADS * COMMANDS_PER_THREAD;
    Set<String> texts = new HashSet<>();
    int updates = 0;
    for (IncidentId id : incidents) {
      List<IncidentEvent> events = store.load(ACME, id); // replays: refuses a history that could not be
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i + 1, events.get(i).sequence(), "sequences of " + id + " run without a gap");
        if (events.get(i).fact() instanceof CommunicationFact.StakeholderUpdateRecorded u) {
          updates++;
          assertTrue(texts.add(summary(u.update())), "stored twice: " + summary(u.update()));
        }
      }
    }
    assertEquals(commands, updates, "every command's event is stored");
    long total = commands + 3L * INCIDENTS;
    assertEquals(total, read.size(), "the reader read every event once");
    Map<IncidentId, Long> sequences = new HashMap<>();
    for (int i = 0; i < read.size(); i++) {
      assertEquals(i + 1, read.get(i).position(), "positions run from 1 without a gap, in the order read");
      IncidentEvent e = read.get(i).event();
      long previous = sequences.getOrDefault(e.incidentId(), 0L);
      assertEquals(previous + 1, e.sequence(), "the reader reads each incident's events in order");
      sequences.put(e.incidentId(), e.sequence());
    }
    reporter.publishEntry(name() + " concurrency", String.format("%d threads, %d incidents, %d commands, %d conflicts,"
        + " %d commands retried at least once, %d events read beside them", THREADS, INCIDENTS, commands,
        conflicts.get(), retriedCommands.get(), read.size()));
    assertTrue(conflicts.get() > 0, "the writers raced: some appends met another's first");
  }

  /**
   * An append whose transaction is still open when another incident's append commits: the other does not wait for
   * it, a reader meanwhile reads only the committed events, and once the first commits its events come after them,
   * at the next positions. (Were positions taken at append time from one row, the second append would queue behind
   * the first; were they taken from a sequence and read as they are, the reader would skip the first's events.)
   */
  @Test
  void anAppendInFlightHoldsUpNoOtherAndIsReadAfterItOnceCommitted() throws Exception {
    DataSource db = emptyDatabase();
    JdbcEventStore store = JdbcEventStore.on(db);
    store.installSchema();
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JdbcEventStore slow = JdbcEventStore.on(
        TestConnections.holdingCommitAfter(db, "INSERT INTO mim_event", reached, release));
    IncidentId held = IncidentId.of("MI-held");
    IncidentId other = IncidentId.of("MI-other");
    Incident.Step first = Incident.start().decide(Commands.declare(ACME, held).get(0), PolicySet.ofDefaults());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<AppendResult> inFlight = pool.submit(() -> slow.append(0, (Decision.Accepted) first.decision()));
      assertTrue(reached.await(30, TimeUnit.SECONDS), "the first append reached its commit");
      Future<Handled> next = pool.submit(() -> store.commandHandler(PolicySet.ofDefaults(), 1)
          .handle(Commands.declare(ACME, other).get(0)));
      Handled stored = next.get(30, TimeUnit.SECONDS); // a TimeoutException if it queued behind the first
      assertTrue(stored.stored(), stored::toString);

      List<StoredEvent> before = store.eventsAfter(0, 100);
      assertEquals(List.of(new StoredEvent(1, store.load(ACME, other).get(0))), before);
      release.countDown();
      assertTrue(inFlight.get(30, TimeUnit.SECONDS).isAppended());
      assertEquals(List.of(new StoredEvent(2, first.incident().events().get(0))), store.eventsAfter(1, 100));
      assertEquals(2, store.eventsAfter(0, 100).size());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static String summary(StakeholderUpdate u) {
    return u.summary();
  }
}
