package dev.mim.benchmarks;

import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * One operation is a reminder sweep: the stakeholder updates due for each of {@code incidents} open major
 * incidents (priorities 1 to 4, declared over the last hours, half of them updated once), under the default
 * communication policy or with DORA's reports too; per incident is the score divided by that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DueQueryBenchmark {

  /** Open incidents swept. */
  @Param({"1000", "100000"})
  public int incidents;

  /** The communication policy: {@code default}, or {@code dora} with DORA's reports. */
  @Param({"default", "dora"})
  public String policy;

  List<IncidentState> open;
  CommunicationPolicy communication;
  Instant now;

  /** Decides the incidents' commands. */
  @Setup
  public void incidents() {
    communication = policy.equals("dora")
        ? CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build()
        : CommunicationPolicy.ofDefaults();
    open = new ArrayList<>(incidents);
    for (int i = 0; i < incidents; i++) {
      Instant at = MimWorkflow.T0.plusSeconds(i % 36_000);
      IncidentId id = IncidentId.of("MI-" + i);
      IncidentState s = IncidentDecider.initialState();
      List<Action> actions = new ArrayList<>(List.of(
          new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("svc-" + i % 50)),
              Impact.of(1 + i % 2), Urgency.of(1 + (i / 2) % 2), "failing " + i),
          new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "confirmed"),
          new IdentificationAction.Declare(null)));
      if (i % 2 == 0) {
        actions.add(new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, "on it")));
      }
      for (Action a : actions) {
        at = at.plusSeconds(60);
        Decision d = IncidentDecider.decide(s, IncidentCommand.of(id, MimWorkflow.AMY, at, a), MimWorkflow.POLICIES);
        if (!d.isAccepted()) {
          throw new IllegalStateException("the benchmark's setup was refused: " + d);
        }
        s = d.state();
      }
      open.add(s);
    }
    now = MimWorkflow.T0.plusSeconds(40_000);
  }

  /** What each open incident is owed now. */
  @Benchmark
  public void sweep(Blackhole bh) {
    for (IncidentState s : open) {
      bh.consume(CommunicationSchedule.due(s, now, communication));
    }
  }
}
