package dev.mim.core.report;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.Review;
import dev.mim.core.incident.ReviewStatus;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.metrics.DowntimeCost;
import dev.mim.core.metrics.IncidentMetrics;
import dev.mim.core.metrics.ResponseCost;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.List;

/**
 * What an incident's managers read afterwards: its figures, the estimated cost of its outage, the responders'
 * effort and its cost, its review and its timeline, all derived from its events. Serialises to JSON with the events' conventions (ISO-8601 times and
 * durations, identifiers as strings, enums by name, absent values as null); {@link ReviewMarkdown} renders it.
 *
 * @param summary what happened, as the incident was identified
 * @param metrics the figures
 * @param cost the estimated cost of the outage
 * @param responseCost the responders' time on the incident, by role, and its cost under the tenant's rates
 * @param reviewStatus where the review stands
 * @param review the review
 * @param timeline what happened, event by event
 */
public record IncidentReport(String summary, IncidentMetrics metrics, DowntimeCost cost, ResponseCost responseCost,
    ReviewStatus reviewStatus, Review review, List<TimelineEntry> timeline) {

  /** @throws IllegalArgumentException when a value is null or the timeline holds null */
  public IncidentReport {
    Checks.text("summary", summary);
    Checks.notNull("metrics", metrics);
    Checks.notNull("cost", cost);
    Checks.notNull("responseCost", responseCost);
    Checks.notNull("reviewStatus", reviewStatus);
    Checks.notNull("review", review);
    timeline = List.copyOf(Checks.noNulls("timeline", timeline));
  }

  /**
   * Reports on an incident from its events, under the policies of its tenant (their catalogue prices the outage
   * and names the subscribers owed updates, their response rates price the responders' time, their communication
   * policy says which updates were owed).
   *
   * @param events the incident's events, in order, at least its identification
   * @param at the instant to report at; not before the last event
   * @param policies the policies of the incident's tenant
   * @return the report
   * @throws IllegalArgumentException when an argument is null, the history is corrupt or {@code at} is before the
   *     last event
   */
  public static IncidentReport of(List<IncidentEvent> events, Instant at, PolicySet policies) {
    Checks.notNull("policies", policies);
    Checks.notEmpty("events", events);
    IncidentState state = IncidentDecider.replay(events);
    IncidentMetrics metrics = IncidentMetrics.measure(events, at, policies.communication(),
        policies.serviceCatalogue().impactOf(state.classification().affectedServices()).subscribers());
    Review review = state.review();
    return new IncidentReport(state.classification().summary(), metrics,
        DowntimeCost.of(metrics, policies.serviceCatalogue()), ResponseCost.of(events, at, policies.responseRates()),
        review.status(), review, Timeline.of(events));
  }
}
