package dev.mim.core.metrics;

import org.jspecify.annotations.Nullable;
import java.time.Duration;

/** Durations in words, as the review, the reports and the drill print them: "58 min", not {@code PT58M}. */
public final class Durations {

  private Durations() {}

  /**
   * Writes a duration in words, to the largest two units that matter: "45 s", "58 min", "2 h 35 min",
   * "1 day", "3 days 4 h". Seconds show under a minute only; a negative duration is written with a minus sign.
   *
   * @param d a duration; null for a figure not reached
   * @return the words; "not reached" for null
   */
  public static String inWords(@Nullable Duration d) {
    if (d == null) {
      return "not reached";
    }
    if (d.isNegative()) {
      return "-" + inWords(d.negated());
    }
    long minutes = d.toMinutes();
    if (minutes < 1) {
      return d.toSeconds() + " s";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = d.toHours();
    if (hours < 24) {
      return hours + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
    }
    return d.toDays() + (d.toDays() == 1 ? " day" : " days") + (d.toHoursPart() == 0 ? "" : " " + d.toHoursPart()
        + " h");
  }
}
