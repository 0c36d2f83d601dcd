package dev.mim.policies.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.PriorityMatrices;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each tenant its own policies: the same report is classified by its tenant's matrix; an unknown tenant is refused. */
class TenantDirectoryTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final PolicySet FIVE_BY_FIVE = PolicySet.custom().priorityMatrix(PriorityMatrices.fiveByFive())
      .build();

  @BeforeEach
  void clearLogs() {
    RecordingLogs.clear();
  }

  private static Decision identify(TenantId tenant, dev.mim.core.spi.TenantPolicies tenants) {
    IncidentCommand command = new IncidentCommand(tenant, IncidentDriver.MI, IncidentDriver.DESK,
        IncidentDriver.T0, null, IncidentDriver.identify(IdentificationSource.USER_REPORT));
    return IncidentDecider.decide(IncidentState.initial(), command, tenants);
  }

  @Test
  void eachTenantsIncidentIsClassifiedByItsOwnMatrix() {
    TenantDirectory directory = TenantDirectory.of(Map.of(ACME, PolicySet.ofDefaults(), GLOBEX, FIVE_BY_FIVE));
    assertSame(FIVE_BY_FIVE, directory.policiesFor(GLOBEX));
    Decision acme = identify(ACME, directory);
    Decision globex = identify(GLOBEX, directory);
    assertEquals(ACME, acme.state().tenant());
    assertEquals(GLOBEX, globex.state().tenant());
    assertEquals(Priority.of(1), acme.state().classification().priority());
    assertEquals(PriorityMatrices.fiveByFive().priorityOf(
        IncidentDriver.identify(IdentificationSource.USER_REPORT).impact(),
        IncidentDriver.identify(IdentificationSource.USER_REPORT).urgency()),
        globex.state().classification().priority());
  }

  @Test
  void anUnknownTenantIsRefusedAsAFailedPolicyWithOneWarningUnlessThereIsAFallback() {
    TenantDirectory strict = TenantDirectory.of(Map.of(ACME, PolicySet.ofDefaults()));
    Decision refused = identify(GLOBEX, strict);
    assertTrue(refused instanceof Decision.Rejected r && r.has(ViolationCode.POLICY_FAILED), refused.toString());
    assertSame(IncidentState.initial(), refused.state());
    assertEquals(1, RecordingLogs.warnings().size(), RecordingLogs.warnings().toString());
    assertEquals("no policies for tenant globex", RecordingLogs.warnings().get(0).thrown().getMessage());
    assertTrue(((Decision.Rejected) refused).violations().get(0).message().contains("no policies for tenant globex"),
        refused.toString());

    TenantDirectory lenient = TenantDirectory.of(Map.of(ACME, PolicySet.ofDefaults()), FIVE_BY_FIVE);
    assertSame(FIVE_BY_FIVE, lenient.policiesFor(GLOBEX));
    assertTrue(identify(GLOBEX, lenient).isAccepted());
    assertEquals("TenantDirectory[acme] with a fallback", lenient.toString());
  }

  @Test
  void badDirectoriesAreRefusedNamingTheField() {
    assertEquals("policies must not be null",
        assertThrows(IllegalArgumentException.class, () -> TenantDirectory.of(null)).getMessage());
    assertEquals("fallback must not be null", assertThrows(IllegalArgumentException.class,
        () -> TenantDirectory.of(Map.of(), null)).getMessage());
    Map<TenantId, PolicySet> withNull = new HashMap<>();
    withNull.put(ACME, null);
    assertEquals("policies must not hold null, found acme -> null",
        assertThrows(IllegalArgumentException.class, () -> TenantDirectory.of(withNull)).getMessage());
  }
}
