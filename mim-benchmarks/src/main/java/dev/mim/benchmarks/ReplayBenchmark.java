package dev.mim.benchmarks;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.IncidentDecider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One operation replays a stored history of {@code events} events; per event is the score divided by that. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReplayBenchmark {

  /** How many events the history has. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  private List<IncidentEvent> history;

  /** Builds the history by deciding its commands. */
  @Setup
  public void history() {
    history = MimWorkflow.history(events);
  }

  /** Replays the history, checking every event as replay does. */
  @Benchmark
  public IncidentState replay() {
    return IncidentDecider.replay(history);
  }
}
