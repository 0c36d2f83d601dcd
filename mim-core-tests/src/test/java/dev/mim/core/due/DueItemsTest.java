package dev.mim.core.due;

import static dev.mim.core.fixtures.IncidentDriver.AMY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.people.Role;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueItemsTest {

  @Test
  void aDeclaredP1OwesItsAudiencesTheirFirstNoticeAndTheRegulatorItsInitialNotification() {
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().communication(CommunicationPolicy.custom().regime(RegulatoryRegime.dora())
        .build()).build();
    d.until(IncidentStatus.DECLARED);
    Instant declared = d.state.declaredAt();
    List<DueItem> items = DueItems.at(d.state, d.now, d.policies);
    assertEquals(List.of(
            new DueItem(DueItem.Kind.STAKEHOLDER_UPDATE, declared.plus(Duration.ofMinutes(15)), "affected-customers"),
            new DueItem(DueItem.Kind.STAKEHOLDER_UPDATE, declared.plus(Duration.ofMinutes(15)), "executives"),
            new DueItem(DueItem.Kind.STAKEHOLDER_UPDATE, declared.plus(Duration.ofMinutes(15)), "service-desk"),
            new DueItem(DueItem.Kind.REGULATORY_REPORT, declared.plus(Duration.ofHours(4)),
                RegulatoryRegime.DORA_INITIAL)),
        items);
    assertEquals(Optional.of(declared.plus(Duration.ofMinutes(15))), DueItems.next(d.state, d.policies));
  }

  @Test
  void anUpdateRecordedMovesTheNextDueToTheNextAudienceOwed() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    Instant declared = d.state.declaredAt();
    for (Audience a : List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK, Audience.AFFECTED_CUSTOMERS)) {
      d.ok(new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(a, "payments down")));
    }
    // Each answered its first notice: the next is the executives' and the desk's 30-minute update.
    assertEquals(Optional.of(declared.plus(Duration.ofMinutes(1)).plus(Duration.ofMinutes(30))),
        DueItems.next(d.state, d.policies));
  }

  @Test
  void aReviewActionItemFallsDueAtTheStartOfTheDayAfterItsDueDateInTheTenantsZone() {
    IncidentDriver d = new IncidentDriver();
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    d.policies = PolicySet.custom().dueDateZone(berlin).build();
    d.until(IncidentStatus.IN_REVIEW);
    d.ok(new MaintenanceAction.AddReviewAction("A1", "add a capacity alarm", AMY, LocalDate.of(2026, 12, 1), null,
        null));
    assertEquals(List.of(new DueItem(DueItem.Kind.REVIEW_ACTION_ITEM, Instant.parse("2026-12-01T23:00:00Z"), "A1")),
        DueItems.at(d.state, d.now, d.policies).stream().filter(i -> i.kind() == DueItem.Kind.REVIEW_ACTION_ITEM)
            .toList());
    d.ok(new MaintenanceAction.CompleteReviewAction("A1", null));
    assertTrue(DueItems.at(d.state, d.now, d.policies).stream()
        .noneMatch(i -> i.kind() == DueItem.Kind.REVIEW_ACTION_ITEM), "a completed item is owed no more");
  }

  @Test
  void anEscalationIsNamedByItsConditionAndLevel() {
    IncidentDriver d = new IncidentDriver();
    Instant due = IncidentDriver.T0.plus(Duration.ofMinutes(5));
    d.policies = PolicySet.custom().escalation((s, at) -> List.of(new Escalation(EscalationCondition.NOT_DECLARED, 2,
        List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), "not declared in 5 min", due, false))).build();
    d.until(IncidentStatus.CANDIDATE);
    assertEquals(List.of(new DueItem(DueItem.Kind.ESCALATION, due, "NOT_DECLARED level 2")),
        DueItems.at(d.state, d.now, d.policies));
    assertEquals(Optional.of(due), DueItems.next(d.state, d.policies));
  }

  @Test
  void anIncidentWithNoEventOrNothingOwedHasNoNextDue() {
    assertEquals(Optional.empty(), DueItems.next(IncidentState.initial(), PolicySet.ofDefaults()));
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    assertEquals(Optional.empty(), DueItems.next(d.state, d.policies), "a candidate owes no update, no escalation");
  }

  @Test
  void aFailingEscalationPolicyIsAnIllegalStateNamingTheIncidentAndTheInstant() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    for (EscalationPolicy broken : List.<EscalationPolicy>of((s, at) -> {
      throw new IllegalStateException("rota service down");
    }, (s, at) -> null, (s, at) -> Arrays.asList((Escalation) null))) {
      PolicySet policies = PolicySet.custom().escalation(broken).build();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> DueItems.next(d.state, policies));
      assertTrue(e.getMessage().startsWith("the escalation policy ") && e.getMessage().endsWith(
          " for incident MI-1 at " + d.now), e.getMessage());
    }
  }

  @Test
  void badArgumentsAreRefusedByName() {
    IncidentState s = IncidentState.initial();
    assertEquals("state must not be null", assertThrows(IllegalArgumentException.class,
        () -> DueItems.at(null, IncidentDriver.T0, PolicySet.ofDefaults())).getMessage());
    assertEquals("policies must not be null", assertThrows(IllegalArgumentException.class,
        () -> DueItems.next(s, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DueItem(DueItem.Kind.ESCALATION, IncidentDriver.T0, " "));
    DueItem item = new DueItem(DueItem.Kind.ESCALATION, IncidentDriver.T0, "NOT_DECLARED level 1");
    assertTrue(item.isDueAt(IncidentDriver.T0));
    assertTrue(!item.isDueAt(IncidentDriver.T0.minusNanos(1)));
  }

  @Test
  void forAnIndexAFailingHostHookMakesTheIncidentDueAtItsLastEventAndIsTold() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    List<String> told = new java.util.ArrayList<>();
    PolicySet failing = PolicySet.custom().escalation((s, at) -> {
      throw new IllegalStateException("rota service down");
    }).policyFailures((what, policy, incident, cause) -> told.add(what + " " + incident + " " + cause.getMessage()))
        .build();
    assertEquals(Optional.of(d.state.lastEventAt()), DueItems.nextForIndex(d.state, failing));
    assertEquals(List.of("escalation policy MI-1 the escalation policy threw java.lang.IllegalStateException: rota "
        + "service down for incident MI-1 at " + d.state.lastEventAt()), told);
    dev.mim.core.spi.TenantPolicies resolverDown = tenant -> {
      throw new IllegalStateException("directory down");
    };
    dev.mim.core.logging.RecordingLogs.clear();
    assertEquals(Optional.of(d.state.lastEventAt()), DueItems.nextForIndex(d.state, resolverDown));
    assertEquals(1, dev.mim.core.logging.RecordingLogs.warnings().size(), "the resolver's failure is told");
    assertTrue(dev.mim.core.logging.RecordingLogs.warnings().get(0).message().startsWith("tenant resolver "),
        dev.mim.core.logging.RecordingLogs.warnings().toString());
    assertEquals(DueItems.next(d.state, d.policies), DueItems.nextForIndex(d.state, d.policies),
        "with working policies, the same as next");
    assertEquals(Optional.empty(), DueItems.nextForIndex(IncidentState.initial(), d.policies));
  }
}
