package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.TenantId;
import dev.mim.core.incident.TimeRange;
import dev.mim.core.json.Json;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every limit, tested on both sides: the last value accepted, one more refused. */
class BoundariesTest {

  private final IncidentDriver d = new IncidentDriver();

  private static String fails(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  @Test
  void identifiersUpTo128AndTextsUpTo4000Characters() {
    assertEquals(128, IncidentId.of("i".repeat(128)).value().length());
    assertTrue(fails(() -> IncidentId.of("i".repeat(129))).startsWith("incidentId must be at most 128 characters"));
    assertEquals(4000, new IdentificationAction.Downgrade("r".repeat(4000)).reason().length());
    assertTrue(fails(() -> new IdentificationAction.Downgrade("r".repeat(4001))).startsWith("reason must be at most 4000"));
  }

  @Test
  void theLastLevelOfTheMatrixIsAcceptedAndOneMoreRefused() {
    d.policies = PolicySet.custom().priorityMatrix(PriorityMatrix.of(new int[][] {
        {1, 1, 2, 2, 3}, {1, 2, 2, 3, 3}, {2, 2, 3, 3, 4}, {2, 3, 3, 4, 4}, {3, 3, 4, 4, 5}})).build();
    d.ok(new IdentificationAction.Identify(IdentificationSource.OTHER, Set.of(ServiceId.of("s")), Impact.of(5), Urgency.of(5),
        "the lowest cell"));
    assertTrue(fails(() -> Impact.of(6)).startsWith("impact must be between 1 and 5, was 6"));

    IncidentDriver itil = new IncidentDriver();
    itil.ok(new IdentificationAction.Identify(IdentificationSource.OTHER, Set.of(ServiceId.of("s")), Impact.of(3), Urgency.of(3),
        "the lowest ITIL cell"));
    Decision.Rejected r = itil.no(ViolationCode.OUTSIDE_PRIORITY_MATRIX,
        new IdentificationAction.Reprioritise(Impact.of(4), Urgency.of(3), "beyond the matrix"));
    assertEquals("action.impact", r.violations().get(0).field());
  }

  @Test
  void theTenThousandthChildIsLinkedAndOneMoreRefused() {
    d.until(IncidentStatus.CANDIDATE);
    for (int i = 1; i <= IncidentDecider.MAX_CHILDREN; i++) {
      d.okAt(d.now, new IdentificationAction.LinkChild(IncidentId.of("INC-" + i)));
    }
    assertEquals(IncidentDecider.MAX_CHILDREN, d.state.children().size());
    Decision.Rejected r = d.no(ViolationCode.LIMIT_EXCEEDED, new IdentificationAction.LinkChild(IncidentId.of("INC-0")));
    assertTrue(r.violations().get(0).message().contains("10000 child incidents"), r.violations().toString());
  }

  @Test
  void theFiveHundredthReviewActionIsAddedAndOneMoreRefused() {
    d.until(IncidentStatus.IN_REVIEW);
    for (int i = 1; i <= IncidentDecider.MAX_REVIEW_ACTIONS; i++) {
      d.okAt(d.now, new MaintenanceAction.AddReviewAction("A" + i, "do " + i, Actor.of("amy"), LocalDate.of(2027, 1, 1)));
    }
    d.no(ViolationCode.LIMIT_EXCEEDED, new MaintenanceAction.AddReviewAction("A0", "one more", null, null));
  }

  @Test
  void theTwoHundredthMemberAndFiftiethGroupAreAcceptedAndOneMoreRefused() {
    d.until(IncidentStatus.CANDIDATE);
    for (int i = 1; i <= IncidentDecider.MAX_TEAM_MEMBERS; i++) {
      d.okAt(d.now, new ContainmentAction.AddTeamMember(Actor.of("m" + i), TeamRole.RESOLVER));
    }
    d.no(ViolationCode.LIMIT_EXCEEDED, new ContainmentAction.AddTeamMember(Actor.of("m0"), TeamRole.RESOLVER));
    for (int i = 1; i <= IncidentDecider.MAX_RESOLVER_GROUPS; i++) {
      d.okAt(d.now, new IdentificationAction.EngageResolverGroup(ResolverGroup.of("g" + i), false));
    }
    d.no(ViolationCode.LIMIT_EXCEEDED, new IdentificationAction.EngageResolverGroup(ResolverGroup.of("g0"), false));
  }

  @Test
  void anOpenReviewActionIsReassignedAfterTheReviewButNoItemIsAddedThenAndAClosedOneStaysClosed() {
    d.until(IncidentStatus.IN_REVIEW);
    d.ok(new MaintenanceAction.AddReviewAction("A1", "alert on pool size", Actor.of("lee"), LocalDate.of(2026, 12, 4)));
    d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
    d.ok(new MaintenanceAction.SubmitReview(null));
    d.ok(new MaintenanceAction.CompleteReview("approved by the CAB"));
    d.ok(new MaintenanceAction.AssignReviewAction("A1", Actor.of("kim"), LocalDate.of(2026, 12, 10)));
    d.no(ViolationCode.REVIEW_ALREADY_COMPLETED, new MaintenanceAction.AddReviewAction("A2", "late idea", null, null));
    d.ok(new MaintenanceAction.CompleteReviewAction("A1", "alert in place"));
    d.no(ViolationCode.REVIEW_ACTION_CLOSED,
        new MaintenanceAction.AssignReviewAction("A1", Actor.of("lee"), LocalDate.of(2026, 12, 20)));
  }

  @Test
  void aCatalogueNamesEachServiceOnce() {
    BusinessService mail = new BusinessService(ServiceId.of("mail"), "Mail", 2, BigDecimal.TEN,
        ResolverGroup.of("ops"), Actor.of("owner"));
    assertEquals("services must name each id once, found mail twice",
        fails(() -> ServiceCatalogue.of(List.of(mail, mail.withName("Mail again")))));
  }

  @Test
  void instantsFrom1970ToTheYear9999AreAcceptedAndNothingBeyond() {
    Action declare = new IdentificationAction.Declare(null);
    IncidentId mi = IncidentId.of("MI-1");
    Actor a = Actor.of("a");
    new IncidentCommand(TenantId.DEFAULT, mi, a, TimeRange.LATEST, null, declare);
    new IncidentCommand(TenantId.DEFAULT, mi, a, TimeRange.EARLIEST, null, declare);
    assertTrue(fails(() -> new IncidentCommand(TenantId.DEFAULT, mi, a, TimeRange.LATEST.plusNanos(1), null, declare))
        .startsWith("occurredAt must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z"));
    assertTrue(fails(() -> new IncidentCommand(TenantId.DEFAULT, mi, a, Instant.MAX.minusSeconds(60), null, declare))
        .startsWith("occurredAt must be between"));
    assertTrue(fails(() -> new IncidentCommand(TenantId.DEFAULT, mi, a, TimeRange.EARLIEST.minusNanos(1), null, declare))
        .startsWith("occurredAt must be between"));
    assertTrue(fails(() -> IncidentEvent.of(mi, 1, Instant.MIN, a, new MaintenanceFact.IncidentClosed(null)))
        .startsWith("occurredAt must be between"));
    assertTrue(fails(() -> StakeholderUpdate.builder().audience(Audience.EXECUTIVES).summary("s")
        .nextUpdateAt(Instant.MAX).build()).startsWith("nextUpdateAt must be between"));
  }

  @Test
  void theDeciderComputesSafelyAtTheEndOfTime() {
    // A snooze ending at the last instant accepted, a verification window and a restoration near it: no arithmetic
    // overflows, and every event stored reads back.
    d.policies = PolicySet.custom().verificationWindow(PolicySet.MAX_VERIFICATION_WINDOW).build();
    d.until(IncidentStatus.RESTORED);
    Instant last = TimeRange.LATEST;
    d.okAt(last.minus(Action.MAX_SNOOZE), new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Action.MAX_SNOOZE, "vendor"));
    assertEquals(last, d.state.communications().snoozedUntil(Audience.EXECUTIVES));
    d.now = last;
    Decision.Rejected r = d.reject(ViolationCode.VERIFICATION_WINDOW_ELAPSED, d.decide(new ResolutionAction.Reopen("too late")));
    assertEquals("occurredAt", r.violations().get(0).field());
    assertTrue(IncidentDecider.replay(d.events).equals(d.state));
    assertEquals(ActionKind.SNOOZE_UPDATES, d.events.get(d.events.size() - 1).fact().kind().cause());
    for (IncidentEvent e : d.events) {
      assertEquals(e, Json.roundTrip(e));
    }
  }

  @Test
  void aSnoozeThatWouldEndAfterTheLastInstantIsRefusedNotStored() {
    // 4 hours from 9999-12-31T22:00Z ends past the year 9999: accepting it would store an event no reader reads.
    d.until(IncidentStatus.DECLARED);
    d.now = Instant.parse("9999-12-31T22:00:00Z");
    Decision.Rejected r = d.reject(ViolationCode.OUTSIDE_TIME_RANGE,
        d.decide(new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Action.MAX_SNOOZE, "vendor")));
    assertEquals("action.length", r.violations().get(0).field());
    assertTrue(r.violations().get(0).message().contains("would end at +10000-01-01T02:00:00Z"),
        r.violations().get(0).message());
    d.okAt(d.now, new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofMinutes(119), "vendor"));
  }

  @Test
  void aBriefingCannotPromiseAnUpdateOutsideTheTimeRange() {
    assertTrue(fails(() -> new Briefing.AudienceBrief(Audience.EXECUTIVES, "told", Instant.MAX))
        .startsWith("nextDue must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z, was"));
    assertTrue(fails(() -> new CommunicationFact.UpdatesSnoozed(Audience.EXECUTIVES, TimeRange.LATEST.plusNanos(1), "vendor"))
        .startsWith("until must be between"));
    assertEquals(TimeRange.LATEST, new Briefing.AudienceBrief(Audience.EXECUTIVES, "told", TimeRange.LATEST).nextDue());
  }

  @Test
  void durationsInPoliciesAreBounded() {
    assertTrue(fails(() -> PolicySet.custom().verificationWindow(Duration.ofDays(367)).build())
        .startsWith("verificationWindow must be at most PT8784H"));
    assertTrue(fails(() -> AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(15), Duration.ofDays(400)))
        .startsWith("updateEvery must be at most"));
  }
}
