package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final PolicySet POLICIES = PolicySet.ofDefaults();
  private static final Instant T0 = IncidentDriver.T0;

  private static IncidentCommand at(int minute, Action action) {
    return IncidentCommand.of(IncidentDriver.MI, IncidentDriver.AMY, T0.plus(Duration.ofMinutes(minute)), action);
  }

  @Test
  void decidingAppendsTheEventsAndKeepsTheState() {
    Incident start = Incident.start();
    Incident.Step step = start.decide(at(0, IncidentDriver.identify(IdentificationSource.USER_REPORT)), POLICIES);
    assertTrue(step.accepted());
    Incident one = step.incident();
    assertEquals(1, one.version());
    assertEquals(step.newEvents(), one.events());
    assertEquals(IncidentStatus.CANDIDATE, one.state().status());
    assertEquals(IncidentDriver.MI, one.id().orElseThrow());
    assertEquals(step.newEvents().get(0), one.lastEvent().orElseThrow());
    // The earlier value is unchanged.
    assertEquals(0, start.version());
    assertTrue(start.events().isEmpty());
    assertTrue(start.id().isEmpty());
  }

  @Test
  void aRefusalReturnsTheSameIncident() {
    Incident one = Incident.start()
        .decide(at(0, IncidentDriver.identify(IdentificationSource.USER_REPORT)), POLICIES).incident();
    Incident.Step refused = one.decide(at(1, new IdentificationAction.Declare(null)), POLICIES);
    assertFalse(refused.accepted());
    assertSame(one, refused.incident());
    assertTrue(refused.newEvents().isEmpty());
  }

  @Test
  void versionsShareTheirEventsAndAppendingCostsTheSameHoweverLongTheHistory() {
    // A thousand versions of one incident: each one more event than the last, all sharing the events before.
    Incident incident = Incident.start()
        .decide(at(0, IncidentDriver.identify(IdentificationSource.USER_REPORT)), POLICIES).incident();
    Incident first = incident;
    for (int i = 1; i <= 1000; i++) {
      incident = incident.decide(at(i, new IdentificationAction.LinkChild(IncidentId.of("INC-" + i))), POLICIES).incident();
    }
    assertEquals(1001, incident.version());
    List<IncidentEvent> all = incident.events();
    assertSame(first.lastEvent().orElseThrow(), all.get(0), "the first event is shared, not copied");
    assertEquals(1, first.events().size());
    assertEquals(Incident.replay(all), incident);
    assertEquals(IncidentDecider.replay(all), incident.state());
  }

  @Test
  void replayChecksTheEventsAndEqualityFollowsThem() {
    Incident a = Incident.start()
        .decide(at(0, IncidentDriver.identify(IdentificationSource.USER_REPORT)), POLICIES).incident();
    Incident b = Incident.replay(a.events());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Incident.start());
    List<IncidentEvent> twice = List.of(a.events().get(0), a.events().get(0));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Incident.replay(twice)).getMessage()
        .contains("sequence: version-conflict: incident MI-1 is at version 1, the event expected version 0"));
  }

  @Test
  void incidentsAreEqualByTheirEventsAndPrintTheirStatus() {
    Incident a = Incident.start()
        .decide(at(0, IncidentDriver.identify(IdentificationSource.USER_REPORT)), POLICIES).incident();
    Incident b = Incident.start()
        .decide(at(0, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING)), POLICIES).incident();
    assertNotEquals(a, b, "same length, other event");
    assertNotEquals(a, a.events());
    assertEquals(a, a);
    assertEquals("Incident[MI-1, CANDIDATE, version 1]", a.toString());
    assertEquals(List.of().hashCode(), Incident.start().hashCode());
    assertNotEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void anIncidentDecidesUnderEachTenantsOwnPoliciesWithoutAReplay() {
    PolicySet readOnly = PolicySet.custom().authorization((actor, roles, action, incident) -> false).build();
    dev.mim.core.spi.TenantPolicies tenants = t -> t.value().equals("globex") ? readOnly : PolicySet.ofDefaults();
    Action identify = IncidentDriver.identify(IdentificationSource.OTHER);
    Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
    Incident acme = Incident.start().decide(IncidentCommand.of(dev.mim.core.incident.TenantId.of("acme"),
        IncidentId.of("MI-1"), dev.mim.core.people.Actor.of("amy"), t0, identify), tenants).incident();
    assertEquals(IncidentStatus.CANDIDATE, acme.state().status());
    Incident.Step globex = Incident.start().decide(IncidentCommand.of(dev.mim.core.incident.TenantId.of("globex"),
        IncidentId.of("MI-1"), dev.mim.core.people.Actor.of("amy"), t0, identify), tenants);
    assertTrue(((Decision.Rejected) globex.decision()).has(ViolationCode.NOT_AUTHORIZED));
  }

  @Test
  void aResumedIncidentHoldsItsTailDecidesOnAndRefusesATailThatDoesNotFollow() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.MOBILISED);
    List<IncidentEvent> all = d.events;
    Incident resumed = Incident.resume(IncidentDecider.replay(all.subList(0, 4)), all.subList(4, all.size()));
    assertEquals(d.state, resumed.state());
    assertEquals(all.subList(4, all.size()), resumed.events());
    assertEquals(all.get(all.size() - 1), resumed.lastEvent().orElseThrow());
    assertEquals(Incident.resume(d.state, List.of()), Incident.resume(d.state, List.of()));
    IncidentState sameVersion = d.state;
    IncidentState elsewhere = new IncidentState(sameVersion.id(), sameVersion.tenant(),
        sameVersion.status(), sameVersion.version(), sameVersion.lastEventAt().plusSeconds(1),
        sameVersion.classification(), sameVersion.evidence(), sameVersion.declaredAt(), sameVersion.team(),
        sameVersion.resolution(), sameVersion.children(), sameVersion.review(), sameVersion.communications(),
        sameVersion.escalations(), sameVersion.endedAt(), sameVersion.downgradeReason(), sameVersion.schemaVersion());
    assertNotEquals(Incident.resume(d.state, List.of()), Incident.resume(elsewhere, List.of()),
        "resumed from the same version but another state");
    assertNotEquals(Incident.replay(all), resumed, "a resumed incident is not the one holding the whole history");
    assertFalse(Incident.resume(d.state, List.of()).lastEvent().isPresent());
    Incident.Step next = resumed.decide(IncidentCommand.of(IncidentDriver.MI, IncidentDriver.AMY,
        d.now.plus(Duration.ofMinutes(1)), new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG,
        false)), POLICIES);
    assertTrue(next.accepted());
    assertEquals(all.size() - 4 + 1, next.incident().events().size());
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> Incident.resume(IncidentDecider.replay(all.subList(0, 3)), all.subList(4, all.size())));
    assertTrue(gap.getMessage().contains("sequence"), gap.getMessage());
  }
}
