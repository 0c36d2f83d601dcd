package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.DueKind;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CausingChange;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.incident.TriageFact;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.PeriodReport;
import dev.mim.core.report.ReviewMarkdown;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Triage's other outcomes (declined, duplicate and its merge) and the changes linked as an incident's cause. */
class TriageAndCausesTest {

  private static final IncidentId ORIGINAL = IncidentId.of("MI-0");

  @Test
  void aDeclinedCandidateEndsWithItsReasonAndNothingIsOwedForIt() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    d.no(ViolationCode.REASON_MISSING, new TriageAction.Decline(null));
    d.ok(new TriageAction.Decline("a load test the desk was not told of"));
    assertEquals(IncidentStatus.DECLINED, d.state.status());
    assertEquals("a load test the desk was not told of", d.state.downgradeReason());
    assertEquals(d.now, d.state.endedAt());
    assertTrue(CommunicationSchedule.due(d.state, d.now.plus(Duration.ofHours(1)), d.policies.communication())
        .isEmpty());
    assertEquals(Set.of(), dev.mim.core.incident.Transitions.legalActions(IncidentStatus.DECLINED));
  }

  @Test
  void onlyACandidateCanBeDeclined() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    d.no(ViolationCode.ILLEGAL_TRANSITION, new TriageAction.Decline("not an incident"));
  }

  @Test
  void aDuplicateEndsNamingItsOriginalAndItsInformedAudiencesAreOwedTheMergeNotice() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.MOBILISED);
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "payments down, bridge open"));
    d.no(ViolationCode.DUPLICATE_OF_SELF, new TriageAction.MarkDuplicate(IncidentDriver.MI, "same"));
    d.no(ViolationCode.REASON_MISSING, new TriageAction.MarkDuplicate(ORIGINAL, " "));
    d.ok(new TriageAction.MarkDuplicate(ORIGINAL, "the same database failover as MI-0"));
    assertEquals(IncidentStatus.DUPLICATE, d.state.status());
    TriageFact.MarkedDuplicate fact = (TriageFact.MarkedDuplicate) last(d).fact();
    assertEquals(ORIGINAL, fact.original());
    assertEquals(IncidentStatus.MOBILISED, fact.from());
    List<UpdateDue> owed = CommunicationSchedule.due(d.state, d.now, d.policies.communication());
    assertEquals(List.of(Audience.EXECUTIVES), owed.stream().map(UpdateDue::audience).toList());
    assertEquals(DueKind.DUPLICATE_NOTICE, owed.get(0).kind());
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "merged into MI-0"));
    assertTrue(CommunicationSchedule.due(d.state, d.now, d.policies.communication()).isEmpty());
    d.no(ViolationCode.ILLEGAL_TRANSITION, new ResolutionAction.ApplyWorkaround("standby"));
  }

  @Test
  void aRestoredIncidentIsNoLongerMarkedADuplicate() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.RESTORED);
    d.no(ViolationCode.ILLEGAL_TRANSITION, new TriageAction.MarkDuplicate(ORIGINAL, "same"));
  }

  @Test
  void theOriginalTakesTheDuplicateItsChildrenAndItsEarlierFirstSignal() {
    IncidentDriver dup = new IncidentDriver();
    dup.ok(new IdentificationAction.Identify(dev.mim.core.incident.IdentificationSource.USER_REPORT,
        Set.of(dev.mim.core.service.ServiceId.of("payments")), dev.mim.core.priority.Impact.HIGH,
        dev.mim.core.priority.Urgency.HIGH, "checkout fails", IncidentDriver.T0.minus(Duration.ofMinutes(20))));
    dup.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-7")));
    TriageAction.MergeDuplicate merge = TriageAction.MergeDuplicate.of(dup.state);
    assertEquals(new TriageAction.MergeDuplicate(IncidentDriver.MI, Set.of(IncidentId.of("INC-7")),
        IncidentDriver.T0.minus(Duration.ofMinutes(20))), merge);

    IncidentDriver original = new IncidentDriver().until(IncidentStatus.DECLARED);
    Instant firstBefore = original.state.classification().firstSignalAt();
    original.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-8")));
    TriageAction.MergeDuplicate other = new TriageAction.MergeDuplicate(IncidentId.of("MI-2"),
        Set.of(IncidentId.of("INC-7")), IncidentDriver.T0.minus(Duration.ofMinutes(20)));
    original.ok(other);
    IncidentState s = original.state;
    assertEquals(List.of(IncidentId.of("INC-8"), IncidentId.of("MI-2"), IncidentId.of("INC-7")),
        s.children().toList());
    assertTrue(IncidentDriver.T0.minus(Duration.ofMinutes(20)).isBefore(firstBefore));
    assertEquals(IncidentDriver.T0.minus(Duration.ofMinutes(20)), s.classification().firstSignalAt());
    // A later signal leaves the first one where it was.
    original.ok(new TriageAction.MergeDuplicate(IncidentId.of("MI-3"), Set.of(), original.now));
    assertEquals(IncidentDriver.T0.minus(Duration.ofMinutes(20)), original.state.classification().firstSignalAt());
  }

  @Test
  void aMergeIsRefusedForItselfAndForChildrenAlreadyLinked() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-8")));
    Instant at = d.now;
    d.no(ViolationCode.DUPLICATE_OF_SELF, new TriageAction.MergeDuplicate(IncidentDriver.MI, Set.of(), at));
    d.no(ViolationCode.CHILD_ALREADY_LINKED,
        new TriageAction.MergeDuplicate(IncidentId.of("INC-8"), Set.of(), at));
    d.no(ViolationCode.CHILD_ALREADY_LINKED,
        new TriageAction.MergeDuplicate(IncidentId.of("MI-2"), Set.of(IncidentId.of("INC-8")), at));
    d.no(ViolationCode.CHILD_IS_SELF,
        new TriageAction.MergeDuplicate(IncidentId.of("MI-2"), Set.of(IncidentDriver.MI), at));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        new TriageAction.MergeDuplicate(IncidentId.of("MI-2"), Set.of(IncidentId.of("MI-2")), at));
    assertEquals("children must not hold the duplicate MI-2 itself", e.getMessage());
  }

  @Test
  void declinedAndDuplicateIncidentsStayOutOfThePeriodsFiguresAndTheirReviewsSaySo() {
    IncidentDriver declined = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    declined.ok(new TriageAction.Decline("a test"));
    IncidentDriver duplicate = new IncidentDriver().until(IncidentStatus.DECLARED);
    duplicate.ok(new TriageAction.MarkDuplicate(ORIGINAL, "same failure"));
    IncidentDriver kept = new IncidentDriver().until(IncidentStatus.RESTORED);
    Instant at = IncidentDriver.T0.plus(Duration.ofHours(2));
    List<IncidentReport> reports = List.of(report(declined, at), report(duplicate, at), report(kept, at));
    PeriodReport period = PeriodReport.of(reports, IncidentDriver.T0.minus(Duration.ofDays(1)),
        IncidentDriver.T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    assertEquals(1, period.all().incidents());
    assertEquals(Map.of(IncidentStatus.DECLINED, List.of(IncidentDriver.MI), IncidentStatus.DUPLICATE,
        List.of(IncidentDriver.MI)), period.keptOut());
    assertTrue(ReviewMarkdown.render(reports.get(1)).contains(
        "| in the figures | no: a duplicate, kept out of every aggregate |"), ReviewMarkdown.render(reports.get(1)));
    assertTrue(ReviewMarkdown.render(reports.get(0)).contains(
        "| in the figures | no: declined by triage, kept out of every aggregate |"));
    assertTrue(!ReviewMarkdown.render(reports.get(2)).contains("| in the figures |"));
  }

  @Test
  void aSuspectedCauseMayBeConfirmedOnceAndNothingElseLinksTwice() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.RESOLVING);
    ChangeRef chg = ChangeRef.of("CHG-77");
    d.ok(new ResolutionAction.LinkCausingChange(chg, false, "deployed ten minutes before the alerts"));
    d.no(ViolationCode.CAUSE_ALREADY_LINKED, new ResolutionAction.LinkCausingChange(chg, false, null));
    d.ok(new ResolutionAction.LinkCausingChange(chg, true, "rollback restored service"));
    d.no(ViolationCode.CAUSE_ALREADY_LINKED, new ResolutionAction.LinkCausingChange(chg, true, null));
    d.no(ViolationCode.CAUSE_ALREADY_LINKED, new ResolutionAction.LinkCausingChange(chg, false, null));
    d.ok(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-12"), false, null));
    assertEquals(List.of(new CausingChange(ChangeRef.of("CHG-12"), false), new CausingChange(chg, true)),
        d.state.resolution().causes());
  }

  @Test
  void aCauseMayBeLinkedAfterClosureButNotOnceDowngraded() {
    IncidentDriver closed = new IncidentDriver().until(IncidentStatus.CLOSED);
    closed.ok(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-1"), true, "found by problem management"));
    IncidentDriver downgraded = new IncidentDriver().until(IncidentStatus.DECLARED);
    downgraded.ok(new IdentificationAction.Downgrade("not major"));
    downgraded.no(ViolationCode.ILLEGAL_TRANSITION,
        new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-1"), true, null));
  }

  @Test
  void replayRefusesAStoredHistoryThatLinksAConfirmedCauseTwiceOrMarksItselfADuplicate() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.RESOLVING);
    d.ok(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-77"), true, null));
    List<IncidentEvent> twice = new java.util.ArrayList<>(d.events);
    twice.add(IncidentEvent.of(IncidentDriver.MI, d.state.version() + 1, d.now.plusSeconds(60), IncidentDriver.AMY,
        new dev.mim.core.incident.ResolutionFact.CausingChangeLinked(ChangeRef.of("CHG-77"), true, null)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(twice));
    assertTrue(e.getMessage().contains("cause-already-linked"), e.getMessage());

    IncidentDriver c = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    List<IncidentEvent> self = new java.util.ArrayList<>(c.events);
    self.add(IncidentEvent.of(IncidentDriver.MI, c.state.version() + 1, c.now.plusSeconds(60), IncidentDriver.AMY,
        new TriageFact.MarkedDuplicate(IncidentDriver.MI, IncidentStatus.CANDIDATE, "same")));
    e = assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(self));
    assertTrue(e.getMessage().contains("duplicate-of-self"), e.getMessage());
  }

  private static IncidentEvent last(IncidentDriver d) {
    return d.events.get(d.events.size() - 1);
  }

  private static IncidentReport report(IncidentDriver d, Instant at) {
    return IncidentReport.of(d.events, at, d.policies);
  }
}
