package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

  /**
   * The JSON form. An audience is an object (its name and whether it is external), not a text, so the maps keyed by
   * audience are written as lists of entries.
   */
  private record Form(List<AudienceTime> lastUpdates, Map<String, Instant> reportsSent, List<AudienceTime> snoozes) {}

  /** An audience and an instant, one entry of {@link Form}'s lists. */
  private record AudienceTime(Audience audience, Instant at) {}

  @JsonValue
  private Form toJson() {
    return new Form(entries(lastUpdates), reportsSent, entries(snoozes));
  }

  @JsonCreator
  private static Communications fromJson(@JsonProperty("lastUpdates") List<AudienceTime> lastUpdates,
      @JsonProperty("reportsSent") Map<String, Instant> reportsSent,
      @JsonProperty("snoozes") List<AudienceTime> snoozes) {
    return new Communications(map("lastUpdates", lastUpdates), Checks.notNull("reportsSent", reportsSent),
        map("snoozes", snoozes));
  }

  private static List<AudienceTime> entries(Map<Audience, Instant> times) {
    List<AudienceTime> out = new ArrayList<>(times.size());
    times.forEach((audience, at) -> out.add(new AudienceTime(audience, at)));
    return out;
  }

  private static Map<Audience, Instant> map(String field, List<AudienceTime> entries) {
    Checks.notNull(field, entries);
    Map<Audience, Instant> out = new HashMap<>();
    for (AudienceTime e : entries) {
      Checks.notNull(field + "' entry", e);
      Checks.notNull(field + "' audience", e.audience());
      if (out.put(e.audience(), Checks.notNull(field + "' instant", e.at())) != null) {
        throw new IllegalArgumentException(field + " must name each audience once, was " + e.audience() + " twice");
      }
    }
    return out;
  }

  /** {@code times} with {@code key} at {@code at}: the constructor made every map a {@link SortedArrayMap}. */
  private static <K extends Comparable<? super K>> Map<K, Instant> with(Map<K, Instant> times, K key, Instant at) {
    return SortedArrayMap.copyOf(times).with(key, at);
  }
}
