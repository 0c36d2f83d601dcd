package dev.mim.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing policy logs its stack trace once per cause; later failures are one line with a count. */
class PolicyFailureLogTest {

  @Test
  void theFirstFailureOfEachCauseIsLoggedWithItsTraceAndLaterOnesAsOneLineWithACount() {
    int[] calls = {0};
    DeclarationPolicy flaky = candidate -> {
      throw new IllegalStateException(calls[0]++ < 5 ? "CMDB unreachable" : "CMDB answered garbage");
    };
    PolicyFailureLog log = PolicyFailureLog.oncePerCause();
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().declarationPolicy(flaky).policyFailures(log).build();
    d.until(IncidentStatus.CANDIDATE);
    RecordingLogs.clear();
    for (int i = 0; i < 6; i++) {
      d.no(ViolationCode.POLICY_FAILED, new IdentificationAction.Declare(null));
    }
    List<RecordingLogs.Record> warnings = RecordingLogs.warnings();
    assertEquals(6, warnings.size());
    assertNotNull(warnings.get(0).thrown(), "the first has its stack trace");
    for (int i = 1; i < 5; i++) {
      assertNull(warnings.get(i).thrown(), "later ones are one line");
      assertTrue(warnings.get(i).message().endsWith("(" + (i + 1) + " times so far; the first was logged with its "
          + "stack trace)"), warnings.get(i).message());
    }
    assertNotNull(warnings.get(5).thrown(), "a new cause is logged with its trace");
    assertEquals(5, log.count(flaky, new IllegalStateException("CMDB unreachable")));
  }

  @Test
  void thePresetsLogOncePerCauseEachWithItsOwnCountAndStayEqualToTheDefaults() {
    assertTrue(PolicyPresets.validateFirst().policyFailures() instanceof PolicyFailureLog);
    assertTrue(PolicyPresets.validateFirst().policyFailures() != PolicyPresets.validateFirst().policyFailures());
    assertEquals(PolicySet.ofDefaults(), PolicyPresets.validateFirst(), "where failures are told is not the value");
  }
}
