package dev.mim.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import dev.mim.benchmarks.baseline.FloorWorkflow;
import dev.mim.benchmarks.baseline.Phase;
import dev.mim.benchmarks.baseline.SpringStatemachineWorkflow;
import dev.mim.benchmarks.baseline.Stateless4jWorkflow;
import dev.mim.benchmarks.baseline.Trigger;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one incident taken through the eight transitions from candidate to closure (with one
 * reopening), and one refused command; per transition is the score divided by eight.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LifecycleBenchmark {

  /** Transitions per lifecycle operation. */
  public static final int TRANSITIONS = Trigger.WORKFLOW.size();

  private final FloorWorkflow.Incident floorCandidate = new FloorWorkflow.Incident(Phase.CANDIDATE, true, 0);
  private final Stateless4jWorkflow stateless4j = new Stateless4jWorkflow();
  private final Stateless4jWorkflow.Incident stateless4jIncident = new Stateless4jWorkflow.Incident();
  private final StateMachine<Phase, Trigger> stateless4jCandidate = stateless4j.machine(stateless4jIncident);
  private final SpringStatemachineWorkflow spring = new SpringStatemachineWorkflow();
  private final org.springframework.statemachine.StateMachine<Phase, Trigger> springCandidate =
      spring.machine(true);
  private final MimWorkflow mim = new MimWorkflow();

  /** The floor: an enum switch and a record per transition. */
  @Benchmark
  public FloorWorkflow.Incident lifecycleFloor(Blackhole bh) {
    FloorWorkflow.Incident incident = floorCandidate;
    for (Trigger t : Trigger.WORKFLOW) {
      FloorWorkflow.Moved moved = FloorWorkflow.fire(incident, t);
      bh.consume(moved);
      incident = FloorWorkflow.apply(incident, moved);
    }
    return incident;
  }

  /** stateless4j: a machine for the incident, fired eight times. */
  @Benchmark
  public Phase lifecycleStateless4j() {
    StateMachine<Phase, Trigger> machine = stateless4j.machine(stateless4jIncident);
    for (Trigger t : Trigger.WORKFLOW) {
      machine.fire(t);
    }
    return machine.getState();
  }

  /** Spring Statemachine: a started machine for the incident, sent eight events and awaited. */
  @Benchmark
  public Phase lifecycleSpring() {
    var machine = spring.machine(true);
    for (Trigger t : Trigger.WORKFLOW) {
      SpringStatemachineWorkflow.fire(machine, t);
    }
    return machine.getState().getId();
  }

  /** mim: the decider (decide and evolve) on every command, default policies. */
  @Benchmark
  public IncidentState lifecycleMim(Blackhole bh) {
    IncidentState s = mim.candidate;
    for (IncidentCommand c : mim.commands) {
      Decision d = IncidentDecider.decide(s, c, MimWorkflow.POLICIES);
      bh.consume(d.events());
      s = d.state();
    }
    return s;
  }

  /** The floor refuses closing a candidate. */
  @Benchmark
  public FloorWorkflow.Moved refusedFloor() {
    return FloorWorkflow.fire(floorCandidate, Trigger.CLOSE);
  }

  /** stateless4j asks whether closing a candidate may fire. */
  @Benchmark
  public boolean refusedStateless4j() {
    return stateless4jCandidate.canFire(Trigger.CLOSE);
  }

  /** Spring Statemachine is sent closing for a candidate and answers that it denied it. */
  @Benchmark
  public boolean refusedSpring() {
    return SpringStatemachineWorkflow.fire(springCandidate, Trigger.CLOSE);
  }

  /** mim refuses closing a candidate, with its typed rejection. */
  @Benchmark
  public Decision refusedMim() {
    return IncidentDecider.decide(mim.candidate, mim.refused, MimWorkflow.POLICIES);
  }
}
