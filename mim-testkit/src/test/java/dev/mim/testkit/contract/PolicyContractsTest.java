package dev.mim.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Role;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
  void aCatalogueThatForgetsWhatItsServicesSupportOrChangesItsSubscribersIsCaught() {
    List<ServiceId> services = List.of(ServiceId.of("database"), ServiceId.of("payments-api"),
        ServiceId.of("checkout"), ServiceId.of("invoicing"), ServiceId.of("intranet"));
    ServiceCatalogue layered = DefaultPoliciesContractsTest.LAYERED;
    // Its impact counts only the named services, not what they support.
    ServiceCatalogue shallow = new Delegating(layered) {
      @Override
      public ServiceImpact impactOf(Collection<ServiceId> named) {
        ServiceImpact deep = layered.impactOf(named);
        return new ServiceImpact(new TreeSet<>(named), new TreeSet<>(named), new TreeSet<>(named),
            deep.mostCriticalTier(), deep.subscribers());
      }
    };
    assertEquals("the impact holds the named services, what they support, and the subscribers of every service it "
        + "affects", assertThrows(ContractViolation.class, () -> PolicyContracts.standard().catalogue(shallow,
        services)).law());
    // Its subscribers come and go between two asks.
    int[] calls = {0};
    ServiceCatalogue fickle = new Delegating(layered) {
      @Override
      public Set<Audience> subscribers(ServiceId id) {
        return ++calls[0] % 2 == 0 ? Set.of() : layered.subscribers(id);
      }
    };
    assertEquals("the same answers however often asked", assertThrows(ContractViolation.class,
        () -> PolicyContracts.standard().catalogue(fickle, List.of(ServiceId.of("checkout")))).law());
    assertEquals("services must hold at least one service and no null, was []", assertThrows(
        IllegalArgumentException.class, () -> PolicyContracts.standard().catalogue(layered, List.of())).getMessage());
  }

  /** A catalogue that answers as another does, but for what a test overrides. */
  private static class Delegating implements ServiceCatalogue {
    private final ServiceCatalogue to;

    Delegating(ServiceCatalogue to) {
      this.to = to;
    }

    @Override
    public Optional<BusinessService> find(ServiceId id) {
      return to.find(id);
    }

    @Override
    public ServiceDependencies dependencies() {
      return to.dependencies();
    }

    @Override
    public Set<Audience> subscribers(ServiceId id) {
      return to.subscribers(id);
    }
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
