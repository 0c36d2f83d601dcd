package dev.mim.benchmarks;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentId;
import dev.mim.store.jdbc.JdbcEventStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Stored commands per second on an embedded PostgreSQL 17, by 1 and by 8 writers each on its own incident, beside
 * the database's own limit in the same run: a bare JDBC insert, in its own transaction, of one row the size of a
 * stored event.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreThroughputBenchmark {

  /** The database, shared by the writers of one trial. */
  @State(Scope.Benchmark)
  public static class Postgres {
    Databases.Database db;
    JdbcEventStore store;
    final AtomicInteger writers = new AtomicInteger();

    /** Starts the database, with a table for the bare inserts. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
      db = Databases.start("postgres", "throughput");
      Databases.sql(db.dataSource, "CREATE TABLE bare_row (id BIGSERIAL PRIMARY KEY, tenant VARCHAR(200),"
          + " incident_id VARCHAR(200), payload TEXT)");
      store = JdbcEventStore.on(db.dataSource, MimWorkflow.POLICIES);
    }

    /** Stops it. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
      db.close();
    }
  }

  /** One writer: its own incident, declared before timing. */
  @State(Scope.Thread)
  public static class Writer {
    IncidentId incident;
    CommandHandler<SQLException> handler;
    long next;
    String payload;

    /** Declares the writer's incident. */
    @Setup(Level.Trial)
    public void declare(Postgres pg) throws SQLException {
      incident = IncidentId.of("MI-" + pg.writers.incrementAndGet());
      Databases.store(pg.store, incident, 3);
      handler = pg.store.commandHandler(MimWorkflow.POLICIES, 3);
      next = 3;
      payload = "x".repeat(420); // about one stored stakeholder update's JSON
    }
  }

  private static Handled command(Writer w) throws SQLException {
    Handled h = w.handler.handle(Databases.command(w.incident, w.next++));
    if (!h.stored()) {
      throw new IllegalStateException("a measured command was not stored: " + h);
    }
    return h;
  }

  private static int bareInsert(Postgres pg, Writer w) throws SQLException {
    try (Connection c = pg.db.dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO bare_row (tenant, incident_id, payload) VALUES ('default', ?, ?)")) {
      s.setString(1, w.incident.value());
      s.setString(2, w.payload);
      return s.executeUpdate();
    }
  }

  /** One writer's stored command. */
  @Benchmark
  @Threads(1)
  public Handled commands1(Writer w) throws SQLException {
    return command(w);
  }

  /** Eight writers' stored commands, each on its own incident. */
  @Benchmark
  @Threads(8)
  public Handled commands8(Writer w) throws SQLException {
    return command(w);
  }

  /** One writer's bare insert: the database's own limit. */
  @Benchmark
  @Threads(1)
  public int bareInsert1(Postgres pg, Writer w) throws SQLException {
    return bareInsert(pg, w);
  }

  /** Eight writers' bare inserts. */
  @Benchmark
  @Threads(8)
  public int bareInsert8(Postgres pg, Writer w) throws SQLException {
    return bareInsert(pg, w);
  }
}
