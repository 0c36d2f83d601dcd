package dev.mim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.benchmarks.baseline.FloorWorkflow;
import dev.mim.benchmarks.baseline.Phase;
import dev.mim.benchmarks.baseline.SpringStatemachineWorkflow;
import dev.mim.benchmarks.baseline.Stateless4jWorkflow;
import dev.mim.benchmarks.baseline.Trigger;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Decision;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The four workflows the benchmarks compare do the same work: eight transitions to closure, the same refusal. */
class WorkflowsAgreeTest {

  private static final Blackhole BH = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void everyWorkflowClosesTheIncidentAndRefusesClosingACandidate() {
    LifecycleBenchmark b = new LifecycleBenchmark();
    assertEquals(Phase.CLOSED, b.lifecycleFloor(BH).phase());
    assertEquals(8, b.lifecycleFloor(BH).version());
    assertEquals(Phase.CLOSED, b.lifecycleStateless4j());
    assertEquals(Phase.CLOSED, b.lifecycleSpring());
    assertEquals(IncidentStatus.CLOSED, b.lifecycleMim(BH).status());
    assertNull(b.refusedFloor());
    assertFalse(b.refusedStateless4j());
    assertFalse(b.refusedSpring());
    assertFalse(b.refusedMim().isAccepted());
    assertFalse(((Decision.Rejected) b.refusedMim()).violations().isEmpty());
  }

  @Test
  void theFloorsGuardHoldsMobilisingWithoutAManager() {
    assertNull(FloorWorkflow.fire(new FloorWorkflow.Incident(Phase.DECLARED, false, 1), Trigger.MOBILISE));
    Stateless4jWorkflow.Incident noManager = new Stateless4jWorkflow.Incident();
    noManager.hasManager = false;
    var machine = new Stateless4jWorkflow().machine(noManager);
    machine.fire(Trigger.DECLARE);
    assertFalse(machine.canFire(Trigger.MOBILISE));
    var spring = new SpringStatemachineWorkflow().machine(false);
    assertTrue(SpringStatemachineWorkflow.fire(spring, Trigger.DECLARE));
    assertFalse(SpringStatemachineWorkflow.fire(spring, Trigger.MOBILISE));
    assertEquals(Phase.DECLARED, spring.getState().getId());
  }

  @Test
  void replayHistoriesHaveTheSizeAsked() {
    assertEquals(1000, MimWorkflow.history(1000).size());
  }
}
