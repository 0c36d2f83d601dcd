package dev.mim.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyPresetsTest {

  private static final IncidentId MI = IncidentId.of("MI-9");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static Decision declareRightAfterIdentifying(PolicySet policies, IdentificationSource source) {
    Decision identified = IncidentDecider.decide(IncidentState.initial(), IncidentCommand.of(MI, Actor.of("m"), T0,
        new IdentificationAction.Identify(source, Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "down")), policies);
    return IncidentDecider.decide(identified.state(),
        IncidentCommand.of(MI, Actor.of("duty"), T0.plusSeconds(60), new IdentificationAction.Declare(null)), policies);
  }

  @Test
  void validateFirstRefusesDeclarationWithoutEvidence() {
    Decision d = declareRightAfterIdentifying(PolicyPresets.validateFirst(), IdentificationSource.EVENT_MONITORING);
    assertTrue(((Decision.Rejected) d).has(ViolationCode.VALIDATION_EVIDENCE_MISSING));
  }

  @Test
  void monitoringFirstDeclaresMonitoringAlertsAtOnceButNotUserReports() {
    assertTrue(declareRightAfterIdentifying(PolicyPresets.monitoringFirst(), IdentificationSource.EVENT_MONITORING)
        .isAccepted());
    assertFalse(declareRightAfterIdentifying(PolicyPresets.monitoringFirst(), IdentificationSource.USER_REPORT)
        .isAccepted());
  }

  @Test
  void managedServiceProviderAllowsReopeningForThreeDays() {
    assertEquals(Duration.ofHours(72), PolicyPresets.managedServiceProvider().verificationWindow());
    assertEquals(PolicySet.ofDefaults().priorityMatrix(), PolicyPresets.managedServiceProvider().priorityMatrix());
  }
}
