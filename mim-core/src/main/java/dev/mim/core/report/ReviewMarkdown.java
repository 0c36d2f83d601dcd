package dev.mim.core.report;

import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.internal.Checks;
import dev.mim.core.metrics.IncidentMetrics;
import dev.mim.core.metrics.Metric;
import dev.mim.core.metrics.ResponseCost;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link IncidentReport} as a Markdown document a host can show as it is: the figures, a Mermaid
 * {@code gantt} chart of the stages and the outage, the timeline, the findings and the action items. Text from
 * the incident is escaped so that it cannot break the tables. Pure.
 */
public final class ReviewMarkdown {

  private ReviewMarkdown() {}

  /**
   * @param report an incident's report
   * @return the document, times in UTC
   * @throws IllegalArgumentException when {@code report} is null
   */
  public static String render(IncidentReport report) {
    return render(report, ZoneOffset.UTC);
  }

  /**
   * @param report an incident's report
   * @param zone the zone to show times in
   * @return the document
   * @throws IllegalArgumentException when a value is null
   */
  public static String render(IncidentReport report, ZoneId zone) {
    Checks.notNull("report", report);
    Checks.notNull("zone", zone);
    MarkdownText md = new MarkdownText(zone);
    IncidentMetrics m = report.metrics();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(m.incident()).append(": ").append(md.inline(report.summary())).append("\n\n");
    figures(report, md, out);
    out.append("\n## Timeline\n\n");
    out.append(GanttChart.of(report, zone));
    out.append("\n| time | stage | who | what |\n|---|---|---|---|\n");
    for (TimelineEntry e : report.timeline()) {
      out.append("| ").append(md.time(e.at())).append(" | ").append(e.stage().label()).append(" | ")
          .append(md.cell(e.actor().value())).append(" | ").append(md.shortCell(e.summary())).append(" |\n");
    }
    findings(report, md, out);
    actionItems(report.review().actions(), md, out);
    return out.toString();
  }

  private static void figures(IncidentReport report, MarkdownText md, StringBuilder out) {
    IncidentMetrics m = report.metrics();
    out.append("| | |\n|---|---|\n");
    row(out, "priority", m.priority().toString());
    row(out, "services", String.join(", ", m.services().stream().map(s -> md.cell(s.value())).toList()));
    row(out, "status", m.status() + ", review " + report.reviewStatus());
    if (m.status().isKeptOutOfAggregates()) {
      row(out, "in the figures", "no: " + (m.status() == IncidentStatus.DUPLICATE ? "a duplicate"
          : "declined by triage") + ", kept out of every aggregate");
    }
    row(out, "first signal", md.time(m.firstSignalAt()));
    row(out, Metric.TIME_TO_DECLARE.label(), Metric.TIME_TO_DECLARE.inWords(m));
    row(out, Metric.TIME_TO_MOBILISE.label(), Metric.TIME_TO_MOBILISE.inWords(m));
    row(out, Metric.TIME_TO_FIRST_RESTORATION.label(), Metric.TIME_TO_FIRST_RESTORATION.inWords(m));
    row(out, Metric.TIME_TO_FINAL_RESTORATION.label(), Metric.TIME_TO_FINAL_RESTORATION.inWords(m));
    row(out, Metric.OUTAGE.label(), m.outage().isEmpty() ? "none" : md.duration(m.outageTotal()) + " in "
        + m.outage().size() + (m.outage().size() == 1 ? " window" : " windows"));
    String unpriced = report.cost().complete() ? "" : " (at least: not priced "
        + String.join(", ", report.cost().unpriced().stream().map(s -> md.cell(s.value())).toList()) + ")";
    row(out, "estimated cost", String.format(Locale.ROOT, "%,.2f", report.cost().total()) + unpriced);
    row(out, "responders' effort", effort(report.responseCost(), md));
    row(out, "reopens", Integer.toString(m.reopenCount()));
    row(out, "escalations", Integer.toString(m.escalationsFired()));
    row(out, "updates on time", m.updateAdherence() == null ? "none owed"
        : String.format(Locale.ROOT, "%.0f %%", 100 * m.updateAdherence()));
  }

  /** The responders' time and, where the tenant prices it, its cost; a lower bound when a role is not priced. */
  private static String effort(ResponseCost rc, MarkdownText md) {
    if (rc.effort().isZero()) {
      return "none";
    }
    String time = md.duration(rc.effort());
    if (rc.costByRole().isEmpty()) {
      return time + ", not priced";
    }
    String notPriced = rc.complete() ? "" : " (at least: not priced " + String.join(", ", rc.unpriced()) + ")";
    return time + ", costing " + String.format(Locale.ROOT, "%,.2f", rc.total()) + notPriced;
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static void findings(IncidentReport report, MarkdownText md, StringBuilder out) {
    out.append("\n## Findings\n\n");
    ReviewFindings f = report.review().findings();
    if (f == null) {
      out.append("No findings recorded yet.\n");
      return;
    }
    if (f.summary() != null) {
      out.append(md.wrapped("", f.summary(), "")).append("\n");
    }
    if (f.rootCause() != null) {
      out.append(md.wrapped("- **Root cause**: ", f.rootCause(), "  "));
    }
    if (f.problem() != null) {
      out.append("- **Problem record**: ").append(md.inline(f.problem().value()))
          .append(f.rootCause() == null ? " (root-cause analysis handed over)" : "").append("\n");
    }
    if (!f.explainsTheCause()) {
      out.append("- **Root cause**: not named yet\n");
    }
    list(out, "Contributing factors", f.contributingFactors(), md);
    list(out, "What went well", f.wentWell(), md);
    list(out, "What did not", f.wentBadly(), md);
    if (report.review().conclusion() != null) {
      out.append("\n").append(md.wrapped("", report.review().conclusion(), ""));
    }
  }

  private static void list(StringBuilder out, String title, List<String> items, MarkdownText md) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append("\n\n");
    for (String item : items) {
      out.append(md.wrapped("- ", item, "  "));
    }
  }

  private static void actionItems(Map<String, ReviewAction> items, MarkdownText md, StringBuilder out) {
    out.append("\n## Action items\n\n");
    if (items.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("| id | action | owner | due | status | linked to |\n|---|---|---|---|---|---|\n");
    items.forEach((id, item) -> out.append("| ").append(md.cell(id)).append(" | ")
        .append(md.cell(item.description())).append(" | ")
        .append(item.owner() == null ? "" : md.cell(item.owner().value())).append(" | ")
        .append(item.due() == null ? "" : item.due()).append(" | ").append(item.status())
        .append(item.closingNote() == null ? "" : ": " + md.cell(item.closingNote())).append(" | ")
        .append(links(item, md)).append(" |\n"));
  }

  private static String links(ReviewAction item, MarkdownText md) {
    if (item.problem() == null && item.change() == null) {
      return "";
    }
    if (item.change() == null) {
      return "problem " + md.cell(item.problem().value());
    }
    return (item.problem() == null ? "" : "problem " + md.cell(item.problem().value()) + ", ") + "change "
        + md.cell(item.change().value());
  }
}
