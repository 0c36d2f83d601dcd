package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Summaries by linear interpolation between closest ranks, against values NumPy gives and an oracle. */
class DurationSummaryTest {

  private static List<Duration> minutes(long... values) {
    List<Duration> out = new ArrayList<>();
    for (long v : values) {
      out.add(Duration.ofMinutes(v));
    }
    return out;
  }

  @Test
  void theFiguresAreThoseNumPyAndExcelGive() {
    // numpy.percentile([1, 2, 3, 4], [50, 90, 95]) == [2.5, 3.7, 3.85]
    DurationSummary s = DurationSummary.of(minutes(4, 1, 3, 2));
    assertEquals(new DurationSummary(4, Duration.ofSeconds(150), Duration.ofSeconds(150), Duration.ofSeconds(222),
        Duration.ofSeconds(231)), s);
    // numpy.percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000], 90) == 100
    assertEquals(Duration.ofMinutes(100), DurationSummary.of(minutes(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000))
        .p90());
    DurationSummary one = DurationSummary.of(minutes(7));
    assertEquals(Duration.ofMinutes(7), one.mean());
    assertEquals(Duration.ofMinutes(7), one.p95());
    assertEquals(new DurationSummary(0, null, null, null, null), DurationSummary.of(List.of()));
    assertEquals(Duration.ofMinutes(1), DurationSummary.percentile(minutes(1, 2, 3), 0));
    assertEquals(Duration.ofMinutes(3), DurationSummary.percentile(minutes(1, 2, 3), 100));
    assertEquals(Duration.ofNanos(1), DurationSummary.percentile(List.of(Duration.ZERO, Duration.ofNanos(2)), 50));
    assertEquals(Duration.ofNanos(1), DurationSummary.of(List.of(Duration.ZERO, Duration.ofNanos(1),
        Duration.ofNanos(1))).mean(), "2/3 of a nanosecond rounds half up");
  }

  @Test
  void badInputIsRefusedNamingIt() {
    assertEquals("percent must be between 0 and 100, was 101", assertThrows(IllegalArgumentException.class,
        () -> DurationSummary.percentile(minutes(1), 101)).getMessage());
    assertEquals("sorted must not be empty", assertThrows(IllegalArgumentException.class,
        () -> DurationSummary.percentile(List.of(), 50)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DurationSummary.of(null)).getMessage()
        .startsWith("values must not be null"));
    assertEquals("the figures must be given exactly when count is above 0, was 1",
        assertThrows(IllegalArgumentException.class, () -> new DurationSummary(1, null, null, null, null))
            .getMessage());
  }

  @Test
  void theSummaryAgreesWithAnInterpolationInDoublesWhateverTheOrder() {
    // For any list of up to 200 durations of up to ~11 days in milliseconds: count, mean, median, p90 and p95
    // equal, within a microsecond, the closest-ranks interpolation computed in doubles here; and
    // min <= median <= p90 <= p95 <= max.
    qt().withExamples(2_000).forAll(lists().of(Generate.longRange(0, 1_000_000_000L)).ofSizeBetween(1, 200))
        .checkAssert(millis -> {
          List<Duration> values = new ArrayList<>();
          millis.forEach(ms -> values.add(Duration.ofMillis(ms)));
          Collections.shuffle(values, new java.util.Random(millis.size()));
          DurationSummary s = DurationSummary.of(values);
          List<Long> sorted = new ArrayList<>(millis);
          Collections.sort(sorted);
          assertEquals(sorted.size(), s.count());
          near(sorted.stream().mapToLong(Long::longValue).average().orElseThrow(), s.mean());
          near(oracle(sorted, 0.5), s.median());
          near(oracle(sorted, 0.9), s.p90());
          near(oracle(sorted, 0.95), s.p95());
          assertTrue(Duration.ofMillis(sorted.get(0)).compareTo(s.median()) <= 0 && s.median().compareTo(s.p90()) <= 0
              && s.p90().compareTo(s.p95()) <= 0
              && s.p95().compareTo(Duration.ofMillis(sorted.get(sorted.size() - 1))) <= 0);
        });
  }

  private static double oracle(List<Long> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    return lo + 1 < sorted.size() ? sorted.get(lo) + (h - lo) * (sorted.get(lo + 1) - sorted.get(lo)) : sorted.get(lo);
  }

  private static void near(double expectedMillis, Duration actual) {
    assertEquals(expectedMillis, actual.toNanos() / 1e6, 1e-3);
  }
}
