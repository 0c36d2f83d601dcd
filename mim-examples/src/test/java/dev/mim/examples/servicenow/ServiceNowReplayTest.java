package dev.mim.examples.servicenow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.CandidateProposal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceNowReplayTest {

  @Test
  void theReplayReadsTheWholeLogAndReproducesEveryPriority() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServiceNowReplay.Report r =
        ServiceNowReplay.replayBundledLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(5998, r.events(), "the data README says 5,998 events");
    assertEquals(890, r.incidents(), "the data README says 890 incidents");
    assertEquals(r.events(), r.reproduced());
    assertEquals(144, r.counts()[1][1][1], "High/High is P1 on 144 rows");
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("reproduces 5998 of 5998 rows"), report);

    assertFalse(r.surges().isEmpty(), "the log has bursts of one category");
    Map<String, Instant> last = new HashMap<>();
    for (CandidateProposal p : r.surges()) {
      assertTrue(p.key().startsWith("category:"), p.key());
      assertTrue(p.evidence().size() >= ServiceNowReplay.THRESHOLD, p.toString());
      Instant before = last.put(p.key(), p.proposedAt());
      assertTrue(before == null || !p.proposedAt().isBefore(before.plus(
          Duration.ofHours(ServiceNowReplay.COOL_DOWN_HOURS))), "cool-down between proposals of " + p.key());
    }
  }

  @Test
  void theTimeToResolvePerPriorityAgreesWithAComputationWrittenHere() throws Exception {
    ServiceNowReplay.Report r = ServiceNowReplay.replayBundledLog(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    // Independently: the last line of each incident, split by hand, times in minutes, percentiles by rank
    // interpolation computed in doubles.
    Map<String, String[]> last = new java.util.LinkedHashMap<>();
    String[] header;
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        ServiceNowReplayTest.class.getResourceAsStream(ServiceNowReplay.LOG_RESOURCE), StandardCharsets.UTF_8))) {
      header = in.readLine().split(",", -1);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",", -1);
        assertEquals(header.length, cells.length, "the log has no quoted commas: " + line);
        last.put(cells[0], cells);
      }
    }
    java.util.List<String> columns = java.util.List.of(header);
    int opened = columns.indexOf("opened_at");
    int resolved = columns.indexOf("resolved_at");
    int priority = columns.indexOf("priority");
    int reopens = columns.indexOf("reopen_count");
    var formatter = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    Map<Integer, java.util.List<Double>> minutes = new java.util.TreeMap<>();
    int reopened = 0;
    int unresolved = 0;
    for (String[] c : last.values()) {
      reopened += Integer.parseInt(c[reopens]) > 0 ? 1 : 0;
      if (c[resolved].equals("?")) {
        unresolved++;
        continue;
      }
      double m = java.time.Duration.between(java.time.LocalDateTime.parse(c[opened], formatter),
          java.time.LocalDateTime.parse(c[resolved], formatter)).toMinutes();
      minutes.computeIfAbsent(c[priority].charAt(0) - '0', p -> new java.util.ArrayList<>()).add(m);
    }
    assertEquals(reopened, r.reopened());
    assertEquals(unresolved, r.unresolved());
    assertEquals(minutes.keySet(), r.timeToResolve().keySet());
    minutes.forEach((p, ms) -> {
      java.util.Collections.sort(ms);
      var summary = r.timeToResolve().get(p);
      assertEquals(ms.size(), summary.count(), "P" + p);
      assertEquals(rank(ms, 0.5), summary.median().toSeconds() / 60.0, 0.01, "median of P" + p);
      assertEquals(rank(ms, 0.9), summary.p90().toSeconds() / 60.0, 0.01, "90th percentile of P" + p);
      assertEquals(ms.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
          summary.mean().toSeconds() / 60.0, 0.02, "mean of P" + p);
    });
    assertEquals(890, r.timeToResolve().values().stream().mapToInt(s -> s.count()).sum() + r.unresolved());
  }

  /** The percentile by interpolation between closest ranks, in doubles. */
  private static double rank(java.util.List<Double> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    return lo + 1 < sorted.size() ? sorted.get(lo) + (h - lo) * (sorted.get(lo + 1) - sorted.get(lo))
        : sorted.get(lo);
  }
}
