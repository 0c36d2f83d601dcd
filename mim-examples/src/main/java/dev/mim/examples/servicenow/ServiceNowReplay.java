package dev.mim.examples.servicenow;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.metrics.DurationSummary;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.policies.PriorityMatrices;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Replays the ServiceNow event log that ships with the project ({@value #LOG_RESOURCE} on the class path, from
 * the project's {@code data/servicenow/} folder: 5,998 audit events of 890 incidents from a real, anonymised
 * ServiceNow instance; the "Incident management process enriched event log", Amaral, Fantinato, Peres, 2018, UCI
 * Machine Learning Repository, CC BY 4.0).
 *
 * <p>It reports the number of events and incidents read, the impact x urgency to priority table found in the log,
 * how many rows the {@link PriorityMatrices#serviceNowEventLog()} preset reproduces, and the surges that a surge
 * detector with this example's own settings finds when keyed by category: {@value #THRESHOLD} incidents of one
 * category opened within {@value #WINDOW_MINUTES} minutes, with a {@value #COOL_DOWN_HOURS}-hour cool-down per
 * category (the default detector groups 5 signals within 15 minutes by service), and the time to resolve per final
 * priority (median and 90th percentile) with the number of reopened incidents. Each
 * incident is one signal at its {@code opened_at} time; its service is its configuration item, or
 * {@code "unspecified"} when the log has none ({@code ?}). The log's times carry no zone; they are read as UTC.
 */
public final class ServiceNowReplay {

  /** Incidents of one category that make a surge. */
  public static final int THRESHOLD = 10;

  /** The length of the surge window, in minutes. */
  public static final int WINDOW_MINUTES = 60;

  /** How long after a proposal for a category no other is made for it, in hours. */
  public static final int COOL_DOWN_HOURS = 4;

  /** The bundled log, as a class-path resource. */
  public static final String LOG_RESOURCE = "/servicenow/servicenow-incident-event-log.csv";

  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  /**
   * What the replay found.
   *
   * @param events the rows read
   * @param incidents the incidents read
   * @param counts how many rows had each impact, urgency and priority ({@code counts[impact][urgency][priority]})
   * @param reproduced how many rows the preset reproduces
   * @param surges the surges proposed
   * @param timeToResolve per final priority level, the time to resolve of the incidents with a resolution time
   * @param reopened how many incidents were reopened at least once
   * @param unresolved how many incidents have no resolution time
   */
  public record Report(int events, int incidents, int[][][] counts, int reproduced, List<CandidateProposal> surges,
      Map<Integer, DurationSummary> timeToResolve, int reopened, int unresolved) {}

  private ServiceNowReplay() {}

  /**
   * Reads the log that ships with the project and reports what it found.
   *
   * @param out where the report goes
   * @return the figures
   * @throws UncheckedIOException when the log cannot be read
   */
  public static Report replayBundledLog(PrintStream out) {
    InputStream in = ServiceNowReplay.class.getResourceAsStream(LOG_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the class path has no " + LOG_RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return replay(reader, "the bundled " + LOG_RESOURCE, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LOG_RESOURCE, e);
    }
  }

  /**
   * Reads a log of the same shape and reports what it found.
   *
   * @param log the CSV file's content
   * @param name what to call it in the report
   * @param out where the report goes
   * @return the figures
   * @throws UncheckedIOException when the log cannot be read
   */
  public static Report replay(Reader log, String name, PrintStream out) {
    PriorityMatrix preset = PriorityMatrices.serviceNowEventLog();
    // counts[impact][urgency][priority], levels from 1
    int[][][] counts = new int[4][4][5];
    int events = 0;
    int reproduced = 0;
    Set<String> incidents = new LinkedHashSet<>();
    List<IncidentSignal> signals = new ArrayList<>();
    Map<String, CSVRecord> lastRecords = new LinkedHashMap<>();
    try {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(log)) {
        events++;
        int impact = level(row.get("impact"));
        int urgency = level(row.get("urgency"));
        int priority = level(row.get("priority"));
        counts[impact][urgency][priority]++;
        if (preset.priorityOf(Impact.of(impact), Urgency.of(urgency)).level() == priority) {
          reproduced++;
        }
        if (incidents.add(row.get("number"))) {
          signals.add(signal(row));
        }
        lastRecords.put(row.get("number"), row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }

    SurgeDetector detector = SurgeDetector.of(SurgeSettings.custom().key(SignalKey.byCategory())
        .threshold(THRESHOLD).window(Duration.ofMinutes(WINDOW_MINUTES)).coolDown(Duration.ofHours(COOL_DOWN_HOURS))
        .lateness(Duration.ofMinutes(WINDOW_MINUTES)).build());
    List<CandidateProposal> surges = new ArrayList<>();
    int refused = 0;
    for (IncidentSignal s : signals) {
      Detection d = detector.observe(s, OpenKeys.none());
      if (d instanceof Detection.Refused) {
        refused++;
      }
      surges.addAll(d.proposals());
    }

    out.println("ServiceNow event log: " + name);
    out.println("  " + events + " events of " + incidents.size() + " incidents read");
    out.println();
    out.println("Impact x urgency -> priority found in the log (rows):");
    out.println("  impact \\ urgency  1 - High              2 - Medium            3 - Low");
    for (int i = 1; i <= 3; i++) {
      StringBuilder line = new StringBuilder("  " + i + "                 ");
      for (int u = 1; u <= 3; u++) {
        StringBuilder cell = new StringBuilder();
        for (int p = 1; p <= 4; p++) {
          if (counts[i][u][p] > 0) {
            cell.append(cell.length() == 0 ? "" : ", ").append("P").append(p).append(" (").append(counts[i][u][p])
                .append(")");
          }
        }
        line.append(String.format("%-22s", cell.length() == 0 ? "-" : cell));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    out.println("Preset PriorityMatrices.serviceNowEventLog() reproduces " + reproduced + " of " + events + " rows.");
    out.println();
    out.println("Surges by category (" + THRESHOLD + " incidents within " + WINDOW_MINUTES + " minutes, cool-down "
        + COOL_DOWN_HOURS + " h): " + surges.size() + " proposal(s)" + (refused == 0 ? "" : ", " + refused
        + " signal(s) refused"));
    for (CandidateProposal p : surges) {
      out.println("  " + p.proposedAt() + "  " + p.key() + ": " + p.evidence().size() + " incidents, "
          + p.evidence().get(0) + " .. " + p.evidence().get(p.evidence().size() - 1));
    }
    Resolution resolution = resolution(lastRecords.values());
    resolution.print(out);
    return new Report(events, incidents.size(), counts, reproduced, surges, resolution.byPriority(),
        resolution.reopened(), resolution.unresolved());
  }

  /** Time to resolve per final priority, from each incident's last record, and how many were reopened. */
  private record Resolution(Map<Integer, DurationSummary> byPriority, int reopened, int unresolved) {
    void print(PrintStream out) {
      out.println();
      out.println("Time to resolve (resolved_at - opened_at of each incident's last record), by final priority;");
      out.println("median and 90th percentile by linear interpolation between closest ranks (R-7):");
      out.println("  priority  incidents  median      90th pct");
      byPriority.forEach((p, d) -> out.printf(Locale.ROOT, "  P%-8d  %9d  %-10s  %s%n", p, d.count(),
          hours(d.median()), hours(d.p90())));
      out.println("  " + reopened + " incidents reopened at least once; " + unresolved
          + " without a resolution time");
    }

    private static String hours(Duration d) {
      return String.format(Locale.ROOT, "%.1f h", d.toSeconds() / 3600.0);
    }
  }

  private static Resolution resolution(Collection<CSVRecord> lastRecords) {
    Map<Integer, List<Duration>> times = new TreeMap<>();
    int reopened = 0;
    int unresolved = 0;
    for (CSVRecord row : lastRecords) {
      if (Integer.parseInt(row.get("reopen_count")) > 0) {
        reopened++;
      }
      String resolved = known(row.get("resolved_at"));
      if (resolved == null) {
        unresolved++;
        continue;
      }
      times.computeIfAbsent(level(row.get("priority")), p -> new ArrayList<>()).add(Duration.between(
          LocalDateTime.parse(row.get("opened_at"), LOG_TIME), LocalDateTime.parse(resolved, LOG_TIME)));
    }
    Map<Integer, DurationSummary> byPriority = new TreeMap<>();
    times.forEach((p, ds) -> byPriority.put(p, DurationSummary.of(ds)));
    return new Resolution(byPriority, reopened, unresolved);
  }

  /**
   * Runs the replay on the bundled log, or on the CSV file given as the first argument.
   *
   * @param args optional path of a CSV file of the same shape
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      replayBundledLog(System.out);
      return;
    }
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      replay(in, args[0], System.out);
    }
  }

  private static IncidentSignal signal(CSVRecord row) {
    String ci = known(row.get("cmdb_ci"));
    return new IncidentSignal(TenantId.DEFAULT, SignalSource.SERVICE_DESK_TICKET,
        ServiceId.of(ci == null ? "unspecified" : ci),
        LocalDateTime.parse(row.get("opened_at"), LOG_TIME).toInstant(ZoneOffset.UTC), row.get("number"),
        known(row.get("category")), known(row.get("location")), ci);
  }

  /** The log writes {@code ?} for a missing value. */
  private static String known(String value) {
    return value == null || value.isBlank() || value.equals("?") ? null : value;
  }

  /** "2 - Medium" is level 2. */
  private static int level(String value) {
    return Integer.parseInt(value.substring(0, value.indexOf(' ')));
  }
}
