package dev.mim.core.report;

import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Stage;
import dev.mim.core.metrics.OutageWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Mermaid {@code gantt} chart of an incident: one section per stage holding the spans of its statuses (a
 * terminal status as a milestone), and one section for the outage windows, marked critical.
 */
final class GanttChart {

  private GanttChart() {}

  static String of(IncidentReport report, ZoneId zone) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    Map<Stage, List<String>> sections = new EnumMap<>(Stage.class);
    IncidentStatus current = null;
    Instant since = null;
    for (TimelineEntry e : report.timeline()) {
      if (e.status() != current) {
        if (current != null) {
          task(sections, current, time.format(since) + ", " + time.format(e.at()));
        }
        current = e.status();
        since = e.at();
      }
    }
    if (current.isTerminal()) {
      task(sections, current, "milestone, " + time.format(since) + ", 0m");
    } else {
      task(sections, current, "active, " + time.format(since) + ", " + time.format(report.metrics().measuredAt()));
    }
    String zoneName = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    StringBuilder out = new StringBuilder("```mermaid\ngantt\n    title ")
        .append(plain(report.metrics().incident().value())).append(" (times in ").append(zoneName).append(")\n")
        .append("    dateFormat YYYY-MM-DD HH:mm:ss\n    axisFormat %d %H:%M\n");
    sections.forEach((stage, tasks) -> {
      out.append("    section ").append(stage.label()).append('\n');
      tasks.forEach(t -> out.append("    ").append(t).append('\n'));
    });
    List<OutageWindow> outage = report.metrics().outage();
    if (!outage.isEmpty()) {
      out.append("    section Outage\n");
      for (int i = 0; i < outage.size(); i++) {
        OutageWindow w = outage.get(i);
        out.append("    Outage ").append(i + 1).append(w.ongoing() ? " (ongoing) :crit, active, " : " :crit, ")
            .append(time.format(w.from())).append(", ").append(time.format(w.until())).append('\n');
      }
    }
    return out.append("```\n").toString();
  }

  private static void task(Map<Stage, List<String>> sections, IncidentStatus status, String when) {
    String name = status.name().charAt(0) + status.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    sections.computeIfAbsent(status.stage(), s -> new ArrayList<>()).add(name + " :" + when);
  }

  /** Mermaid's gantt syntax gives ':', ';' and '#' meaning, and a line ends the title. */
  private static String plain(String text) {
    return text.replaceAll("[:;#\\r\\n]", " ");
  }
}
