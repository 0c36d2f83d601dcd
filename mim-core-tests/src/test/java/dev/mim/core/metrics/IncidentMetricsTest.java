package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every figure on hand-built incidents: the practice's Monday morning, a downgrade, a candidate never declared. */
class IncidentMetricsTest {

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(List.of(
      new BusinessService(ServiceId.of("payments"), "Card payments", 1, new BigDecimal("10000"),
          ResolverGroup.of("payments"), Actor.of("owner")),
      new BusinessService(ServiceId.of("intranet"), "Intranet", 3, BigDecimal.ZERO, ResolverGroup.of("web"),
          Actor.of("owner"))));
  private static final CommunicationPolicy COMMS = CommunicationPolicy.ofDefaults();

  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  private static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }

  /** The practice's example: first signal 09:00, declared 09:12, restored 10:45, reopened 11:15, restored 12:05. */
  private static IncidentDriver mondayMorning() {
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    d.okAt(at("09:02"), new IdentificationAction.Identify(IdentificationSource.SERVICE_DESK_VOLUME,
        Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "card payments failing", at("09:00")));
    d.okAt(at("09:05"), new IdentificationAction.EngageResolverGroup(ResolverGroup.of("payments"), true));
    d.okAt(at("09:10"), new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, "stores confirm"));
    d.okAt(at("09:12"), new IdentificationAction.Declare(null));
    d.okAt(at("09:13"), new ContainmentAction.AssignManager(IncidentDriver.AMY));
    d.okAt(at("09:15"), new EscalationAction.Acknowledge());
    d.okAt(at("09:20"), new ContainmentAction.Mobilise("bridge open"));
    d.okAt(at("09:30"), new ResolutionAction.StartResolution("fail over", ChangeRef.of("CHG-1"), true));
    d.okAt(at("10:40"), new ResolutionAction.ApplyWorkaround("traffic on the standby"));
    d.okAt(at("10:45"), new ResolutionAction.ConfirmRestoration(null));
    d.okAt(at("11:15"), new ResolutionAction.Reopen("payments failing again"));
    d.okAt(at("12:00"), new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-2"), "pool resized"));
    d.okAt(at("12:05"), new ResolutionAction.ConfirmRestoration(null));
    return d;
  }

  @Test
  void theMondayMorningExampleGivesTwoHoursThirtyFiveMinutesOfOutageAndItsCost() {
    IncidentDriver d = mondayMorning();
    IncidentMetrics m = IncidentMetrics.measure(d.events, at("13:00"), COMMS);
    assertEquals(List.of(new OutageWindow(at("09:00"), at("10:45"), false),
        new OutageWindow(at("11:15"), at("12:05"), false)), m.outage());
    assertEquals(Duration.ofHours(2).plusMinutes(35), m.outageTotal());
    DowntimeCost cost = DowntimeCost.of(m, CATALOGUE);
    assertEquals(new BigDecimal("25833.33"), cost.total());
    assertEquals(Map.of(ServiceId.of("payments"), new BigDecimal("25833.33")), cost.byService());
    assertTrue(cost.complete());

    assertEquals(minutes(10), m.timeToValidate());
    assertEquals(minutes(12), m.timeToDeclare());
    assertEquals(minutes(3), m.timeToEngage());
    assertEquals(minutes(2), m.timeToAcknowledge());
    assertEquals(minutes(8), m.timeToMobilise());
    assertEquals(minutes(100), m.timeToWorkaround());
    assertEquals(minutes(105), m.timeToFirstRestoration());
    assertEquals(minutes(185), m.timeToFinalRestoration());
    assertNull(m.timeToClose());
    assertEquals(1, m.reopenCount());
    assertEquals(0, m.escalationsFired());
    assertEquals(at("09:00"), m.firstSignalAt());
    assertEquals(at("09:02"), m.identifiedAt());
    assertEquals(IncidentStatus.RESTORED, m.status());
    // no stakeholder update was sent: those owed are overdue at 13:00
    assertEquals(0.0, m.updateAdherence());
  }

  @Test
  void whileReopenedTheFinalRestorationIsNotReachedAndTheOutageIsOngoing() {
    IncidentDriver d = mondayMorning();
    List<IncidentEvent> untilReopen = d.events.subList(0, 11);
    IncidentMetrics m = IncidentMetrics.measure(untilReopen, at("11:45"), COMMS);
    assertEquals(minutes(105), m.timeToFirstRestoration());
    assertNull(m.timeToFinalRestoration());
    assertEquals(new OutageWindow(at("11:15"), at("11:45"), true), m.outage().get(1));
    assertEquals(minutes(135), m.outageTotal());
    // measured later, the ongoing outage is longer and costs more
    IncidentMetrics later = IncidentMetrics.measure(untilReopen, at("12:45"), COMMS);
    assertTrue(DowntimeCost.of(later, CATALOGUE).total().compareTo(DowntimeCost.of(m, CATALOGUE).total()) > 0);
  }

  @Test
  void aDowngradedIncidentsOutageEndsAtTheDowngradeAndACandidateNeverDeclaredHasNone() {
    IncidentDriver declared = new IncidentDriver();
    declared.until(IncidentStatus.DECLARED);
    Instant declaredAt = declared.state.declaredAt();
    declared.okAt(declaredAt.plus(minutes(20)), new IdentificationAction.Downgrade("only one store affected"));
    IncidentMetrics m = IncidentMetrics.measure(declared.events, declaredAt.plus(minutes(60)), COMMS);
    assertEquals(List.of(new OutageWindow(m.firstSignalAt(), declaredAt.plus(minutes(20)), false)), m.outage());
    assertEquals(Duration.between(m.identifiedAt(), declaredAt), m.timeToValidate());
    assertEquals(IncidentStatus.DOWNGRADED, m.status());

    IncidentDriver candidate = new IncidentDriver();
    candidate.until(IncidentStatus.CANDIDATE);
    Instant identified = candidate.state.classification().identifiedAt();
    candidate.okAt(identified.plus(minutes(7)), new IdentificationAction.Downgrade("momentary alert"));
    IncidentMetrics never = IncidentMetrics.measure(candidate.events, identified.plus(minutes(30)), COMMS);
    assertEquals(List.of(), never.outage());
    assertEquals(Duration.ZERO, never.outageTotal());
    assertEquals(minutes(7), never.timeToValidate());
    assertNull(never.timeToDeclare());
    assertNull(never.timeToMobilise());
    assertNull(never.timeToFirstRestoration());
    assertNull(never.updateAdherence(), "nothing was owed to anyone");
    assertEquals(BigDecimal.ZERO, DowntimeCost.of(never, CATALOGUE).total().stripTrailingZeros());
  }

  @Test
  void theWholeHappyPathIsMeasuredAndUpdatesOnTimeCount() {
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.MOBILISED);
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "on it"));
    d.until(IncidentStatus.CLOSED);
    IncidentMetrics m = IncidentMetrics.measure(d.events, d.now, COMMS);
    // one minute per step from 08:01: identified, engaged, validated, declared 08:04, manager 08:05, mobilised
    // 08:06, update, resolution, workaround 08:09, restored 08:10, ... closed 08:15
    assertEquals(minutes(3), m.timeToDeclare());
    assertEquals(minutes(1), m.timeToEngage());
    assertNull(m.timeToAcknowledge(), "the manager never acknowledged");
    assertEquals(minutes(2), m.timeToMobilise());
    assertEquals(minutes(8), m.timeToWorkaround());
    assertEquals(minutes(9), m.timeToFirstRestoration());
    assertEquals(minutes(9), m.timeToFinalRestoration());
    assertEquals(minutes(14), m.timeToClose());
    assertEquals(IncidentStatus.CLOSED, m.status());
    assertEquals(1.0, m.updateAdherence(), "the one update owed so far was sent on time");
    IncidentMetrics hourLater = IncidentMetrics.measure(d.events, d.now.plus(Duration.ofHours(1)), COMMS);
    assertTrue(hourLater.updateAdherence() > 0 && hourLater.updateAdherence() < 1,
        "the notices owed since are overdue: " + hourLater.updateAdherence());
  }

  @Test
  void aServiceTheCatalogueDoesNotPriceIsListedAndTheTotalIsALowerBound() {
    IncidentMetrics m = IncidentMetrics.measure(mondayMorning().events, at("13:00"), COMMS);
    DowntimeCost open = DowntimeCost.of(m, ServiceCatalogue.open());
    assertEquals(Set.of(ServiceId.of("payments")), open.unpriced());
    assertFalse(open.complete());
    assertEquals(0, open.total().signum());
    DowntimeCost mixed = DowntimeCost.of(Set.of(ServiceId.of("payments"), ServiceId.of("intranet"),
        ServiceId.of("legacy")), Duration.ofMinutes(90), CATALOGUE);
    assertEquals(new BigDecimal("15000.00"), mixed.total());
    assertEquals(new BigDecimal("0.00"), mixed.byService().get(ServiceId.of("intranet")));
    assertEquals(Set.of(ServiceId.of("legacy")), mixed.unpriced());
  }

  @Test
  void aCorruptHistoryOrAnInstantBeforeTheLastEventIsRefused() {
    IncidentDriver d = mondayMorning();
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> IncidentMetrics.measure(d.events, at("12:00"), COMMS));
    assertEquals("at must not be before the last event of incident MI-1 (2026-11-23T12:05:00Z), was "
        + "2026-11-23T12:00:00Z", early.getMessage());
    List<IncidentEvent> gap = new ArrayList<>(d.events);
    gap.remove(3);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IncidentMetrics.measure(gap, at("13:00"), COMMS))
        .getMessage().contains("sequence"));
    assertEquals("events must not be empty", assertThrows(IllegalArgumentException.class,
        () -> IncidentMetrics.measure(List.of(), at("13:00"), COMMS)).getMessage());
  }
}
