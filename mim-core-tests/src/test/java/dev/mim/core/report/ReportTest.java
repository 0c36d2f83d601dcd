package dev.mim.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.incident.TenantId;
import dev.mim.core.json.Json;
import dev.mim.core.metrics.Metric;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Timelines, incident and period reports, their JSON and Markdown, and the overdue action items. */
class ReportTest {

  private static final PolicySet PRICED = PolicySet.custom().serviceCatalogue(ServiceCatalogue.of(List.of(
      new BusinessService(ServiceId.of("payments"), "Card payments", 1, new BigDecimal("10000"),
          ResolverGroup.of("payments"), Actor.of("owner"))))).build();

  private static Instant at(String time) {
    return Instant.parse("2026-11-23T" + time + ":00Z");
  }

  /** A payments outage from 09:00, restored 10:45, reopened 11:15, restored 12:05, reviewed and closed. */
  private static IncidentDriver outage(String findingsSummary) {
    IncidentDriver d = new IncidentDriver();
    d.policies = PRICED;
    d.okAt(at("09:02"), new IdentificationAction.Identify(IdentificationSource.SERVICE_DESK_VOLUME,
        Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Card payments failing", at("09:00")));
    d.ok(new IdentificationAction.EngageResolverGroup(IncidentDriver.NETWORK, true));
    d.ok(new IdentificationAction.RecordValidation(dev.mim.core.incident.EvidenceKind.AFFECTED_USERS_CONFIRMED, "stores"));
    d.ok(new IdentificationAction.Declare(null));
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
    d.ok(new ContainmentAction.Mobilise(null));
    d.ok(new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG, false));
    d.okAt(at("10:40"), new ResolutionAction.ApplyWorkaround("standby"));
    d.okAt(at("10:45"), new ResolutionAction.ConfirmRestoration(null));
    d.okAt(at("11:15"), new ResolutionAction.Reopen("failing again"));
    d.okAt(at("12:00"), new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-2"), "pool resized"));
    d.okAt(at("12:05"), new ResolutionAction.ConfirmRestoration(null));
    d.okAt(at("15:00"), new MaintenanceAction.StartReview(IncidentDriver.BOB));
    d.ok(new MaintenanceAction.AddReviewAction("PIR-1", "Alert on | pool size", IncidentDriver.AMY, LocalDate.of(2026, 12, 4),
        ProblemRef.of("PRB-9"), ChangeRef.of("CHG-3")));
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary(findingsSummary).rootCause("pool too small")
        .addContributingFactors("no alert").addWentWell("fail-over").addWentBadly("reopened").build()));
    d.ok(new MaintenanceAction.SubmitReview(null));
    d.ok(new MaintenanceAction.CompleteReview("approved"));
    d.ok(new MaintenanceAction.Close(null));
    return d;
  }

  @Test
  void everyKindOfFactIsNarratedInTheTimeline() {
    // random walks reach every kind of fact; each narrates to one non-blank line
    Set<FactKind> seen = EnumSet.noneOf(FactKind.class);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 3_000 && seen.size() < FactKind.values().length; i++) {
      List<IncidentEvent> events = RandomWalk.play(random, 60).events();
      for (TimelineEntry e : Timeline.of(events)) {
        seen.add(e.kind());
        assertFalse(e.summary().isBlank() || e.summary().contains("\n"), e.toString());
      }
    }
    assertEquals(EnumSet.allOf(FactKind.class), seen);
    List<TimelineEntry> timeline = Timeline.of(outage("x").events);
    assertEquals(new TimelineEntry(9, at("10:45"), IncidentDriver.AMY, FactKind.SERVICE_RESTORED,
        IncidentStatus.RESTORED, IncidentStatus.RESTORED.stage(), "SERVICE RESTORED by WORKAROUND"),
        timeline.get(8));
  }

  @Test
  void anIncidentReportRoundTripsThroughJsonInBothGenerations() {
    IncidentReport report = IncidentReport.of(outage("payments down twice").events, at("16:00"), PRICED);
    String json = Json.write3(report);
    assertTrue(json.contains("\"timeToDeclare\":\"PT5M\""), json);
    assertFalse(json.contains("\"assigned\"") || json.contains("\"open\"") || json.contains("\"completed\""),
        "derived flags stay out of the JSON: " + json);
    assertTrue(json.contains("\"outageTotal\":\"PT2H35M\""), json);
    assertTrue(json.contains("\"firstSignalAt\":\"2026-11-23T09:00:00Z\""), json);
    assertTrue(json.contains("\"total\":25833.33"), json);
    assertTrue(json.contains("\"reviewStatus\":\"COMPLETED\""), json);
    assertEquals(report, Json.read3(json, IncidentReport.class));
    assertEquals(report, Json.read2(Json.write2(report), IncidentReport.class));
    assertEquals(json, Json.write3(Json.read2(Json.write2(report), IncidentReport.class)));
  }

  @Test
  void aPeriodReportGroupsByPriorityServiceTenantAndMonth() {
    IncidentReport first = IncidentReport.of(outage("one").events, at("16:00"), PRICED);
    IncidentDriver other = new IncidentDriver();
    other.now = Instant.parse("2026-12-01T10:00:00Z");
    other.until(IncidentStatus.RESTORED);
    IncidentReport second = IncidentReport.of(other.events, other.now, PRICED.withServiceCatalogue(
        ServiceCatalogue.open()));
    IncidentDriver outside = new IncidentDriver();
    outside.now = Instant.parse("2027-01-05T10:00:00Z");
    outside.until(IncidentStatus.CANDIDATE);
    PeriodReport p = PeriodReport.of(List.of(first, second, IncidentReport.of(outside.events, outside.now, PRICED)),
        Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertEquals(2, p.all().incidents());
    assertEquals(Set.of("2026-11", "2026-12"), p.byMonth().keySet());
    assertEquals(Set.of("P1"), p.byPriority().keySet());
    assertEquals(Set.of("payments"), p.byService().keySet());
    assertEquals(Set.of("default"), p.byTenant().keySet());
    assertEquals(2, p.byService().get("payments").incidents());
    assertEquals(new BigDecimal("25833.33"), p.all().cost());
    assertEquals(1, p.all().unpricedIncidents(), "the second was reported without a catalogue");
    assertEquals(1, p.all().reopens());
    assertEquals(2, p.all().times().get(Metric.TIME_TO_FIRST_RESTORATION).count());
    assertEquals(1, p.all().times().get(Metric.TIME_TO_CLOSE).count());
    assertEquals(first.metrics().timeToFinalRestoration().plus(second.metrics().timeToFinalRestoration())
        .dividedBy(2), p.all().times().get(Metric.TIME_TO_FINAL_RESTORATION).mean());
    // In New York, an incident at 02:00 UTC on 1 December is still in November.
    PeriodReport ny = PeriodReport.of(List.of(second), Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2027-01-01T00:00:00Z"), ZoneId.of("America/New_York"));
    assertEquals(Set.of("2026-12"), ny.byMonth().keySet());
    assertEquals("until must be after from (2026-11-01T00:00:00Z), was 2026-11-01T00:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> PeriodReport.of(List.of(), Instant.parse(
            "2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC)).getMessage());
    assertEquals(p, Json.read3(Json.write3(p), PeriodReport.class));
  }

  @Test
  void theReviewRendersAsMarkdownWithAGanttChartAndEscapedText() {
    String md = ReviewMarkdown.render(IncidentReport.of(outage("Payments | down\nsee *notes*").events, at("16:00"),
        PRICED));
    assertTrue(md.startsWith("""
        # MI-1: Card payments failing

        | | |
        |---|---|
        | priority | P1 |
        | services | payments |
        | status | CLOSED, review COMPLETED |
        | first signal | 2026-11-23 09:00 |
        | time to declare | 5 min |
        | time to mobilise | 2 min |
        | time to first restoration | 1 h 45 min |
        | time to final restoration | 3 h 5 min |
        | outage | 2 h 35 min in 2 windows |
        | estimated cost | 25,833.33 |
        | responders' effort | 2 h 29 min, not priced |
        | reopens | 1 |
        | escalations | 0 |
        | updates on time | 0 % |
        """), md);
    assertTrue(md.contains("""
        | 2026-11-23 09:03 | Identification | amy | resolver group network engaged as primary |
        | 2026-11-23 09:04 | Identification | amy | validation: AFFECTED\\_USERS\\_CONFIRMED (stores) |
        | 2026-11-23 09:05 | Identification | amy | declared a MAJOR INCIDENT |
        | 2026-11-23 09:06 | Identification | amy | Major Incident Manager: amy |
        | 2026-11-23 09:07 | Containment | amy | major incident team mobilised |
        | 2026-11-23 09:08 | Resolution | amy | resolution started as change CHG-100: fail over |
        """), md);
    assertTrue(md.contains("""
        | 2026-11-23 12:05 | Resolution | amy | SERVICE RESTORED by PERMANENT\\_FIX |
        | 2026-11-23 15:00 | Maintenance | amy | post-incident review started, led by bob |
        | 2026-11-23 15:01 | Maintenance | amy | review action PIR-1: Alert on \\| pool size (amy, due 2026-12-04) |
        | 2026-11-23 15:02 | Maintenance | amy | review findings recorded: Payments \\| down see \\*notes\\* |
        | 2026-11-23 15:03 | Maintenance | amy | review submitted for approval |
        | 2026-11-23 15:04 | Maintenance | amy | review completed: approved |
        | 2026-11-23 15:05 | Maintenance | amy | CLOSED |

        ## Findings

        Payments | down see \\*notes\\*

        - **Root cause**: pool too small

        ### Contributing factors

        - no alert

        ### What went well

        - fail-over

        ### What did not

        - reopened

        approved

        ## Action items
        """), md);
    assertTrue(md.contains("""
        ```mermaid
        gantt
            title MI-1 (times in UTC)
            dateFormat YYYY-MM-DD HH:mm:ss
            axisFormat %d %H:%M
            section Identification
            Candidate :2026-11-23 09:02:00, 2026-11-23 09:05:00
        """), md);
    assertTrue(md.contains("    Resolving :2026-11-23 11:15:00, 2026-11-23 12:05:00\n"), md);
    assertTrue(md.contains("    Closed :milestone, 2026-11-23 15:05:00, 0m\n"), md);
    assertTrue(md.contains("    section Outage\n    Outage 1 :crit, 2026-11-23 09:00:00, 2026-11-23 10:45:00\n"
        + "    Outage 2 :crit, 2026-11-23 11:15:00, 2026-11-23 12:05:00\n```\n"), md);
    assertTrue(md.contains("Payments | down see \\*notes\\*\n"), "prose on one line, emphasis escaped: " + md);
    assertTrue(md.contains("| PIR-1 | Alert on \\| pool size | amy | 2026-12-04 | OPEN | problem PRB-9, change CHG-3 |"),
        md);
    assertTrue(md.contains("- **Root cause**: pool too small\n"), md);
    // times in another zone, and an outage still going on
    IncidentDriver ongoing = new IncidentDriver();
    ongoing.until(IncidentStatus.RESOLVING);
    String paris = ReviewMarkdown.render(IncidentReport.of(ongoing.events, ongoing.now.plusSeconds(3600),
        PolicySet.ofDefaults()), ZoneId.of("Europe/Paris"));
    assertTrue(paris.contains("title MI-1 (times in Europe/Paris)"), paris);
    assertTrue(paris.contains("    Resolving :active, 2026-11-23 09:07:00, 2026-11-23 10:07:00\n"), paris);
    assertTrue(paris.contains(" (ongoing) :crit, active, "), paris);
    assertTrue(paris.contains("No findings recorded yet."), paris);
    assertTrue(paris.contains("## Action items\n\nNone.\n"), paris);
  }

  @Test
  void aReviewInProgressShowsWhatIsMissingAndEachItemsLinks() {
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.IN_REVIEW);
    d.ok(new MaintenanceAction.AddReviewAction("A1", "analyse", null, null, ProblemRef.of("PRB-1"), null));
    d.ok(new MaintenanceAction.AddReviewAction("A2", "resize", IncidentDriver.BOB, LocalDate.of(2026, 12, 1), null,
        ChangeRef.of("CHG-7")));
    d.ok(new MaintenanceAction.AddReviewAction("A3", "rehearse", null, null, null, null));
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().problem(ProblemRef.of("PRB-1")).build()));
    String handedOver = ReviewMarkdown.render(IncidentReport.of(d.events, d.now, PolicySet.ofDefaults()),
        ZoneOffset.UTC);
    assertTrue(handedOver.endsWith("""
        ## Findings

        - **Problem record**: PRB-1 (root-cause analysis handed over)

        ## Action items

        | id | action | owner | due | status | linked to |
        |---|---|---|---|---|---|
        | A1 | analyse |  |  | OPEN | problem PRB-1 |
        | A2 | resize | bob | 2026-12-01 | OPEN | change CHG-7 |
        | A3 | rehearse |  |  | OPEN |  |
        """), handedOver);
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("still digging").build()));
    String open = ReviewMarkdown.render(IncidentReport.of(d.events, d.now, PolicySet.ofDefaults()), ZoneOffset.UTC);
    assertTrue(open.contains("## Findings\n\nstill digging\n\n- **Root cause**: not named yet\n\n## Action"), open);
  }

  @Test
  void overdueActionItemsAreListedAcrossIncidentsMostOverdueFirst() {
    IncidentDriver closed = outage("x");
    closed.ok(new MaintenanceAction.AssignReviewAction("PIR-1", IncidentDriver.AMY, LocalDate.of(2026, 12, 1)));
    IncidentDriver open = new IncidentDriver();
    open.until(IncidentStatus.IN_REVIEW);
    open.ok(new MaintenanceAction.AddReviewAction("A1", "rehearse", IncidentDriver.BOB, LocalDate.of(2026, 11, 28)));
    open.ok(new MaintenanceAction.AddReviewAction("A2", "document", IncidentDriver.BOB, LocalDate.of(2026, 12, 10)));
    open.ok(new MaintenanceAction.AddReviewAction("A3", "done already", IncidentDriver.BOB, LocalDate.of(2026, 11, 25)));
    open.ok(new MaintenanceAction.CompleteReviewAction("A3", null));
    open.ok(new MaintenanceAction.AddReviewAction("A4", "no owner yet", null, null));
    Instant dec3 = Instant.parse("2026-12-03T12:00:00Z");
    List<OverdueActionItems.Overdue> overdue = OverdueActionItems.at(List.of(closed.state, open.state), dec3,
        ZoneOffset.UTC);
    assertEquals(List.of("MI-1/A1 5", "MI-1/PIR-1 2"), overdue.stream().map(o -> o.incident() + "/" + o.actionId()
        + " " + o.daysOverdue()).toList());
    assertEquals(TenantId.DEFAULT, overdue.get(0).tenant());
    // the due date is the last day allowed: not overdue on it, wherever the zone puts the instant
    assertEquals(List.of(), OverdueActionItems.at(List.of(closed.state), Instant.parse("2026-12-01T23:30:00Z"),
        ZoneOffset.UTC));
    assertEquals(1, OverdueActionItems.at(List.of(closed.state), Instant.parse("2026-12-01T23:30:00Z"),
        ZoneId.of("Asia/Tokyo")).size());
  }
}
