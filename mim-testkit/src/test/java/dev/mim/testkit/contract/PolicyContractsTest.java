package dev.mim.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Role;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.RoleDirectory;
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
