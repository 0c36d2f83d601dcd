package dev.mim.examples.drill;

import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.incident.IncidentStatus;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The drill's timeline as columns: time, stage, state and who, then what happened, wrapped under its own column so
 * that no line passes {@value #WIDTH} characters.
 */
final class TimelineColumns {

  /** The widest line the drill prints. */
  static final int WIDTH = 160;

  private final PrintStream out;

  TimelineColumns(PrintStream out) {
    this.out = out;
  }

  /** Prints one row; a long {@code what} goes on under its column, broken between words. */
  void row(String time, String stage, String state, String who, String what) {
    String prefix = String.format("%-9s  %-14s  %-10s  %-20s  ", time, stage, state, who);
    StringBuilder line = new StringBuilder(prefix);
    for (String word : what.split(" ")) {
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(0);
        line.append(" ".repeat(prefix.length()));
      } else if (line.length() > prefix.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line);
  }

  /** Prints who is owed an update at {@code time}, the incident being in {@code status}. */
  void owed(String time, IncidentStatus status, List<UpdateDue> owed, DateTimeFormatter clock) {
    out.printf("%-9s  %-14s  %-10s  %-20s  owed now:%s%n", time, status.stage(), status, "(schedule)",
        owed.isEmpty() ? " nothing" : "");
    for (UpdateDue u : owed) {
      out.printf("%-9s  %-14s  %-10s  %-20s    %-18s  %-26s  due %s%s%n", "", "", "", "", u.audience(),
          u.report() != null ? u.report() : u.kind(), clock.format(u.dueAt()),
          u.overdue() ? ", OVERDUE since " + clock.format(u.overdueSince()) : "");
    }
  }
}
