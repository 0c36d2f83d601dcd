package dev.mim.config;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.RegulatoryRegime.Anchor;
import dev.mim.core.comms.RegulatoryRegime.Deadline;
import dev.mim.core.comms.RegulatoryRegime.Report;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code regimes} (in {@code communication}): the regulatory regimes whose reports an incident owes, each {@code DORA}
 * or {@code NIS2} by name, or a regime of the host's own: {@code name}, {@code audience} (who receives the reports)
 * and {@code reports}, each with its {@code id}, {@code title}, {@code legalBasis} and {@code deadlines} ({@code
 * anchor} {@code BECAME_AWARE}, {@code CLASSIFIED_MAJOR} or {@code REPORT_SENT} with {@code afterReport}, and
 * {@code within} a duration such as {@code PT4H} or a period such as {@code P1M}).
 */
final class RegimeSection {

  static final String FIELD = "regimes";
  private static final Map<String, RegulatoryRegime> BY_NAME =
      Map.of("DORA", RegulatoryRegime.dora(), "NIS2", RegulatoryRegime.nis2());
  private static final Set<String> FIELDS = Set.of("name", "audience", "reports");
  private static final Set<String> REPORT_FIELDS = Set.of("id", "title", "legalBasis", "deadlines");
  private static final Set<String> DEADLINE_FIELDS = Set.of("anchor", "afterReport", "within");

  private RegimeSection() {}

  /** Reads the list at {@code at} into {@code normal}; null when it has problems. */
  static @Nullable List<RegulatoryRegime> read(JsonNode node, String at, Reading r, ArrayNode normal) {
    Set<String> names = new HashSet<>();
    return r.list(node, at, (item, itemAt) -> {
      RegulatoryRegime regime = regime(item, itemAt, r, normal);
      if (regime != null) {
        r.once(names, regime.name(), itemAt, "regime");
      }
      return regime;
    });
  }

  private static @Nullable RegulatoryRegime regime(JsonNode node, String at, Reading r, ArrayNode normal) {
    if (node.isString()) {
      RegulatoryRegime known = BY_NAME.get(node.asString());
      if (known == null) {
        r.wrong(at, "must be " + String.join(" or ", new java.util.TreeSet<>(BY_NAME.keySet()))
            + ", or an object with the regime's name, audience and reports", node);
        return null;
      }
      normal.add(node.asString());
      return known;
    }
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    String name = r.requiredText(o, at, "name");
    JsonNode audienceNode = r.required(o, at, "audience");
    ObjectNode audienceNormal = normal.objectNode();
    Audience audience = audienceNode == null ? null
        : AudienceNames.read(audienceNode, Reading.at(at, "audience"), r, audienceNormal);
    JsonNode reportsNode = r.required(o, at, "reports");
    ArrayNode reportsNormal = normal.arrayNode();
    List<Report> reports = reportsNode == null ? null : reports(reportsNode, Reading.at(at, "reports"), r,
        reportsNormal);
    if (name == null || audience == null || reports == null) {
      return null;
    }
    RegulatoryRegime regime = r.builtFrom(o, at, () -> new RegulatoryRegime(name, audience, reports));
    if (regime != null) {
      ObjectNode n = normal.addObject().put("name", name);
      n.set("audience", audienceNormal);
      n.set("reports", reportsNormal);
    }
    return regime;
  }

  private static @Nullable List<Report> reports(JsonNode node, String at, Reading r, ArrayNode normal) {
    return r.objects(node, at, REPORT_FIELDS, (o, itemAt) -> {
      String id = r.requiredText(o, itemAt, "id");
      String title = r.requiredText(o, itemAt, "title");
      String basis = r.requiredText(o, itemAt, "legalBasis");
      JsonNode deadlinesNode = r.required(o, itemAt, "deadlines");
      ArrayNode deadlinesNormal = normal.arrayNode();
      List<Deadline> deadlines = deadlinesNode == null ? null
          : deadlines(deadlinesNode, Reading.at(itemAt, "deadlines"), r, deadlinesNormal);
      Report report = id == null || title == null || basis == null || deadlines == null ? null
          : r.builtFrom(o, itemAt, () -> new Report(id, title, deadlines, basis));
      if (report != null) {
        ObjectNode n = normal.addObject().put("id", id).put("title", title).put("legalBasis", basis);
        n.set("deadlines", deadlinesNormal);
      }
      return report;
    });
  }

  private static @Nullable List<Deadline> deadlines(JsonNode node, String at, Reading r, ArrayNode normal) {
    return r.objects(node, at, DEADLINE_FIELDS, (o, itemAt) -> {
      Deadline d = deadline(o, itemAt, r);
      if (d != null) {
        ObjectNode n = normal.addObject().put("anchor", d.anchor().name());
        if (d.afterReport() != null) {
          n.put("afterReport", d.afterReport());
        }
        n.put("within", d.within().toString());
      }
      return d;
    });
  }

  private static @Nullable Deadline deadline(ObjectNode o, String at, Reading r) {
    JsonNode anchorNode = r.required(o, at, "anchor");
    Anchor anchor = anchorNode == null ? null : r.constant(anchorNode, Reading.at(at, "anchor"), Anchor.class);
    JsonNode afterNode = o.get("afterReport");
    String after = afterNode == null ? null : r.text(afterNode, Reading.at(at, "afterReport"));
    JsonNode withinNode = r.required(o, at, "within");
    TemporalAmount within = withinNode == null ? null : amountOfTime(withinNode, Reading.at(at, "within"), r);
    if (anchor == null || within == null || (afterNode != null && after == null)) {
      return null;
    }
    return r.builtFrom(o, at, () -> new Deadline(anchor, after, within));
  }

  /**
   * A period of years, months and days ({@code P1M}, {@code P14D}: calendar time, as regulations count it), or a
   * duration with a time part ({@code PT4H}).
   */
  private static @Nullable TemporalAmount amountOfTime(JsonNode node, String at, Reading r) {
    if (node.isString() && node.asString().matches("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+D)?")) {
      try {
        return Period.parse(node.asString());
      } catch (DateTimeParseException e) {
        // said below
      }
    } else if (node.isString() && Reading.DURATION.matcher(node.asString()).matches()) {
      return r.duration(node, at);
    }
    r.wrong(at, "must be a duration such as PT4H or a period such as P1M", node);
    return null;
  }
}
