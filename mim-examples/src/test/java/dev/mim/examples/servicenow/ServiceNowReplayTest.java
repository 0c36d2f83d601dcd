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
}
