package dev.mim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure the work they claim: their inputs make the code under test do it. */
class BenchmarkSetupsTest {

  @Test
  void theSignalStreamHasLateSignalsAndSurgesByServiceAndByCategory() {
    List<IncidentSignal> stream = SignalStream.of(SurgeBenchmark.SIGNALS);
    assertEquals(SurgeBenchmark.SIGNALS, stream.size());
    long late = 0;
    for (int i = 1; i < stream.size(); i++) {
      late += stream.get(i).at().isBefore(stream.get(i - 1).at()) ? 1 : 0;
    }
    assertTrue(late > SurgeBenchmark.SIGNALS / 100, late + " late signals");
    for (SignalKey key : List.of(SignalKey.byService(), SignalKey.byCategory())) {
      SurgeDetector detector = SurgeDetector.of(SurgeSettings.custom().key(key).build());
      int proposals = 0;
      for (IncidentSignal s : stream) {
        Detection d = detector.observe(s, OpenKeys.none());
        proposals += d instanceof Detection.Observed o ? o.proposals().size() : 0;
      }
      assertTrue(proposals > 10, proposals + " proposals by " + key);
    }
  }

  @Test
  void theSweptIncidentsOweUpdatesAndTheCandidateOwesEscalations() {
    DueQueryBenchmark sweep = new DueQueryBenchmark();
    sweep.incidents = 1000;
    sweep.policy = "dora";
    sweep.incidents();
    int owing = 0;
    for (IncidentState s : sweep.open) {
      owing += CommunicationSchedule.due(s, sweep.now, sweep.communication).isEmpty() ? 0 : 1;
    }
    assertEquals(1000, owing, "every swept incident owes at least DORA's reports");
    PolicyBenchmark policies = new PolicyBenchmark();
    policies.setUp();
    assertFalse(policies.escalationDue().isEmpty(), "the candidate owes escalations 45 minutes on");
  }

  @Test
  void theJsonDocumentsReadBackToTheEventsTheyWereWrittenFrom() {
    for (JsonBenchmark.Codec codec : List.of(JsonBenchmark.jackson2(), JsonBenchmark.jackson3())) {
      for (IncidentEvent e : MimWorkflow.lifecycleEvents()) {
        assertEquals(e, codec.read(codec.write(e)));
      }
    }
    assertTrue(JsonBenchmark.EVENTS >= 17, JsonBenchmark.EVENTS + " events from identification to closure");
  }

  @Test
  void theServiceNowLogHasItsRowsAndIncidentsAndFindsTheExamplesEightSurges() {
    ServiceNowLogBenchmark log = new ServiceNowLogBenchmark();
    log.read();
    assertEquals(ServiceNowLogBenchmark.ROWS, log.rows());
    assertEquals(890, log.incidents());
    long levels = log.serviceNowLog() - 8;
    // the log's priorities lie between P1 and P4 and most are P3: the sum of levels is near three per row
    assertTrue(levels > 2.5 * ServiceNowLogBenchmark.ROWS && levels < 3.5 * ServiceNowLogBenchmark.ROWS, "" + levels);
  }
}
