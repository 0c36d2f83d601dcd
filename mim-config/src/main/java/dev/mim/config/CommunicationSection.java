package dev.mim.config;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code communication}: who is told what and how often. {@code plan} maps each priority ({@code P1}) to the
 * audiences owed updates at it, each with {@code firstNoticeWithin} and {@code updateEvery} (durations), and
 * optionally {@code businessHoursOnly} (false), {@code finalNoticeOnRestore} and {@code finalNoticeOnClose} (true);
 * the {@code calendar} those business hours are in; the regulatory {@code regimes}. A field left out takes mim's
 * default (the plan of {@code CommunicationPlan.defaults()}, {@code always}, no regime).
 */
final class CommunicationSection {

  static final String FIELD = "communication";
  private static final String PLAN = "plan";
  private static final Set<String> FIELDS = Set.of(PLAN, CalendarSection.FIELD, RegimeSection.FIELD);
  private static final Set<String> PLAN_FIELDS = Set.of("audience", "firstNoticeWithin", "updateEvery",
      "businessHoursOnly", "finalNoticeOnRestore", "finalNoticeOnClose");

  private CommunicationSection() {}

  static JsonNode defaults() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ObjectNode plan = node.putObject(PLAN);
    for (Map.Entry<Priority, List<AudiencePlan>> e : CommunicationPlan.defaults().byPriority().entrySet()) {
      ArrayNode plans = plan.putArray(e.getKey().toString());
      for (AudiencePlan p : e.getValue()) {
        write(p, plans.addObject());
      }
    }
    node.set(CalendarSection.FIELD, CalendarSection.defaults());
    node.putArray(RegimeSection.FIELD);
    return node;
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable CommunicationPolicy read(JsonNode node, String at, Reading r, ObjectNode out) {
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    ObjectNode normal = JsonNodeFactory.instance.objectNode();
    JsonNode planNode = o.get(PLAN);
    CommunicationPlan plan = planNode == null ? plan(defaults().get(PLAN), at, r, normal)
        : plan(planNode, Reading.at(at, PLAN), r, normal);
    JsonNode calendarNode = o.get(CalendarSection.FIELD);
    BusinessCalendar calendar = CalendarSection.read(calendarNode == null ? CalendarSection.defaults() : calendarNode,
        Reading.at(at, CalendarSection.FIELD), r, normal);
    JsonNode regimesNode = o.get(RegimeSection.FIELD);
    List<RegulatoryRegime> regimes = RegimeSection.read(regimesNode == null ? normal.arrayNode() : regimesNode,
        Reading.at(at, RegimeSection.FIELD), r, normal.putArray(RegimeSection.FIELD));
    if (plan == null || calendar == null || regimes == null) {
      return null;
    }
    CommunicationPolicy policy = r.built(at, () -> CommunicationPolicy.custom().plan(plan).calendar(calendar)
        .regimes(regimes).build());
    if (policy != null) {
      out.set(FIELD, normal);
    }
    return policy;
  }

  private static @Nullable CommunicationPlan plan(JsonNode node, String at, Reading r, ObjectNode normal) {
    if (!node.isObject()) {
      r.wrong(at, "must be an object from priorities (P1) to the audiences owed updates at each", node);
      return null;
    }
    CommunicationPlan.Builder plan = CommunicationPlan.custom();
    ObjectNode planNormal = normal.putObject(PLAN);
    int mark = r.mark();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String priorityAt = Reading.at(at, e.getKey());
      Priority priority = r.priority(JsonNodeFactory.instance.stringNode(e.getKey()), priorityAt);
      ArrayNode list = r.array(e.getValue(), priorityAt);
      if (priority == null || list == null) {
        continue;
      }
      List<AudiencePlan> plans = new ArrayList<>();
      ArrayNode plansNormal = planNormal.putArray(e.getKey());
      for (int i = 0; i < list.size(); i++) {
        AudiencePlan p = audiencePlan(list.get(i), Reading.at(priorityAt, i), r);
        if (p != null) {
          plans.add(p);
          write(p, plansNormal.addObject());
        }
      }
      if (r.cleanSince(mark)) {
        r.built(priorityAt, () -> plan.priority(priority, plans.toArray(AudiencePlan[]::new)));
      }
    }
    return r.cleanSince(mark) ? r.built(at, plan::build) : null;
  }

  private static @Nullable AudiencePlan audiencePlan(JsonNode node, String at, Reading r) {
    ObjectNode o = r.object(node, at, PLAN_FIELDS);
    if (o == null) {
      return null;
    }
    JsonNode audienceNode = r.required(o, at, "audience");
    Audience audience = audienceNode == null ? null
        : AudienceNames.read(audienceNode, Reading.at(at, "audience"), r, JsonNodeFactory.instance.objectNode());
    Duration first = requiredDuration(o, at, "firstNoticeWithin", r);
    Duration every = requiredDuration(o, at, "updateEvery", r);
    Boolean businessHours = r.flag(o, at, "businessHoursOnly", false);
    Boolean onRestore = r.flag(o, at, "finalNoticeOnRestore", true);
    Boolean onClose = r.flag(o, at, "finalNoticeOnClose", true);
    if (audience == null || first == null || every == null || businessHours == null || onRestore == null
        || onClose == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new AudiencePlan(audience, first, every, businessHours, onRestore, onClose));
  }

  private static void write(AudiencePlan p, ObjectNode n) {
    n.putObject("audience").put("name", p.audience().name()).put("external", p.audience().external());
    n.put("firstNoticeWithin", p.firstNoticeWithin().toString()).put("updateEvery", p.updateEvery().toString())
        .put("businessHoursOnly", p.businessHoursOnly()).put("finalNoticeOnRestore", p.finalNoticeOnRestore())
        .put("finalNoticeOnClose", p.finalNoticeOnClose());
  }

  private static @Nullable Duration requiredDuration(ObjectNode o, String at, String field, Reading r) {
    JsonNode node = r.required(o, at, field);
    return node == null ? null : r.duration(node, Reading.at(at, field));
  }
}
