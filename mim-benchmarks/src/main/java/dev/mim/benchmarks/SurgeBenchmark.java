package dev.mim.benchmarks;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation feeds the {@link SignalStream} of {@value #SIGNALS} signals through a new default detector, keyed
 * by service or by category; per signal is the score divided by that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SurgeBenchmark {

  /** Signals per operation. */
  public static final int SIGNALS = 100_000;

  /** What makes signals similar. */
  @Param({"service", "category"})
  public String key;

  private List<IncidentSignal> stream;
  private SurgeSettings settings;

  /** Builds the stream and the settings. */
  @Setup
  public void stream() {
    stream = SignalStream.of(SIGNALS);
    settings = SurgeSettings.custom().key(key.equals("service") ? SignalKey.byService() : SignalKey.byCategory())
        .build();
  }

  /** The stream through a new detector. */
  @Benchmark
  public int surge(Blackhole bh) {
    SurgeDetector detector = SurgeDetector.of(settings);
    OpenKeys open = OpenKeys.none();
    int proposals = 0;
    for (IncidentSignal s : stream) {
      Detection d = detector.observe(s, open);
      if (d instanceof Detection.Observed o) {
        proposals += o.proposals().size();
      }
      bh.consume(d);
    }
    return proposals;
  }
}
