package dev.mim.examples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
    // The five refusals the drill stages, each with its stable code.
    assertEquals(5, r.refusals());
    for (String code : new String[] {"validation-evidence-missing", "change-reference-missing", "illegal-transition",
        "review-action-unassigned", "not-authorized"}) {
      assertTrue(timeline.contains("[" + code + "]"), "timeline shows " + code);
    }
    for (String stage : new String[] {"IDENTIFICATION", "CONTAINMENT", "RESOLUTION", "MAINTENANCE"}) {
      assertTrue(timeline.contains(stage), "timeline shows stage " + stage);
    }
    assertTrue(timeline.contains("! advisory [emergency-change]"), timeline);
    assertTrue(timeline.contains("the replayed state equals the live state"), timeline);

    // The manager assigned at 09:15 has not acknowledged by 09:20: the tiered default pages the on-call manager,
    // and the page is recorded in the incident's history before she acknowledges.
    assertTrue(timeline.contains("Mon 09:20                              (escalation policy)   escalation due: "
        + "not acknowledged within 5 min; paging on call in major-incident-managers (mim:omar)"), timeline);
    var recorded = r.events().stream().filter(e -> e.fact() instanceof EscalationFact.EscalationRecorded).toList();
    assertEquals(1, recorded.size());
    assertEquals(Instant.parse("2026-11-23T09:20:00Z"), recorded.get(0).occurredAt());
    assertEquals(new EscalationFact.EscalationRecorded(EscalationCondition.NOT_ACKNOWLEDGED, 1,
        List.of(EscalationTarget.onCall("major-incident-managers")), "not acknowledged within 5 min"),
        recorded.get(0).fact());
    int page = r.events().indexOf(recorded.get(0));
    assertTrue(r.events().get(page + 1).fact() instanceof EscalationFact.Acknowledged, "dana acknowledges after the page");
    // The observer's downgrade is refused for want of the right, and changes nothing.
    assertTrue(timeline.replaceAll("\\s+", " ").contains("exec:olga REFUSED DOWNGRADE [not-authorized] exec:olga "
        + "(roles [observer]) may not DOWNGRADE incident MI-2026-0042"), timeline);
    // Every line fits 160 characters: long narration wraps under its column.
    assertTrue(timeline.lines().allMatch(line -> line.length() <= 160),
        () -> timeline.lines().filter(line -> line.length() > 160).toList().toString());

    // The communication cadence: which updates were owed, when they were sent, and the confidence figure.
    String flat = timeline.replaceAll("\\s+", " ");
    assertTrue(flat.contains("answers FIRST_NOTICE due Mon 09:29, 2 min late"), timeline);
    assertTrue(flat.contains("answers dora:initial-notification due Mon 13:14, on time"), timeline);
    assertTrue(timeline.contains("CLOSURE_NOTICE              due Tue 11:05, OVERDUE since Tue 11:05"), timeline);
    var customers = r.confidence().audiences().get(dev.mim.core.comms.Audience.AFFECTED_CUSTOMERS);
    assertEquals(1, customers.overdueNow());
    assertEquals(java.time.Duration.ofMinutes(7), customers.latenessPercentile(100));
    assertEquals(1.0, r.confidence().audiences().get(dev.mim.core.comms.Audience.EXECUTIVES).onTimeShare());

    // The drill ends with the incident's figures and its review as Markdown, derived from the same events.
    var m = r.report().metrics();
    assertEquals(java.time.Duration.ofMinutes(14), m.timeToDeclare());
    assertEquals(java.time.Duration.ofMinutes(58), m.timeToFirstRestoration());
    assertEquals(java.time.Duration.ofMinutes(58), m.outageTotal());
    assertEquals(1, m.escalationsFired());
    // 58 minutes of payments (10,000 an hour) and checkout (2,500 an hour)
    assertEquals(new java.math.BigDecimal("12083.33"), r.report().cost().total());
    assertTrue(timeline.contains("# MI-2026-0042: Payments API health check failing: HTTP 503 on all nodes"),
        timeline);
    assertTrue(timeline.contains("```mermaid\ngantt\n"), timeline);
    assertTrue(timeline.contains("| estimated cost | 12,083.33 |"), timeline);
    assertTrue(timeline.contains("| PIR-2 | Rehearse database fail-over quarterly | dba:kim | 2027-01-15 | OPEN |"),
        timeline);
    // Around the incident: the night's maintenance suppressed a signal; the catalogue gave the business services and
    // their subscribers; the status page had one public update per stage; the responders' cost beside the outage's.
    assertTrue(flat.contains("(surge detector) SUPPRESSED: signal ALERT-7731 on checkout at 2026-11-23T02:40:00Z is"
        + " under maintenance window CHG-2020 (payments database upgrade)"), timeline);
    assertTrue(flat.contains("(service catalogue) affects business services checkout, payments; subscribers owed"
        + " updates: store-managers"), timeline);
    assertTrue(flat.contains("update to store-managers: Card terminals down in all stores; take cash, updates hourly"
        + " [answers FIRST_NOTICE due Mon 09:34, on time]"), timeline);
    assertTrue(timeline.contains("The status page at Mon 09:30: checkout MAJOR_OUTAGE, payments MAJOR_OUTAGE."),
        timeline);
    for (String update : new String[] {"Mon 09:14  INVESTIGATING", "Mon 09:35  IDENTIFIED", "Mon 09:58  MONITORING",
        "Tue 10:50  RESOLVED"}) {
      assertTrue(timeline.contains("  " + update + "  "), update + " in\n" + timeline);
    }
    assertTrue(timeline.contains("| estimated cost | 12,083.33 |\n| responders' effort | 1 h 55 min, costing 245.50 |"),
        timeline);
    assertEquals(java.util.List.of(new dev.mim.core.incident.CausingChange(
        dev.mim.core.incident.ChangeRef.of("CHG-2019"), true)), r.report().metrics().causes());
  }
}
