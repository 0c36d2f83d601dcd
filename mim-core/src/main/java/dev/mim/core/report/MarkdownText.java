package dev.mim.core.report;

import dev.mim.core.metrics.Durations;
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

  /** A duration in words ({@link Durations#inWords}): "45 s", "58 min", "2 h 35 min"; "not reached" for null. */
  String duration(Duration d) {
    return Durations.inWords(d);
  }

  /** How wide the document's prose is wrapped, and how long a table cell's text may be. */
  static final int WIDTH = 120;
  static final int CELL = 100;

  /**
   * A paragraph or list item as lines of at most {@link #WIDTH} characters where the words allow: {@code first}
   * before the first line, {@code indent} before the others (Markdown joins them back into one), each line ended.
   */
  String wrapped(String first, String text, String indent) {
    StringBuilder out = new StringBuilder(first);
    int column = first.length();
    boolean lineStart = true;
    for (String word : inline(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!lineStart && column + 1 + word.length() > WIDTH) {
        out.append('\n').append(indent);
        column = indent.length();
        lineStart = true;
      }
      if (!lineStart) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      lineStart = false;
    }
    return out.append('\n').toString();
  }

  /** Text for a timeline cell: as {@link #cell}, shortened at a word to about {@link #CELL} characters. */
  String shortCell(String text) {
    String flat = inline(text);
    if (flat.length() <= CELL) {
      return flat.replace("|", "\\|");
    }
    int cut = flat.lastIndexOf(' ', CELL);
    return (cut > CELL / 2 ? flat.substring(0, cut) : flat.substring(0, CELL)).replace("|", "\\|") + " ...";
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
