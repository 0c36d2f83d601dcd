package dev.mim.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PriorityMatricesTest {

  private static final List<PriorityMatrix> PRESETS =
      List.of(PriorityMatrices.itil3x3(), PriorityMatrices.fiveByFive(), PriorityMatrices.serviceNowEventLog());

  /** The event log of a real ServiceNow instance, on the test class path; data/servicenow/README.md cites it. */
  static final String SERVICENOW_LOG = "/servicenow/servicenow-incident-event-log.csv";

  @Test
  void everyPresetIsCompleteAndMonotonic() {
    // For every preset and every cell: the cell holds a priority, and raising the impact or the urgency by one
    // level never gives a less severe priority. The space is small (43 cells), so every cell is checked rather
    // than a random sample.
    int cells = 0;
    for (PriorityMatrix m : PRESETS) {
      assertTrue(m.isMonotonic(), m.toString());
      for (int i = 1; i <= m.impactLevels(); i++) {
        for (int u = 1; u <= m.urgencyLevels(); u++) {
          int here = m.priorityOf(Impact.of(i), Urgency.of(u)).level();
          assertTrue(here >= 1 && here <= m.priorityLevels());
          if (i > 1) {
            assertTrue(m.priorityOf(Impact.of(i - 1), Urgency.of(u)).level() <= here, "raising impact at " + i + "," + u);
          }
          if (u > 1) {
            assertTrue(m.priorityOf(Impact.of(i), Urgency.of(u - 1)).level() <= here, "raising urgency at " + i + "," + u);
          }
          cells++;
        }
      }
    }
    assertEquals(9 + 25 + 9, cells);
  }

  @Test
  void theFiveByFiveHasFiveLevelsEachWay() {
    assertEquals(5, PriorityMatrices.fiveByFive().impactLevels());
    assertEquals(5, PriorityMatrices.fiveByFive().urgencyLevels());
    assertEquals(5, PriorityMatrices.fiveByFive().priorityLevels());
  }

  @Test
  void theServiceNowPresetGivesTheRecordedPriorityOnEveryRowOfTheLog() throws IOException {
    PriorityMatrix m = PriorityMatrices.serviceNowEventLog();
    int checked = 0;
    try (Reader in = new InputStreamReader(PriorityMatricesTest.class.getResourceAsStream(SERVICENOW_LOG),
        StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        int impact = level(row.get("impact"));
        int urgency = level(row.get("urgency"));
        int recorded = level(row.get("priority"));
        assertEquals(recorded, m.priorityOf(Impact.of(impact), Urgency.of(urgency)).level(),
            "row " + row.getRecordNumber() + " (" + row.get("number") + ")");
        checked++;
      }
    }
    assertEquals(5998, checked, "the log has 5,998 events");
  }

  /** "2 - Medium" is level 2. */
  static int level(String value) {
    return Integer.parseInt(value.substring(0, value.indexOf(' ')));
  }

  @Test
  void theItilPresetIsTheCoreDefault() {
    org.junit.jupiter.api.Assertions.assertSame(PriorityMatrix.itil(), PriorityMatrices.itil3x3());
  }
}
