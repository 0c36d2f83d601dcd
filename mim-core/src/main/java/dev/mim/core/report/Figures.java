package dev.mim.core.report;

import dev.mim.core.internal.Checks;
import dev.mim.core.metrics.DurationSummary;
import dev.mim.core.metrics.Metric;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of a group of incidents.
 *
 * @param incidents how many incidents
 * @param times per metric, the summary of the incidents that have that figure (count, mean, median, 90th and 95th
 *     percentiles; see {@link DurationSummary} for the method)
 * @param reopens how many reopens in all
 * @param escalations how many escalations fired in all
 * @param cost the estimated cost of their outages, in the catalogue's currency
 * @param unpricedIncidents how many of them affected a service the catalogue does not price, so that the cost is
 *     a lower bound
 * @param responseEffort the responders' time on them, summed
 * @param responseCost what the responders' time cost, under each tenant's rates
 */
public record Figures(int incidents, Map<Metric, DurationSummary> times, int reopens, int escalations,
    BigDecimal cost, int unpricedIncidents, Duration responseEffort, BigDecimal responseCost) {

  /** @throws IllegalArgumentException when a value is null or a count negative */
  public Figures {
    Checks.notNegative("incidents", incidents);
    Checks.notNull("times", times);
    times = Collections.unmodifiableMap(new EnumMap<>(times.isEmpty() ? new EnumMap<>(Metric.class) : times));
    Checks.notNegative("reopens", reopens);
    Checks.notNegative("escalations", escalations);
    Checks.notNull("cost", cost);
    Checks.notNegative("unpricedIncidents", unpricedIncidents);
    Checks.notNegative("responseEffort", responseEffort);
    Checks.notNull("responseCost", responseCost);
  }
}
