package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IncidentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void durationsAreWrittenInWordsToTheTwoUnitsThatMatter() {
    assertEquals("not reached", Durations.inWords(null));
    assertEquals("0 s", Durations.inWords(Duration.ZERO));
    assertEquals("45 s", Durations.inWords(Duration.ofSeconds(45)));
    assertEquals("1 min", Durations.inWords(Duration.ofSeconds(60)));
    assertEquals("58 min", Durations.inWords(Duration.ofMinutes(58).plusSeconds(59)));
    assertEquals("1 h", Durations.inWords(Duration.ofHours(1)));
    assertEquals("2 h 35 min", Durations.inWords(Duration.ofMinutes(155)));
    assertEquals("1 day", Durations.inWords(Duration.ofHours(24)));
    assertEquals("3 days 4 h", Durations.inWords(Duration.ofHours(76).plusMinutes(30)));
    assertEquals("-30 min", Durations.inWords(Duration.ofMinutes(-30)));
  }

  @Test
  void everyMetricHasALabelAndTheFiguresPrintInWordsNotAsARecordDump() {
    assertEquals("time to declare", Metric.TIME_TO_DECLARE.label());
    assertEquals("outage", Metric.OUTAGE.label());
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.CLOSED);
    IncidentMetrics m = IncidentMetrics.measure(d.events, d.now, dev.mim.core.spi.CommunicationPolicy.ofDefaults());
    String text = m.toString();
    assertTrue(text.startsWith("MI-1 (P1, CLOSED): time to validate "), text);
    assertTrue(text.contains("time to declare " + Durations.inWords(m.timeToDeclare())), text);
    assertTrue(!text.contains("PT"), text);
    for (Metric metric : Metric.values()) {
      assertEquals(Durations.inWords(metric.of(m)), metric.inWords(m));
      assertTrue(metric.of(m) == null || text.contains(metric.label() + " "), metric + ": " + text);
    }
  }
}
