package dev.mim.examples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IncidentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MondayMorningDrillTest {

  @Test
  void theDrillRunsFromAlertToClosureAndReplaysToTheLiveState() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MondayMorningDrill.Result r = MondayMorningDrill.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String timeline = bytes.toString(StandardCharsets.UTF_8);

    assertEquals(IncidentStatus.CLOSED, r.live().status());
    assertTrue(r.replayMatches());
    assertEquals(r.events().size(), r.live().version());
    assertEquals(6, r.live().children().size(), "the surge of tickets is linked");
    // The four refusals the drill stages, each with its stable code.
    assertEquals(4, r.refusals());
    for (String code : new String[] {"validation-evidence-missing", "change-reference-missing", "illegal-transition",
        "review-action-unassigned"}) {
      assertTrue(timeline.contains("[" + code + "]"), "timeline shows " + code);
    }
    for (String stage : new String[] {"IDENTIFICATION", "CONTAINMENT", "RESOLUTION", "MAINTENANCE"}) {
      assertTrue(timeline.contains(stage), "timeline shows stage " + stage);
    }
    assertTrue(timeline.contains("! advisory [emergency-change]"), timeline);
    assertTrue(timeline.contains("the replayed state equals the live state"), timeline);

    // The communication cadence: which updates were owed, when they were sent, and the confidence figure.
    assertTrue(timeline.contains("answers FIRST_NOTICE due Mon 09:29, 2 min late"), timeline);
    assertTrue(timeline.contains("answers dora:initial-notification due Mon 13:14, on time"), timeline);
    assertTrue(timeline.contains("CLOSURE_NOTICE              due Tue 11:05, OVERDUE since Tue 11:05"), timeline);
    var customers = r.confidence().audiences().get(dev.mim.core.comms.Audience.AFFECTED_CUSTOMERS);
    assertEquals(1, customers.overdueNow());
    assertEquals(java.time.Duration.ofMinutes(7), customers.latenessPercentile(100));
    assertEquals(1.0, r.confidence().audiences().get(dev.mim.core.comms.Audience.EXECUTIVES).onTimeShare());
  }
}
