package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ResponseRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The responders' effort: who was on the team for how long, in which role, and what their time cost. */
class ResponseCostTest {

  private static final Actor CAROL = Actor.of("carol");
  private static final Actor DAN = Actor.of("dan");
  private static final ResponseRates RATES = ResponseRates.of(new BigDecimal("150"),
      Map.of(TeamRole.RESOLVER, new BigDecimal("120")));

  private static Instant at(String time) {
    return Instant.parse("2026-11-23T" + time + ":00Z");
  }

  /**
   * Amy manages from 09:12 and hands over to Dan at 10:15; Bob resolves from 09:20; Carol scribes from 09:30 to
   * 10:00. Restored at 10:45, reopened at 11:15, restored again at 12:05.
   */
  private static IncidentDriver responded() {
    IncidentDriver d = new IncidentDriver();
    d.okAt(at("09:00"), new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
        Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Card payments failing"));
    d.okAt(at("09:03"), new IdentificationAction.EngageResolverGroup(IncidentDriver.NETWORK, true));
    d.okAt(at("09:05"), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "red"));
    d.okAt(at("09:10"), new IdentificationAction.Declare(null));
    d.okAt(at("09:12"), new ContainmentAction.AssignManager(IncidentDriver.AMY));
    d.okAt(at("09:20"), new ContainmentAction.AddTeamMember(IncidentDriver.BOB, TeamRole.RESOLVER));
    d.okAt(at("09:25"), new ContainmentAction.Mobilise(null));
    d.okAt(at("09:30"), new ContainmentAction.AddTeamMember(CAROL, TeamRole.SCRIBE));
    d.okAt(at("09:40"), new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG, false));
    d.okAt(at("10:00"), new ContainmentAction.RemoveTeamMember(CAROL));
    d.okAt(at("10:15"), new ContainmentAction.HandOverManager(DAN, HandoverReason.RELIEF,
        Briefing.of("fail-over running")));
    d.okAt(at("10:40"), new ResolutionAction.ApplyWorkaround("standby"));
    d.okAt(at("10:45"), new ResolutionAction.ConfirmRestoration(null));
    d.okAt(at("11:15"), new ResolutionAction.Reopen("failing again"));
    d.okAt(at("12:00"), new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-2"),
        "pool resized"));
    d.okAt(at("12:05"), new ResolutionAction.ConfirmRestoration(null));
    return d;
  }

  @Test
  void eachRolesTimeRunsFromJoiningToLeavingOrRestorationAndAgainAfterAReopen() {
    ResponseCost cost = ResponseCost.of(responded().events, at("18:00"), RATES);
    // Amy 09:12-10:15 and Dan 10:15-10:45 and 11:15-12:05; Bob 09:20-10:45 and 11:15-12:05; Carol 09:30-10:00.
    assertEquals(Map.of(ResponseCost.MANAGER, Duration.ofMinutes(63 + 30 + 50),
        "RESOLVER", Duration.ofMinutes(85 + 50), "SCRIBE", Duration.ofMinutes(30)), cost.effortByRole());
    assertEquals(Duration.ofMinutes(143 + 135 + 30), cost.effort());
    assertEquals(Map.of(ResponseCost.MANAGER, new BigDecimal("357.50"), "RESOLVER", new BigDecimal("270.00")),
        cost.costByRole());
    assertEquals(new BigDecimal("627.50"), cost.total());
    assertEquals(Set.of("SCRIBE"), cost.unpriced());
    assertFalse(cost.complete());
  }

  @Test
  void timeStillRunningIsCountedUpToTheReportAndNothingIsPricedWithoutRates() {
    IncidentDriver d = responded();
    ResponseCost midway = ResponseCost.of(d.events.subList(0, 10), at("10:10"), ResponseRates.none());
    // At 10:10: Amy 58 min, Bob 50 min, Carol 30 min (removed at 10:00).
    assertEquals(Map.of(ResponseCost.MANAGER, Duration.ofMinutes(58), "RESOLVER", Duration.ofMinutes(50),
        "SCRIBE", Duration.ofMinutes(30)), midway.effortByRole());
    assertEquals(BigDecimal.ZERO.setScale(2), midway.total());
    assertEquals(Set.of(ResponseCost.MANAGER, "RESOLVER", "SCRIBE"), midway.unpriced());
    assertTrue(ResponseCost.of(d.events.subList(0, 4), at("09:30"), RATES).effort().isZero(), "nobody yet");
  }

  @Test
  void anInstantBeforeTheLastEventAndNegativeRatesAreRefused() {
    IncidentDriver d = responded();
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> ResponseCost.of(d.events, at("12:00"), RATES));
    assertTrue(early.getMessage().startsWith("at must not be before the last event"), early.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ResponseRates.of(BigDecimal.TEN, Map.of(TeamRole.SCRIBE, new BigDecimal("-1"))));
    assertEquals("members.SCRIBE must not be negative, was -1", negative.getMessage());
  }
}
