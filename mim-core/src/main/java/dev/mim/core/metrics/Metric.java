package dev.mim.core.metrics;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.function.Function;

/** The times measured of each incident, to summarise over many (see {@link IncidentMetrics} for each). */
public enum Metric {
  /** {@link IncidentMetrics#timeToValidate()}. */
  TIME_TO_VALIDATE("time to validate", IncidentMetrics::timeToValidate),
  /** {@link IncidentMetrics#timeToDeclare()}. */
  TIME_TO_DECLARE("time to declare", IncidentMetrics::timeToDeclare),
  /** {@link IncidentMetrics#timeToEngage()}. */
  TIME_TO_ENGAGE("time to engage", IncidentMetrics::timeToEngage),
  /** {@link IncidentMetrics#timeToAcknowledge()}. */
  TIME_TO_ACKNOWLEDGE("time to acknowledge", IncidentMetrics::timeToAcknowledge),
  /** {@link IncidentMetrics#timeToMobilise()}. */
  TIME_TO_MOBILISE("time to mobilise", IncidentMetrics::timeToMobilise),
  /** {@link IncidentMetrics#timeToWorkaround()}. */
  TIME_TO_WORKAROUND("time to workaround", IncidentMetrics::timeToWorkaround),
  /** {@link IncidentMetrics#timeToFirstRestoration()}. */
  TIME_TO_FIRST_RESTORATION("time to first restoration", IncidentMetrics::timeToFirstRestoration),
  /** {@link IncidentMetrics#timeToFinalRestoration()}. */
  TIME_TO_FINAL_RESTORATION("time to final restoration", IncidentMetrics::timeToFinalRestoration),
  /** {@link IncidentMetrics#timeToClose()}. */
  TIME_TO_CLOSE("time to close", IncidentMetrics::timeToClose),
  /** {@link IncidentMetrics#outageTotal()}, of incidents that had an outage (were declared). */
  OUTAGE("outage", m -> m.outage().isEmpty() ? null : m.outageTotal());

  private final String label;
  private final Function<IncidentMetrics, Duration> read;

  Metric(String label, Function<IncidentMetrics, Duration> read) {
    this.label = label;
    this.read = read;
  }

  /** @return the figure's name in words, as reports print it: "time to declare", "outage" */
  public String label() {
    return label;
  }

  /**
   * @param metrics an incident's figures
   * @return this figure of it in words ({@link Durations#inWords}): "12 min"; "not reached" when it has none
   */
  public String inWords(IncidentMetrics metrics) {
    return Durations.inWords(of(metrics));
  }

  /**
   * @param metrics an incident's figures
   * @return this figure of it; null when the incident has none
   */
  public @Nullable Duration of(IncidentMetrics metrics) {
    return read.apply(metrics);
  }
}
