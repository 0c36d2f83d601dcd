package dev.mim.examples.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.examples.drill.MondayMorningDrill;
import dev.mim.store.jdbc.AppendResult;
import dev.mim.store.jdbc.JdbcEventStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The Monday-morning drill with its events stored in an H2 database file as it goes, through
 * {@link JdbcEventStore}, then loaded back from the database and replayed: the replayed state must be the live one.
 * The file is {@code target/mim-drill/drill.mv.db} under the working directory unless a path is given; the drill
 * starts from empty tables each run.
 */
public final class StoredDrill {

  private StoredDrill() {}

  /**
   * What the stored drill ended with.
   *
   * @param drill the drill's own result (live state, events in memory)
   * @param loaded the events loaded back from the database
   * @param replayed the state the loaded events replay to
   * @param open the incidents the database lists as open for the drill's tenant
   */
  public record Result(MondayMorningDrill.Result drill, List<IncidentEvent> loaded, IncidentState replayed,
      List<IncidentId> open) {
    /** @return true when the database gave back every event and the live state */
    public boolean matches() {
      return loaded.equals(drill.events()) && replayed.equals(drill.live());
    }
  }

  /**
   * Runs the drill on the H2 database file at {@code file} (without H2's {@code .mv.db} suffix).
   *
   * @param file where the database is
   * @param out where the timeline and the check go
   * @return what was stored and read back
   * @throws SQLException when the database fails
   */
  public static Result run(Path file, PrintStream out) throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + file.toAbsolutePath());
    try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS mim_event, mim_incident, mim_position, mim_snapshot, mim_schema_history;"
          + " DROP SEQUENCE IF EXISTS mim_event_append");
    }
    JdbcEventStore store = JdbcEventStore.on(h2);
    store.installSchema();
    MondayMorningDrill.Result drill = MondayMorningDrill.run(out, (expectedVersion, decision) -> append(store,
        expectedVersion, decision));
    IncidentState live = drill.live();
    // Every event, each checked and the history replayed; and the incident as a command loads it: its latest
    // snapshot and the events after it.
    List<IncidentEvent> loaded = store.load(live.tenant(), live.id());
    IncidentState replayed = store.loadIncident(live.tenant(), live.id()).orElseThrow().state();
    List<IncidentId> open = store.openIncidents(live.tenant());
    Result result = new Result(drill, loaded, replayed, open);
    out.println();
    out.println("Stored in the H2 database " + file.toAbsolutePath() + ".mv.db: " + store.eventsAfter(0,
        Integer.MAX_VALUE).size() + " events. Loaded back " + loaded.size() + " events of " + live.id()
        + "; they " + (loaded.equals(drill.events()) ? "equal" : "DIFFER FROM") + " the drill's, and replay to a state"
        + " that " + (replayed.equals(live) ? "equals" : "DIFFERS FROM") + " the live state (" + replayed.status()
        + ", version " + replayed.version() + "). Open incidents of tenant " + live.tenant() + ": "
        + (open.isEmpty() ? "none" : open) + ".");
    return result;
  }

  private static void append(JdbcEventStore store, long expectedVersion, Decision.Accepted decision) {
    try {
      AppendResult r = store.append(expectedVersion, decision);
      if (r instanceof AppendResult.Conflict conflict) {
        throw new IllegalStateException(conflict.message());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the database refused the drill's events: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the stored drill; exits with status 1 when the database did not give back the live state.
   *
   * @param args optional path of the database file, without {@code .mv.db}
   * @throws SQLException when the database fails
   */
  public static void main(String[] args) throws SQLException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/mim-drill/drill");
    if (!run(file, System.out).matches()) {
      System.exit(1);
    }
  }
}
