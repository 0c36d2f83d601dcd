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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Writers racing on the same incidents against a real database (each subclass names one): {@value #THREADS} threads each decide and append
 * {@value #COMMANDS_PER_THREAD} stakeholder updates to {@value #INCIDENTS} declared incidents, retrying on
 * conflict. Afterwards every command's event is stored exactly once, every incident replays, its sequences run
 * from 1 without a gap, and the global positions run from 1 without a gap.
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

  @Test
  void racingWritersLoseNoEventDuplicateNoneAndLeaveNoGap() throws Exception {
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
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(position), MAX(position) FROM mim_event")) {
      r.next();
      assertEquals(total, r.getLong(1));
      assertEquals(1, r.getLong(2));
      assertEquals(total, r.getLong(3), "positions run from 1 without a gap");
    }
    System.out.printf("%s concurrency: %d threads, %d incidents, %d commands, %d conflicts, %d commands"
        + " retried at least once%n", name(), THREADS, INCIDENTS, commands, conflicts.get(), retriedCommands.get());
    assertTrue(conflicts.get() > 0, "the writers raced: some appends met another's first");
  }

  private static String summary(StakeholderUpdate u) {
    return u.summary();
  }
}
