package dev.mim.core.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the review document writes times, durations and text from the incident. */
final class MarkdownText {

  private final DateTimeFormatter time;

  MarkdownText(ZoneId zone) {
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
  }

  String time(Instant at) {
    return at == null ? "" : time.format(at);
  }

  /** A duration in words: "45 s", "58 min", "2 h 35 min", "3 days 4 h"; "not reached" for null. */
  String duration(Duration d) {
    if (d == null) {
      return "not reached";
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

  /** Text for a table cell: on one line, with the characters that would end or format the cell escaped. */
  String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /** Text for a line of prose: on one line, Markdown's and HTML's special characters escaped. */
  String inline(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\r', '\n', '\t' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '<', '>' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
