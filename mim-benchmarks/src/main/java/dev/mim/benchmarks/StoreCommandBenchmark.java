package dev.mim.benchmarks;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.store.jdbc.JdbcEventStore;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One command through the JDBC store's command handler (load, decide, append) on an incident that already has
 * {@code history} events: with snapshots (every 10 events, the default, or 100) its cost should not grow with the history;
 * without ({@code snapshotEvery} 0) loading replays every event. Each command adds one event, so the history grows
 * by the commands measured (a few thousand at most).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreCommandBenchmark {

  /** The database. */
  @Param({"h2", "postgres"})
  public String database;

  /** Events stored before the first command measured. */
  @Param({"10", "10000"})
  public int history;

  /** Snapshots every this many events; 0 for none. */
  @Param({"10", "100", "0"})
  public int snapshotEvery;

  private Databases.Database db;
  private CommandHandler<SQLException> handler;
  private long next;

  /** Starts the database and stores the history. */
  @Setup(Level.Trial)
  public void store() throws SQLException {
    db = Databases.start(database, "commands");
    JdbcEventStore store = JdbcEventStore.on(db.dataSource, MimWorkflow.POLICIES).withSnapshotsEvery(snapshotEvery);
    Databases.store(store, MimWorkflow.MI, history);
    handler = store.commandHandler(MimWorkflow.POLICIES, 3);
    next = history;
  }

  /** Stops the database. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    db.close();
  }

  /** One stakeholder update: loaded, decided, appended. */
  @Benchmark
  public Handled command() throws SQLException {
    Handled h = handler.handle(Databases.command(MimWorkflow.MI, next++));
    if (!h.stored()) {
      throw new IllegalStateException("a measured command was not stored: " + h);
    }
    return h;
  }
}
