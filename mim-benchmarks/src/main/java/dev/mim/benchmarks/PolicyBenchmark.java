package dev.mim.benchmarks;

import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.policies.PriorityMatrices;
import dev.mim.policies.escalation.EscalationPresets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The policies a host asks on its hot path: a priority lookup (every cell of the five-by-five matrix, per cell
 * the score divided by 25), and the tiered escalation preset's due query for the benchmarks' candidate, asked
 * 45 minutes after its identification (when escalations are owed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PolicyBenchmark {

  /** Cells of the matrix looked up per operation. */
  public static final int CELLS = 25;

  private final PriorityMatrix matrix = PriorityMatrices.fiveByFive();
  private final Impact[] impacts = new Impact[5];
  private final Urgency[] urgencies = new Urgency[5];
  private final EscalationPolicy tiered = EscalationPresets.tiered();
  private IncidentState candidate;
  private Instant later;

  /** The matrix's levels and the candidate. */
  @Setup
  public void setUp() {
    for (int i = 0; i < 5; i++) {
      impacts[i] = Impact.of(i + 1);
      urgencies[i] = Urgency.of(i + 1);
    }
    candidate = new MimWorkflow().candidate;
    later = candidate.lastEventAt().plus(Duration.ofMinutes(45));
  }

  /** Every cell of the five-by-five matrix. */
  @Benchmark
  public void priorityLookup(Blackhole bh) {
    for (Impact impact : impacts) {
      for (Urgency urgency : urgencies) {
        bh.consume(matrix.priorityOf(impact, urgency));
      }
    }
  }

  /** The tiered preset: what is owed for the candidate now. */
  @Benchmark
  public List<?> escalationDue() {
    return tiered.due(candidate, later);
  }
}
