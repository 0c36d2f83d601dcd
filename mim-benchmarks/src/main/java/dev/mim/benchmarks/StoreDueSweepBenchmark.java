package dev.mim.benchmarks;

import dev.mim.store.jdbc.DueIncident;
import dev.mim.store.jdbc.JdbcEventStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * A due sweep's read of the JDBC store's due index: {@code due().before(now, 1000)} over {@code incidents} stored
 * incidents of which the same 100 have something due (the rest due tomorrow, or owed nothing). Its cost should follow
 * the 100 due, not the incidents stored.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreDueSweepBenchmark {

  private static final int DUE = 100;

  /** The database. */
  @Param({"h2", "postgres"})
  public String database;

  /** Incidents stored. */
  @Param({"1000", "100000"})
  public int incidents;

  private Databases.Database db;
  private JdbcEventStore store;
  private final Instant now = MimWorkflow.T0;

  /** Starts the database and writes the incidents' rows, as appends would have left them. */
  @Setup(Level.Trial)
  public void store() throws SQLException {
    db = Databases.start(database, "due");
    try (Connection c = db.dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO"
        + " mim_incident (tenant, incident_id, version, status, is_open, updated_at, next_due_at, due_version)"
        + " VALUES (?, ?, 3, 'DECLARED', TRUE, ?, ?, 3)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < incidents; i++) {
        s.setString(1, "tenant-" + i % 10);
        s.setString(2, "MI-" + i);
        s.setObject(3, now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC));
        // Every (incidents / 100)-th incident is due in the last 100 minutes; of the others, half are due
        // tomorrow and half are owed nothing.
        Instant due = i % (incidents / DUE) == 0 ? now.minus(Duration.ofMinutes(1 + i % 100))
            : i % 2 == 0 ? now.plus(Duration.ofDays(1)).plusSeconds(i) : null;
        s.setObject(4, due == null ? null : due.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        s.addBatch();
        if (i % 1000 == 999) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    }
    Databases.sql(db.dataSource, database.equals("h2") ? "ANALYZE" : "ANALYZE mim_incident");
    store = JdbcEventStore.on(db.dataSource, MimWorkflow.POLICIES);
    if (store.due().before(now, 1000).size() != DUE) {
      throw new IllegalStateException("the setup must leave " + DUE + " incidents due");
    }
  }

  /** Stops the database. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    db.close();
  }

  /** The incidents with something due now. */
  @Benchmark
  public List<DueIncident> sweep() throws SQLException {
    return store.due().before(now, 1000);
  }
}
