package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change failure rate and the failed-change recovery time, computed by hand for a small period. */
class ChangeStabilityTest {

  private static final ServiceId PAYMENTS = ServiceId.of("payments");
  private static final ServiceId LEDGER = ServiceId.of("ledger");

  /** Restored for good, caused by CHG-1 (confirmed). */
  private final IncidentMetrics restored = measure(new IncidentDriver().until(IncidentStatus.RESOLVING)
      .then(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-1"), true, "rolled back"))
      .until(IncidentStatus.RESTORED));
  /** Still resolving, CHG-2 suspected. */
  private final IncidentMetrics resolving = measure(new IncidentDriver().until(IncidentStatus.RESOLVING)
      .then(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-2"), false, null)));
  /** A duplicate naming CHG-3: kept out. */
  private final IncidentMetrics duplicate = measure(new IncidentDriver().until(IncidentStatus.DECLARED)
      .then(new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-3"), true, null))
      .then(new TriageAction.MarkDuplicate(IncidentId.of("MI-0"), "same")));
  /** No cause linked. */
  private final IncidentMetrics unrelated = measure(new IncidentDriver().until(IncidentStatus.RESTORED));

  @Test
  void suspectedAndConfirmedCausesCountOnceEachAgainstTheDeployments() {
    List<IncidentMetrics> period = List.of(restored, resolving, duplicate, unrelated);
    ChangeStability all = ChangeStability.of(period, 20, false);
    assertEquals(2, all.failedChanges());
    assertEquals(0.1, all.changeFailureRate());
    assertEquals(1, all.recoveryTime().count());
    assertEquals(restored.timeToFinalRestoration(), all.recoveryTime().median());
    assertEquals(1, all.unrecovered());
    assertEquals(2, all.incidents().size());

    ChangeStability confirmed = ChangeStability.of(period, 20, true);
    assertEquals(1, confirmed.failedChanges());
    assertEquals(0.05, confirmed.changeFailureRate());
    assertEquals(0, confirmed.unrecovered());
    // From the first signal (identification, the first command) to the restoration (the tenth): a minute a command.
    assertEquals(Duration.ofMinutes(9), confirmed.recoveryTime().mean());
  }

  @Test
  void nothingDeployedHasNoRateAndEachServiceIsMeasuredAgainstItsOwnCount() {
    assertNull(ChangeStability.of(List.of(restored), 0, false).changeFailureRate());
    Map<ServiceId, ChangeStability> byService = ChangeStability.byService(List.of(restored, resolving, unrelated),
        Map.of(PAYMENTS, 40L, LEDGER, 10L), false);
    assertEquals(0.05, byService.get(PAYMENTS).changeFailureRate());
    assertEquals(0.0, byService.get(LEDGER).changeFailureRate());
    assertEquals(0, byService.get(LEDGER).failedChanges());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChangeStability.byService(List.of(), Map.of(LEDGER, -1L), false));
    assertEquals("deployments of ledger must not be negative, was -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChangeStability.of(List.of(), -1, false));
  }

  private static IncidentMetrics measure(IncidentDriver d) {
    return IncidentMetrics.measure(d.events, d.now, d.policies.communication());
  }
}
