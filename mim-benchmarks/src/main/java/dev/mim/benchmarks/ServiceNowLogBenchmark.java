package dev.mim.benchmarks;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.TenantId;
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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation replays the real ServiceNow event log that ships with the project (5,998 rows of 890 incidents,
 * CC BY 4.0, see {@code data/servicenow/README.md}) through mim, as the {@code ServiceNowReplay} example does:
 * every row's impact and urgency through the ServiceNow priority preset, and every incident's opening through a
 * new surge detector keyed by category (10 within 60 minutes). The CSV is read once, before timing; per row is the
 * score divided by {@value #ROWS}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ServiceNowLogBenchmark {

  /** Rows in the log. */
  public static final int ROWS = 5_998;

  /** The log on the class path. */
  static final String LOG = "/servicenow/servicenow-incident-event-log.csv";

  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private final PriorityMatrix preset = PriorityMatrices.serviceNowEventLog();
  private final SurgeSettings settings = SurgeSettings.custom().key(SignalKey.byCategory()).threshold(10)
      .window(Duration.ofMinutes(60)).coolDown(Duration.ofHours(4)).lateness(Duration.ofMinutes(60)).build();
  private Impact[] impacts;
  private Urgency[] urgencies;
  private List<IncidentSignal> openings;

  /** Reads the log: each row's impact and urgency, each incident's first row as a signal. */
  @Setup
  public void read() {
    InputStream in = ServiceNowLogBenchmark.class.getResourceAsStream(LOG);
    if (in == null) {
      throw new IllegalStateException("the class path has no " + LOG);
    }
    List<Impact> impactList = new ArrayList<>();
    List<Urgency> urgencyList = new ArrayList<>();
    List<IncidentSignal> signals = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        impactList.add(Impact.of(leadingLevel(row.get("impact"))));
        urgencyList.add(Urgency.of(leadingLevel(row.get("urgency"))));
        if (seen.add(row.get("number"))) {
          String category = row.get("category");
          signals.add(new IncidentSignal(TenantId.DEFAULT, SignalSource.SERVICE_DESK_TICKET,
              ServiceId.of("unspecified"),
              LocalDateTime.parse(row.get("opened_at"), LOG_TIME).toInstant(ZoneOffset.UTC), row.get("number"),
              category.equals("?") ? null : category, null, null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LOG, e);
    }
    impacts = impactList.toArray(Impact[]::new);
    urgencies = urgencyList.toArray(Urgency[]::new);
    openings = List.copyOf(signals);
  }

  /** @return the rows of the log (after {@link #read()}) */
  int rows() {
    return impacts.length;
  }

  /** @return the incidents of the log (after {@link #read()}) */
  int incidents() {
    return openings.size();
  }

  /**
   * The log through mim.
   *
   * @return the sum of the priority levels found plus the number of surges proposed, so that nothing is dead code
   */
  @Benchmark
  public long serviceNowLog() {
    long sum = 0;
    for (int i = 0; i < impacts.length; i++) {
      sum += preset.priorityOf(impacts[i], urgencies[i]).level();
    }
    SurgeDetector detector = SurgeDetector.of(settings);
    OpenKeys open = OpenKeys.none();
    for (IncidentSignal s : openings) {
      Detection d = detector.observe(s, open);
      sum += d.proposals().size();
    }
    return sum;
  }

  /** "2 - Medium" is level 2. */
  private static int leadingLevel(String value) {
    return Integer.parseInt(value.substring(0, value.indexOf(' ')));
  }
}
