package dev.mim.core.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked timelines. Times are UTC unless said. */
class CommunicationScheduleTest {

  private static final Instant IDENTIFIED = Instant.parse("2026-11-23T09:00:00Z");
  private static final Instant DECLARED = Instant.parse("2026-11-23T09:14:00Z");

  private final IncidentDriver d = new IncidentDriver();

  /** A P1 candidate identified at 09:00 and declared at 09:14. */
  private void declareP1() {
    d.okAt(IDENTIFIED, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.okAt(IDENTIFIED.plusSeconds(300), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.okAt(DECLARED, new IdentificationAction.Declare(null));
  }

  private List<UpdateDue> due(Instant at, CommunicationPolicy policy) {
    return CommunicationSchedule.due(d.state, at, policy);
  }

  private static UpdateDue of(List<UpdateDue> owed, Audience audience) {
    return owed.stream().filter(u -> u.audience().equals(audience)).findFirst().orElse(null);
  }

  private void send(Instant at, Audience audience) {
    d.okAt(at, new CommunicationAction.RecordStakeholderUpdate(audience, "update"));
  }

  @Test
  void theStateIsTheOneSourceOfTruthAndLookupsAgreeWithTheFullList() {
    declareP1();
    CommunicationPolicy dora = CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build();
    send(DECLARED.plusSeconds(600), Audience.EXECUTIVES);
    d.okAt(DECLARED.plusSeconds(900), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "initial notification").asReport(RegulatoryRegime.DORA_INITIAL)));
    Instant at = DECLARED.plusSeconds(3600);
    List<UpdateDue> all = due(at, dora);
    for (Audience a : List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK, Audience.AFFECTED_CUSTOMERS)) {
      assertEquals(of(all, a), CommunicationSchedule.dueFor(d.state, a, at, dora).orElse(null), a.toString());
    }
    assertTrue(CommunicationSchedule.dueFor(d.state, Audience.TECHNICAL_TEAMS, at, dora).isEmpty());
    // The initial notification was sent: only the intermediate report is owed, 72 h after it.
    assertTrue(CommunicationSchedule.reportDue(d.state, RegulatoryRegime.DORA_INITIAL, at, dora).isEmpty());
    UpdateDue intermediate =
        CommunicationSchedule.reportDue(d.state, RegulatoryRegime.DORA_INTERMEDIATE, at, dora).orElseThrow();
    assertEquals(DECLARED.plusSeconds(900).plus(Duration.ofHours(72)), intermediate.dueAt());
    assertTrue(all.contains(intermediate));
    assertTrue(CommunicationSchedule.reportDue(d.state, RegulatoryRegime.DORA_FINAL, at, dora).isEmpty(),
        "the final report waits for the intermediate one");
    assertTrue(CommunicationSchedule.reportDue(d.state, "unknown:report", at, dora).isEmpty());
  }

  @Test
  void whatTheStateKeepsForTheScheduleDoesNotGrowWithTheUpdatesSent() {
    declareP1();
    for (int i = 1; i <= 500; i++) {
      send(DECLARED.plusSeconds(60L * i), i % 2 == 0 ? Audience.EXECUTIVES : Audience.SERVICE_DESK);
    }
    assertEquals(2, d.state.communications().lastUpdates().size());
    assertEquals(DECLARED.plusSeconds(60L * 500), d.state.communications().lastUpdateTo(Audience.EXECUTIVES));
    assertTrue(d.state.communications().reportsSent().isEmpty());
  }

  @Test
  void nothingIsOwedBeforeDeclaration() {
    d.okAt(IDENTIFIED, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    assertTrue(due(IDENTIFIED.plusSeconds(7200), CommunicationPolicy.ofDefaults()).isEmpty());
  }

  @Test
  void p1FirstNoticesAreDueFifteenMinutesAfterDeclaration() {
    declareP1();
    List<UpdateDue> owed = due(DECLARED.plusSeconds(60), CommunicationPolicy.ofDefaults());
    assertEquals(3, owed.size());
    for (UpdateDue u : owed) {
      assertEquals(DueKind.FIRST_NOTICE, u.kind());
      assertEquals(Instant.parse("2026-11-23T09:29:00Z"), u.dueAt());
      assertFalse(u.overdue());
      assertNull(u.overdueSince());
    }
  }

  @Test
  void aLateUpdateMovesTheNextDeadlineFromWhenItWasSent() {
    declareP1();
    send(Instant.parse("2026-11-23T09:40:00Z"), Audience.EXECUTIVES); // 11 minutes late
    UpdateDue next = of(due(Instant.parse("2026-11-23T09:41:00Z"), CommunicationPolicy.ofDefaults()),
        Audience.EXECUTIVES);
    assertEquals(DueKind.UPDATE, next.kind());
    assertEquals(Instant.parse("2026-11-23T10:10:00Z"), next.dueAt(), "09:40 + 30 minutes, not 09:29 + 30");
    UpdateDue customers = of(due(Instant.parse("2026-11-23T09:41:00Z"), CommunicationPolicy.ofDefaults()),
        Audience.AFFECTED_CUSTOMERS);
    assertEquals(Instant.parse("2026-11-23T09:29:00Z"), customers.dueAt());
    assertTrue(customers.overdue());
  }

  @Test
  void aLateLookStillSeesTheOverdueUpdate() {
    // Not "fires at exact multiples": looking at 11:07, long after 10:10, shows it overdue since 10:10.
    declareP1();
    send(Instant.parse("2026-11-23T09:40:00Z"), Audience.EXECUTIVES);
    Instant look = Instant.parse("2026-11-23T11:07:00Z");
    UpdateDue exec = of(due(look, CommunicationPolicy.ofDefaults()), Audience.EXECUTIVES);
    assertTrue(exec.overdue());
    assertEquals(Instant.parse("2026-11-23T10:10:00Z"), exec.overdueSince());
    assertEquals(Duration.ofMinutes(57), exec.overdueBy(look));
  }

  @Test
  void customersAreUpdatedHourlyAtP1AndP2HasItsOwnCadence() {
    declareP1();
    send(Instant.parse("2026-11-23T09:20:00Z"), Audience.AFFECTED_CUSTOMERS);
    assertEquals(Instant.parse("2026-11-23T10:20:00Z"), of(due(Instant.parse("2026-11-23T09:21:00Z"),
        CommunicationPolicy.ofDefaults()), Audience.AFFECTED_CUSTOMERS).dueAt());
    d.okAt(Instant.parse("2026-11-23T09:25:00Z"), new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.HIGH, "one region"));
    List<UpdateDue> p2 = due(Instant.parse("2026-11-23T09:26:00Z"), CommunicationPolicy.ofDefaults());
    assertEquals(Instant.parse("2026-11-23T09:44:00Z"), of(p2, Audience.EXECUTIVES).dueAt(), "P2: 30 minutes");
    assertEquals(Instant.parse("2026-11-23T10:20:00Z"), of(p2, Audience.AFFECTED_CUSTOMERS).dueAt(), "P2: hourly");
  }

  @Test
  void restorationStopsUpdatesAndOwesARestorationNotice() {
    d.until(IncidentStatus.RESTORED);
    Instant restored = d.state.resolution().restoredAt();
    List<UpdateDue> owed = due(restored.plusSeconds(60), CommunicationPolicy.ofDefaults());
    assertEquals(3, owed.size());
    for (UpdateDue u : owed) {
      assertEquals(DueKind.RESTORATION_NOTICE, u.kind());
      assertEquals(restored.plus(Duration.ofMinutes(15)), u.dueAt());
    }
    send(restored.plusSeconds(120), Audience.EXECUTIVES);
    assertNull(of(due(restored.plusSeconds(7200), CommunicationPolicy.ofDefaults()), Audience.EXECUTIVES));
  }

  @Test
  void afterClosureOnlyTheClosureNoticeIsOwed() {
    d.until(IncidentStatus.CLOSED);
    List<UpdateDue> owed = due(d.now.plusSeconds(86_400), CommunicationPolicy.ofDefaults());
    assertEquals(3, owed.size());
    assertTrue(owed.stream().allMatch(u -> u.kind() == DueKind.CLOSURE_NOTICE && u.overdue()));
  }

  @Test
  void aDowngradeOwesAFinalNoticeOnlyToThoseInformed() {
    declareP1();
    send(Instant.parse("2026-11-23T09:20:00Z"), Audience.SERVICE_DESK);
    send(Instant.parse("2026-11-23T09:21:00Z"), Audience.REGULATOR); // informed outside any plan
    d.okAt(Instant.parse("2026-11-23T09:30:00Z"), new IdentificationAction.Downgrade("single user affected"));
    List<UpdateDue> owed = due(Instant.parse("2026-11-23T09:31:00Z"), CommunicationPolicy.ofDefaults());
    assertEquals(List.of(Audience.SERVICE_DESK, Audience.REGULATOR), owed.stream().map(UpdateDue::audience).toList(),
        "earliest due first");
    assertTrue(owed.stream().allMatch(u -> u.kind() == DueKind.DOWNGRADE_NOTICE));
    assertEquals(Instant.parse("2026-11-23T09:45:00Z"), of(owed, Audience.SERVICE_DESK).dueAt(), "15 min, as at P1");
    assertEquals(Instant.parse("2026-11-23T10:00:00Z"), of(owed, Audience.REGULATOR).dueAt(), "30 min default");
  }

  @Test
  void aSnoozeHoldsOffTheNextUpdateAndIsAnEvent() {
    declareP1();
    d.okAt(Instant.parse("2026-11-23T09:20:00Z"),
        new CommunicationAction.SnoozeUpdates(Audience.AFFECTED_CUSTOMERS, Duration.ofMinutes(90), "vendor call at 10:45"));
    assertEquals(Instant.parse("2026-11-23T10:50:00Z"), of(due(Instant.parse("2026-11-23T09:21:00Z"),
        CommunicationPolicy.ofDefaults()), Audience.AFFECTED_CUSTOMERS).dueAt());
    assertEquals(Instant.parse("2026-11-23T09:29:00Z"), of(due(Instant.parse("2026-11-23T09:21:00Z"),
        CommunicationPolicy.ofDefaults()), Audience.EXECUTIVES).dueAt(), "other audiences keep their deadline");
    assertEquals(IllegalArgumentException.class, assertThrows(IllegalArgumentException.class,
        () -> new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofHours(5), "long")).getClass());
  }

  @Test
  void anUpdateDueExactlyWhenItsSnoozeEndsIsDueThenAndOneDueAMinuteEarlierWaitsForTheEnd() {
    // The executives' first notice is due at 09:29; a snooze to exactly 09:29 leaves it there.
    declareP1();
    d.okAt(Instant.parse("2026-11-23T09:20:00Z"),
        new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofMinutes(9), "bridge call until 09:29"));
    UpdateDue atTheEnd = of(due(Instant.parse("2026-11-23T09:29:00Z"), CommunicationPolicy.ofDefaults()),
        Audience.EXECUTIVES);
    assertEquals(Instant.parse("2026-11-23T09:29:00Z"), atTheEnd.dueAt());
    assertFalse(atTheEnd.overdue(), "due at that instant, not overdue");
    d.okAt(Instant.parse("2026-11-23T09:21:00Z"),
        new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofMinutes(9), "bridge call until 09:30"));
    assertEquals(Instant.parse("2026-11-23T09:30:00Z"), of(due(Instant.parse("2026-11-23T09:29:00Z"),
        CommunicationPolicy.ofDefaults()), Audience.EXECUTIVES).dueAt());
  }

  @Test
  void businessHoursAudiencesWaitForTheNextWorkingTimeAcrossDaylightSavingAndHolidays() {
    WorkingHours berlin = WorkingHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .withHolidays(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));
    CommunicationPolicy policy = CommunicationPolicy.custom().calendar(berlin).plan(CommunicationPlan.custom()
        .priority(Priority.of(1), AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(15),
            Duration.ofMinutes(60)).inBusinessHoursOnly()).build()).build();
    // Declared Fri 27 Mar 2026 16:50 CET: the first notice would fall at 17:05, after hours. Clocks go forward
    // on Sunday, so Monday 09:00 CEST is 07:00 UTC.
    Instant friday = Instant.parse("2026-03-27T15:40:00Z");
    d.okAt(friday, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.okAt(friday.plusSeconds(300), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.okAt(Instant.parse("2026-03-27T15:50:00Z"), new IdentificationAction.Declare(null));
    UpdateDue first = of(due(Instant.parse("2026-03-28T12:00:00Z"), policy), Audience.EXECUTIVES);
    assertEquals(Instant.parse("2026-03-30T07:00:00Z"), first.dueAt());
    assertFalse(first.overdue(), "nobody is owed anything over the weekend");
    // An update on Thu 2 Apr at 16:30 CEST: the next falls at 17:30, after hours; Good Friday and Easter Monday are
    // holidays, so it is due Tue 7 Apr 09:00 CEST = 07:00 UTC.
    send(Instant.parse("2026-04-02T14:30:00Z"), Audience.EXECUTIVES);
    assertEquals(Instant.parse("2026-04-07T07:00:00Z"),
        of(due(Instant.parse("2026-04-02T15:00:00Z"), policy), Audience.EXECUTIVES).dueAt());
  }

  @Test
  void doraReportsFollowTheirClocks() {
    CommunicationPolicy dora = CommunicationPolicy.custom().plan(CommunicationPlan.custom().build())
        .regime(RegulatoryRegime.dora()).build();
    declareP1();
    UpdateDue initial = due(DECLARED, dora).get(0);
    assertEquals(RegulatoryRegime.DORA_INITIAL, initial.report());
    assertEquals(Instant.parse("2026-11-23T13:14:00Z"), initial.dueAt(), "4 h after classification as major");
    assertTrue(initial.legalBasis().contains("2022/2554") && initial.legalBasis().contains("2025/301"));
    assertEquals(1, due(DECLARED, dora).size(), "intermediate and final wait for the reports before them");

    d.okAt(Instant.parse("2026-11-23T12:00:00Z"), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "initial notification").asReport(RegulatoryRegime.DORA_INITIAL)));
    UpdateDue intermediate = due(Instant.parse("2026-11-23T12:01:00Z"), dora).get(0);
    assertEquals(RegulatoryRegime.DORA_INTERMEDIATE, intermediate.report());
    assertEquals(Instant.parse("2026-11-26T12:00:00Z"), intermediate.dueAt(), "72 h after the initial notification");

    d.okAt(Instant.parse("2026-11-25T10:00:00Z"), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "intermediate").asReport(RegulatoryRegime.DORA_INTERMEDIATE)));
    UpdateDue last = due(Instant.parse("2026-11-25T10:01:00Z"), dora).get(0);
    assertEquals(RegulatoryRegime.DORA_FINAL, last.report());
    assertEquals(Instant.parse("2026-12-25T10:00:00Z"), last.dueAt(), "one month after the latest intermediate");
  }

  @Test
  void doraInitialNotificationIsNeverLaterThan24HoursAfterAwareness() {
    CommunicationPolicy dora = CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build();
    d.okAt(IDENTIFIED, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.okAt(IDENTIFIED.plusSeconds(60), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.okAt(Instant.parse("2026-11-24T08:00:00Z"), new IdentificationAction.Declare("classified major late"));
    UpdateDue initial = due(Instant.parse("2026-11-24T08:00:00Z"), dora).stream()
        .filter(u -> u.kind() == DueKind.REGULATORY_REPORT).findFirst().orElseThrow();
    assertEquals(Instant.parse("2026-11-24T09:00:00Z"), initial.dueAt(), "24 h after awareness comes before 12:00");
  }

  @Test
  void nis2ReportsCountFromAwarenessAndTheNotification() {
    CommunicationPolicy nis2 = CommunicationPolicy.custom().plan(CommunicationPlan.custom().build())
        .regime(RegulatoryRegime.nis2()).build();
    declareP1();
    List<UpdateDue> owed = due(DECLARED, nis2);
    assertEquals(List.of(RegulatoryRegime.NIS2_EARLY_WARNING, RegulatoryRegime.NIS2_NOTIFICATION),
        owed.stream().map(UpdateDue::report).toList());
    assertEquals(Instant.parse("2026-11-24T09:00:00Z"), owed.get(0).dueAt());
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), owed.get(1).dueAt());
    assertTrue(owed.get(0).legalBasis().contains("2022/2555"));
    d.okAt(Instant.parse("2026-11-25T15:00:00Z"), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "notification").asReport(RegulatoryRegime.NIS2_NOTIFICATION)));
    List<UpdateDue> later = due(Instant.parse("2026-11-25T15:00:00Z"), nis2);
    assertEquals(Instant.parse("2026-12-25T15:00:00Z"), later.get(later.size() - 1).dueAt());
    assertTrue(later.get(0).overdue(), "the early warning was never sent");
  }

  @Test
  void regulatoryReportsOutliveClosureButNotADowngrade() {
    CommunicationPolicy nis2 = CommunicationPolicy.custom().regime(RegulatoryRegime.nis2()).build();
    IncidentDriver closed = new IncidentDriver().until(IncidentStatus.CLOSED);
    assertTrue(CommunicationSchedule.due(closed.state, closed.now, nis2).stream()
        .anyMatch(u -> u.kind() == DueKind.REGULATORY_REPORT));
    declareP1();
    d.okAt(Instant.parse("2026-11-23T10:00:00Z"), new IdentificationAction.Downgrade("not significant"));
    assertTrue(due(Instant.parse("2026-11-23T10:00:00Z"), nis2).isEmpty());
  }

  @Test
  void customerFacingUpdatesRefuseInternalContentAndPromisesMustLieAhead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StakeholderUpdate(
        Audience.AFFECTED_CUSTOMERS, "We are on it", null, false, null, "blame the DBA", null, null));
    assertEquals("internalNotes must be empty in an update to external audience affected-customers, was "
        + "'blame the DBA'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new StakeholderUpdate(Audience.REGULATOR, "Report", null,
        false, null, null, "pool exhaustion?", null));
    new StakeholderUpdate(Audience.EXECUTIVES, "Update", "stores cannot take cards", true, null, "DBA paged",
        "pool exhaustion?", null);
    declareP1();
    d.now = Instant.parse("2026-11-23T09:30:00Z");
    d.reject(ViolationCode.NEXT_UPDATE_IN_PAST, d.decide(new CommunicationAction.RecordStakeholderUpdate(new StakeholderUpdate(
        Audience.EXECUTIVES, "Update", null, false, Instant.parse("2026-11-23T09:00:00Z"), null, null, null))));
  }

  @Test
  void everyQueryNamesAMissingArgument() {
    declareP1();
    CommunicationPolicy p = CommunicationPolicy.ofDefaults();
    Instant at = DECLARED;
    assertEquals("state must not be null",
        assertThrows(IllegalArgumentException.class, () -> CommunicationSchedule.due(null, at, p)).getMessage());
    assertEquals("at must not be null", assertThrows(IllegalArgumentException.class,
        () -> CommunicationSchedule.dueFor(d.state, Audience.EXECUTIVES, null, p)).getMessage());
    assertEquals("policy must not be null", assertThrows(IllegalArgumentException.class,
        () -> CommunicationSchedule.reportDue(d.state, RegulatoryRegime.DORA_INITIAL, at, null)).getMessage());
    assertEquals("audience must not be null", assertThrows(IllegalArgumentException.class,
        () -> CommunicationSchedule.dueFor(d.state, null, at, p)).getMessage());
    assertEquals("reportId must not be null", assertThrows(IllegalArgumentException.class,
        () -> CommunicationSchedule.reportDue(d.state, null, at, p)).getMessage());
  }

  @Test
  void beforeDeclarationNoLookupAnswers() {
    d.okAt(IDENTIFIED, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    CommunicationPolicy dora = CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build();
    Instant later = IDENTIFIED.plusSeconds(36_000);
    assertTrue(CommunicationSchedule.dueFor(d.state, Audience.EXECUTIVES, later, dora).isEmpty());
    assertTrue(CommunicationSchedule.reportDue(d.state, RegulatoryRegime.DORA_INITIAL, later, dora).isEmpty());
  }

  @Test
  void aFinalNoticeGoesToAnAudienceInformedUnderAnotherPrioritysPlan() {
    // Executives are in the plan at P1 only; informed while P1, they are still owed the restoration notice
    // after the incident was lowered to P3, under the P1 plan's promptness.
    AudiencePlan execs = AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(20), Duration.ofMinutes(40));
    CommunicationPolicy p1Only = CommunicationPolicy.custom().plan(CommunicationPlan.custom()
        .priority(Priority.of(1), execs).build()).build();
    assertEquals(execs, p1Only.plan().nearest(Priority.of(3), Audience.EXECUTIVES).orElseThrow());
    assertTrue(p1Only.plan().nearest(Priority.of(3), Audience.REGULATOR).isEmpty());
    declareP1();
    send(DECLARED.plusSeconds(300), Audience.EXECUTIVES);
    d.okAt(DECLARED.plusSeconds(600), new IdentificationAction.Reprioritise(Impact.LOW, Urgency.MEDIUM, "contained"));
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
    d.ok(new IdentificationAction.EngageResolverGroup(IncidentDriver.NETWORK, true));
    d.ok(new ContainmentAction.Mobilise(null));
    d.ok(new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG, false));
    d.ok(new ResolutionAction.ApplyWorkaround("standby"));
    d.ok(new ResolutionAction.ConfirmRestoration(null));
    UpdateDue notice = of(due(d.now, p1Only), Audience.EXECUTIVES);
    assertEquals(DueKind.RESTORATION_NOTICE, notice.kind());
    assertEquals(d.now.plus(Duration.ofMinutes(20)), notice.dueAt());
  }

  @Test
  void reportsOfOneAudienceDueAtOnceComeInTheRegimesOrder() {
    declareP1();
    RegulatoryRegime.Deadline fourHours = new RegulatoryRegime.Deadline(RegulatoryRegime.Anchor.CLASSIFIED_MAJOR,
        null, java.time.Duration.ofHours(4));
    RegulatoryRegime first = new RegulatoryRegime("Z-first", Audience.REGULATOR, List.of(
        new RegulatoryRegime.Report("z:b-report", "b", List.of(fourHours), "law Z")));
    RegulatoryRegime second = new RegulatoryRegime("A-second", Audience.REGULATOR, List.of(
        new RegulatoryRegime.Report("a:a-report", "a", List.of(fourHours), "law A")));
    CommunicationPolicy policy = CommunicationPolicy.custom().regime(first).regime(second).build();
    List<String> reports = due(DECLARED.plusSeconds(60), policy).stream().map(UpdateDue::report)
        .filter(java.util.Objects::nonNull).toList();
    assertEquals(List.of("z:b-report", "a:a-report"), reports);
  }
}
