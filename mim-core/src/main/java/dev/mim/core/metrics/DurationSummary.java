package dev.mim.core.metrics;

import org.jspecify.annotations.Nullable;
import dev.mim.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Count, mean, median and the 90th and 95th percentiles of a set of durations.
 *
 * <p><b>Percentile method</b>: linear interpolation between the closest ranks, the method R calls type 7 and
 * NumPy's {@code percentile}, Excel's {@code PERCENTILE.INC} and Apache Commons Math's {@code R_7} use: for
 * {@code n} sorted values {@code x[0..n-1]} and a fraction {@code p}, {@code h = (n - 1) p} and the percentile is
 * {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}. The median is the 50th percentile. Results are
 * exact to the nanosecond (rounded half up).
 *
 * @param count how many durations
 * @param mean their mean; null when there are none
 * @param median their median; null when there are none
 * @param p90 their 90th percentile; null when there are none
 * @param p95 their 95th percentile; null when there are none
 */
public record DurationSummary(int count, @Nullable Duration mean, @Nullable Duration median, @Nullable Duration p90,
    @Nullable Duration p95) {

  /** @throws IllegalArgumentException when the count is negative, or the figures are missing for a count above 0 */
  public DurationSummary {
    Checks.notNegative("count", count);
    if ((count == 0) != (mean == null) || (mean == null) != (median == null) || (median == null) != (p90 == null)
        || (p90 == null) != (p95 == null)) {
      throw new IllegalArgumentException("the figures must be given exactly when count is above 0, was " + count);
    }
  }

  /**
   * @param values durations, in any order
   * @return their summary
   * @throws IllegalArgumentException when the collection is null or holds null
   */
  public static DurationSummary of(Collection<Duration> values) {
    List<Duration> sorted = new ArrayList<>(Checks.noNulls("values", values));
    if (sorted.isEmpty()) {
      return new DurationSummary(0, null, null, null, null);
    }
    sorted.sort(null);
    BigInteger total = BigInteger.ZERO;
    for (Duration d : sorted) {
      total = total.add(nanos(d));
    }
    Duration mean = duration(new BigDecimal(total).divide(BigDecimal.valueOf(sorted.size()), 0,
        RoundingMode.HALF_UP));
    return new DurationSummary(sorted.size(), mean, percentile(sorted, 50), percentile(sorted, 90),
        percentile(sorted, 95));
  }

  /**
   * The percentile of sorted durations, by the method in the class documentation.
   *
   * @param sorted durations in ascending order, at least one
   * @param percent from 0 to 100
   * @return the percentile
   * @throws IllegalArgumentException when the list is empty or the percent out of range
   */
  public static Duration percentile(List<Duration> sorted, int percent) {
    Checks.notEmpty("sorted", sorted);
    Checks.between("percent", percent, 0, 100);
    // h = (n - 1) * percent / 100, kept exact as a fraction with denominator 100
    long h100 = (long) (sorted.size() - 1) * percent;
    int lo = (int) (h100 / 100);
    long frac100 = h100 % 100;
    BigInteger low = nanos(sorted.get(lo));
    if (frac100 == 0) {
      return duration(new BigDecimal(low));
    }
    BigInteger high = nanos(sorted.get(lo + 1));
    BigDecimal value = new BigDecimal(low).add(new BigDecimal(high.subtract(low)).multiply(BigDecimal.valueOf(frac100))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP));
    return duration(value);
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(d.getNano()));
  }

  private static Duration duration(BigDecimal nanos) {
    BigInteger[] secondsAndNanos = nanos.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }
}
