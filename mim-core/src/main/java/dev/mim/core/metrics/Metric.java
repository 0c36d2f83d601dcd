package dev.mim.core.metrics;

import java.time.Duration;
import java.util.function.Function;

/** The times measured of each incident, to summarise over many (see {@link IncidentMetrics} for each). */
public enum Metric {
  /** {@link IncidentMetrics#timeToValidate()}. */
  TIME_TO_VALIDATE(IncidentMetrics::timeToValidate),
  /** {@link IncidentMetrics#timeToDeclare()}. */
  TIME_TO_DECLARE(IncidentMetrics::timeToDeclare),
  /** {@link IncidentMetrics#timeToEngage()}. */
  TIME_TO_ENGAGE(IncidentMetrics::timeToEngage),
  /** {@link IncidentMetrics#timeToAcknowledge()}. */
  TIME_TO_ACKNOWLEDGE(IncidentMetrics::timeToAcknowledge),
  /** {@link IncidentMetrics#timeToMobilise()}. */
  TIME_TO_MOBILISE(IncidentMetrics::timeToMobilise),
  /** {@link IncidentMetrics#timeToWorkaround()}. */
  TIME_TO_WORKAROUND(IncidentMetrics::timeToWorkaround),
  /** {@link IncidentMetrics#timeToFirstRestoration()}. */
  TIME_TO_FIRST_RESTORATION(IncidentMetrics::timeToFirstRestoration),
  /** {@link IncidentMetrics#timeToFinalRestoration()}. */
  TIME_TO_FINAL_RESTORATION(IncidentMetrics::timeToFinalRestoration),
  /** {@link IncidentMetrics#timeToClose()}. */
  TIME_TO_CLOSE(IncidentMetrics::timeToClose),
  /** {@link IncidentMetrics#outageTotal()}, of incidents that had an outage (were declared). */
  OUTAGE(m -> m.outage().isEmpty() ? null : m.outageTotal());

  private final Function<IncidentMetrics, Duration> read;

  Metric(Function<IncidentMetrics, Duration> read) {
    this.read = read;
  }

  /**
   * @param metrics an incident's figures
   * @return this figure of it; null when the incident has none
   */
  public Duration of(IncidentMetrics metrics) {
    return read.apply(metrics);
  }
}
