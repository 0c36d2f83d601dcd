package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.Map;

/**
 * What the incident's stakeholders were told and when: all that the communication schedule needs, kept in the
 * state so that the schedule reads one source of truth. Its size grows with the audiences and reports, never with
 * the number of updates sent.
 *
 * @param lastUpdates when each audience was last sent an update, sorted by audience
 * @param reportsSent when each regulatory report was last sent, by report id
 * @param snoozes until when each snoozed audience's next update is held off, sorted by audience
 */
public record Communications(Map<Audience, Instant> lastUpdates, Map<String, Instant> reportsSent,
    Map<Audience, Instant> snoozes) {

  static final Communications NONE = new Communications(Map.of(), Map.of(), Map.of());

  /**
   * Keeps each map as an immutable copy sorted by key (no copy when it is one already).
   *
   * @throws IllegalArgumentException when a map is null or holds a null key or value
   */
  public Communications {
    lastUpdates = SortedArrayMap.copyOf(Checks.notNull("lastUpdates", lastUpdates));
    reportsSent = SortedArrayMap.copyOf(Checks.notNull("reportsSent", reportsSent));
    snoozes = SortedArrayMap.copyOf(Checks.notNull("snoozes", snoozes));
  }

  /**
   * @param audience an audience
   * @return when it was last sent an update, or null if never
   */
  public @Nullable Instant lastUpdateTo(Audience audience) {
    return lastUpdates.get(audience);
  }

  /**
   * @param reportId a regulatory report's id
   * @return when it was last sent, or null if never
   */
  public @Nullable Instant reportSentAt(String reportId) {
    return reportsSent.get(reportId);
  }

  /**
   * @param audience an audience
   * @return until when its updates are held off, or null if never snoozed
   */
  public @Nullable Instant snoozedUntil(Audience audience) {
    return snoozes.get(audience);
  }

  /**
   * @param audience who was sent an update
   * @param report the regulatory report it was, or null
   * @param at when
   * @return a copy recording it
   */
  public Communications sent(Audience audience, @Nullable String report, Instant at) {
    return new Communications(with(lastUpdates, audience, at),
        report == null ? reportsSent : with(reportsSent, report, at), snoozes);
  }

  /**
   * @param audience an audience
   * @param until until when its updates are held off
   * @return a copy recording the snooze
   */
  public Communications snoozed(Audience audience, Instant until) {
    return new Communications(lastUpdates, reportsSent, with(snoozes, audience, until));
  }

  /** {@code times} with {@code key} at {@code at}: the constructor made every map a {@link SortedArrayMap}. */
  private static <K extends Comparable<? super K>> Map<K, Instant> with(Map<K, Instant> times, K key, Instant at) {
    return SortedArrayMap.copyOf(times).with(key, at);
  }
}
