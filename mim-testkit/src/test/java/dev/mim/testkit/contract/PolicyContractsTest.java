package dev.mim.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Role;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyContractsTest {

  @Test
  void theSameSeedFindsTheSameCounterexample() {
    // A threshold that is major below P3 but not at P1: broken however it is searched, and the same way each time.
    MajorIncidentThreshold inverted = (priority, services) -> !priority.isAtLeast(dev.mim.core.priority.Priority.of(3));
    ContractViolation first = assertThrows(ContractViolation.class,
        () -> PolicyContracts.withSeed(11).threshold(inverted));
    ContractViolation again = assertThrows(ContractViolation.class,
        () -> PolicyContracts.withSeed(11).threshold(inverted));
    assertEquals(first.getMessage(), again.getMessage());
    assertEquals(11, first.seed());
    assertEquals("major-incident threshold", first.contract());
    assertEquals("a more severe priority on the same services is major whenever a less severe one is", first.law());
    assertEquals(0, first.steps());
    assertTrue(first.getMessage().contains("seed 11 (PolicyContracts.withSeed(11L) or -Dmim.testkit.seed=11"),
        first.getMessage());
  }

  @Test
  void aDirectoryThatAnswersNullOrChangesItsMindIsCaught() {
    RoleDirectory nullForOthers = (tenant, actor) -> tenant.equals(TenantId.DEFAULT) ? Set.of() : null;
    ContractViolation v = assertThrows(ContractViolation.class,
        () -> PolicyContracts.standard().roleDirectory(nullForOthers));
    assertTrue(v.getMessage().contains("returned null"), v.getMessage());
    int[] calls = {0};
    RoleDirectory fickle = (tenant, actor) -> ++calls[0] % 2 == 0 ? Set.of(Role.OBSERVER) : Set.of();
    assertEquals("the same answer however often asked", assertThrows(ContractViolation.class,
        () -> PolicyContracts.standard().roleDirectory(fickle)).law());
  }

  @Test
  void aDetectorThatIgnoresMaintenanceOrCountsSuppressedSignalsIsCaught() {
    // Ignores the windows: every signal is observed, under maintenance or not.
    java.util.function.Supplier<DetectionPolicy> ignoring = () -> new DetectionPolicy() {
      private final DetectionPolicy surge = SurgeDetector.ofDefaults();

      @Override
      public Detection observe(IncidentSignal signal, OpenKeys open) {
        return surge.observe(signal, open);
      }

      @Override
      public Detection observe(IncidentSignal signal, OpenKeys open, MaintenanceSchedule maintenance) {
        return surge.observe(signal, open);
      }
    };
    assertEquals("honours maintenance: a signal on a service a window names, while the window is under way, is "
        + "suppressed", assertThrows(ContractViolation.class, () -> PolicyContracts.standard().detection(ignoring))
        .law());
    // Suppresses, but counts the suppressed signal towards the surge all the same.
    java.util.function.Supplier<DetectionPolicy> counting = () -> new DetectionPolicy() {
      private final DetectionPolicy surge = SurgeDetector.of(SurgeSettings.custom().threshold(2).build());

      @Override
      public Detection observe(IncidentSignal signal, OpenKeys open) {
        return surge.observe(signal, open);
      }

      @Override
      public Detection observe(IncidentSignal signal, OpenKeys open, MaintenanceSchedule maintenance) {
        Detection d = surge.observe(signal, open);
        return maintenance.covering(signal.service(), signal.at(), ServiceDependencies.none()).isPresent()
            ? new Detection.Suppressed("w", "suppressed") : d;
      }
    };
    assertEquals("a suppressed signal leaves the detector as it was: the others answer as if it never came",
        assertThrows(ContractViolation.class, () -> PolicyContracts.standard().detection(counting)).law());
  }

  @Test
  void settingsAreChecked() {
    assertEquals("examples must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> PolicyContracts.standard().examples(0)).getMessage());
    assertEquals(PolicyContracts.DEFAULT_SEED, PolicyContracts.standard().seed());
  }

  @Test
  void aMissingArgumentIsAnIllegalArgumentNamingIt() {
    PolicyContracts contracts = PolicyContracts.standard();
    assertEquals("policies must not be null", assertThrows(IllegalArgumentException.class,
        () -> contracts.incidentsUnder(null)).getMessage());
    assertEquals("policy must not be null", assertThrows(IllegalArgumentException.class,
        () -> contracts.escalation(null)).getMessage());
    assertEquals("rota must not be null", assertThrows(IllegalArgumentException.class,
        () -> contracts.onCall(null)).getMessage());
    assertEquals("policies must not be null", assertThrows(IllegalArgumentException.class,
        () -> dev.mim.testkit.explore.WorkflowExplorer.under(null)).getMessage());
  }
}
