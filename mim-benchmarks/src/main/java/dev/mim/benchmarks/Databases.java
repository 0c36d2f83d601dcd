package dev.mim.benchmarks;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.store.jdbc.JdbcEventStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the store benchmarks run on, and the histories they store. */
final class Databases {

  /** The embedded server's start-up chatter is INFO, through slf4j's JDK binding: kept out of the results. */
  private static final Logger ZONKY_LOG = Logger.getLogger("io.zonky");

  private Databases() {}

  /** A database the store runs on, started for one trial and closed after it. */
  static final class Database implements AutoCloseable {
    /** Each thread's one connection, held for the trial as a pool would. */
    final HeldConnections dataSource;
    private final EmbeddedPostgres postgres;

    private Database(DataSource dataSource, EmbeddedPostgres postgres) {
      this.dataSource = new HeldConnections(dataSource);
      this.postgres = postgres;
    }

    @Override
    public void close() throws IOException {
      try {
        dataSource.closeAll();
      } catch (SQLException e) {
        throw new IOException(e);
      }
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** @return {@code "h2"} (in memory) or {@code "postgres"} (an embedded PostgreSQL 17), empty, mim's schema in it */
  static Database start(String which, String name) {
    try {
      Database db;
      if (which.equals("h2")) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        db = new Database(h2, null);
      } else if (which.equals("postgres")) {
        ZONKY_LOG.setLevel(Level.WARNING);
        EmbeddedPostgres pg = EmbeddedPostgres.start();
        db = new Database(pg.getPostgresDatabase(), pg);
      } else {
        throw new IllegalArgumentException("database must be h2 or postgres, was " + which);
      }
      sql(db.dataSource,
          "DROP TABLE IF EXISTS mim_event, mim_incident, mim_position, mim_snapshot, mim_schema_history;"
              + " DROP SEQUENCE IF EXISTS mim_event_append");
      JdbcEventStore.on(db.dataSource).installSchema();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sql(DataSource dataSource, String statement) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** The {@code i}-th command of an incident's history: identified, validated, declared, then updates. */
  static IncidentCommand command(IncidentId incident, long i) {
    Action a = switch ((int) Math.min(i, 3)) {
      case 0 -> new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
          Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing");
      case 1 -> new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red");
      case 2 -> new IdentificationAction.Declare(null);
      default -> new CommunicationAction.RecordStakeholderUpdate(
          StakeholderUpdate.of(Audience.EXECUTIVES, "update " + i));
    };
    return IncidentCommand.of(incident, MimWorkflow.AMY, MimWorkflow.T0.plusSeconds(i), a);
  }

  /** Stores {@code events} events of {@code incident}'s history through {@code store}, one append each. */
  static IncidentState store(JdbcEventStore store, IncidentId incident, int events) throws SQLException {
    IncidentState s = IncidentDecider.initialState();
    for (long i = 0; i < events; i++) {
      Decision d = IncidentDecider.decide(s, command(incident, i), MimWorkflow.POLICIES);
      if (!(d instanceof Decision.Accepted a)) {
        throw new IllegalStateException("the benchmark's setup was refused: " + d);
      }
      store.append(s.version(), a);
      s = a.state();
    }
    return s;
  }

  /** When the {@code i}-th command of a history happens. */
  static Instant at(long i) {
    return MimWorkflow.T0.plusSeconds(i);
  }
}
