package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Every incident belongs to one tenant, and nothing crosses from one tenant to another. */
class TenancyTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final int EXAMPLES = Math.max(200, Integer.getInteger("mim.property.examples", 10_000) / 10);

  @Test
  void theIdentifyingCommandSetsTheTenantAndAnotherTenantsCommandIsRefused() {
    IncidentDriver d = new IncidentDriver();
    d.accept(IncidentDecider.decide(d.state, IncidentCommand.of(ACME, IncidentDriver.MI, IncidentDriver.AMY, d.now,
        IncidentDriver.identify(IdentificationSource.USER_REPORT)), d.policies));
    assertEquals(ACME, d.state.tenant());
    assertEquals(ACME, d.events.get(0).tenant());
    Decision.Rejected r = d.reject(ViolationCode.TENANT_MISMATCH, IncidentDecider.decide(d.state,
        IncidentCommand.of(GLOBEX, IncidentDriver.MI, IncidentDriver.AMY, d.now, new IdentificationAction.Declare(null)),
        d.policies));
    assertEquals("tenant", r.violations().get(0).field());
    assertTrue(!r.violations().get(0).message().contains("acme"), "another tenant is not told whose incident it is");
  }

  @Test
  void eachTenantIsDecidedUnderItsOwnPolicies() {
    PolicySet fiveLevels = PolicySet.custom().priorityMatrix(PriorityMatrix.of(new int[][] {
        {1, 1, 2, 2, 3}, {1, 2, 2, 3, 3}, {2, 2, 3, 3, 4}, {2, 3, 3, 4, 4}, {3, 3, 4, 4, 5}})).build();
    TenantPolicies tenants = t -> t.equals(ACME) ? fiveLevels : PolicySet.ofDefaults();
    Action lowest = new IdentificationAction.Identify(IdentificationSource.OTHER, java.util.Set.of(
        dev.mim.core.service.ServiceId.of("s")), dev.mim.core.priority.Impact.of(5),
        dev.mim.core.priority.Urgency.of(5), "edge");
    IncidentDriver acme = new IncidentDriver();
    acme.accept(IncidentDecider.decide(acme.state, IncidentCommand.of(ACME, IncidentDriver.MI, IncidentDriver.AMY,
        acme.now, lowest), tenants));
    IncidentDriver globex = new IncidentDriver();
    globex.reject(ViolationCode.OUTSIDE_PRIORITY_MATRIX, IncidentDecider.decide(globex.state, IncidentCommand.of(
        GLOBEX, IncidentDriver.MI, IncidentDriver.AMY, globex.now, lowest), tenants));
  }

  @Test
  void replayRefusesAnEventOfAnotherTenant() {
    IncidentDriver d = new IncidentDriver().until(dev.mim.core.incident.IncidentStatus.DECLARED);
    List<IncidentEvent> tampered = new ArrayList<>(d.events);
    IncidentEvent last = tampered.remove(tampered.size() - 1);
    tampered.add(new IncidentEvent(last.schemaVersion(), ACME, last.incidentId(), last.sequence(), last.occurredAt(),
        last.actor(), last.fact(), last.policies()));
    String m = assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(tampered)).getMessage();
    assertTrue(m.contains("tenant: tenant-mismatch: incident MI-1 belongs to another tenant than acme"), m);
  }

  @Test
  void noCommandEverCrossesTenants() {
    // Random walks whose commands name one of three tenants at random: every event an incident accepts carries the
    // tenant of its first event, and every command of another tenant is refused with tenant-mismatch.
    List<TenantId> tenants = List.of(TenantId.DEFAULT, ACME, GLOBEX);
    qt().withExamples(EXAMPLES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomWalk.Run run = RandomWalk.play(random, 30);
      IncidentState state = IncidentState.initial();
      for (RandomWalk.Step step : run.steps()) {
        IncidentCommand c = step.command();
        IncidentCommand retagged = new IncidentCommand(tenants.get(random.nextInt(3)), c.incidentId(), c.actor(),
            c.occurredAt(), c.expectedVersion(), c.action());
        Decision d = IncidentDecider.decide(state, retagged, run.policies());
        if (state.tenant() != null && !state.tenant().equals(retagged.tenant())) {
          ViolationCode expected = state.id().equals(retagged.incidentId()) ? ViolationCode.TENANT_MISMATCH
              : ViolationCode.INCIDENT_MISMATCH;
          assertTrue(d instanceof Decision.Rejected r && r.has(expected), "seed " + seed);
        }
        for (IncidentEvent e : d.events()) {
          assertEquals(d.state().tenant(), e.tenant(), "seed " + seed);
          assertEquals(retagged.tenant(), e.tenant());
        }
        state = d.state();
      }
    });
  }
}
