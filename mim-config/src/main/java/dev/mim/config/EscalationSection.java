package dev.mim.config;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.escalation.EscalationPlan.ClockStart;
import dev.mim.policies.escalation.EscalationPlan;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.policies.escalation.EscalationRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code escalation}: {@code none} (the default), {@code tiered} (mim-policies' {@code EscalationPresets.tiered()},
 * which pages the on-call schedule {@code major-incident-managers}), or a plan: {@code name}, {@code calendar} its
 * clocks run on (as {@code communication}'s), {@code rules} (each a level: {@code condition}, {@code priorities}
 * (every one when left out), {@code after}, {@code reason}, {@code targets}, and optionally {@code when}, a CEL
 * condition over the incident ({@link Conditions}) that the rule pages for), {@code repeats} ({@code condition: {every,
 * times}}) and {@code clockStarts} ({@code condition: CONDITION | DECLARATION | IDENTIFICATION}). PagerDuty-,
 * Opsgenie- and ServiceNow-shaped plans are plans of rules. A target is {@code {person}}, {@code {role}}, {@code
 * {group}} or {@code {onCall}} naming one of the document's on-call schedules.
 */
final class EscalationSection {

  static final String FIELD = "escalation";
  static final String NONE = "none";
  static final String TIERED = "tiered";
  private static final Set<String> FIELDS = Set.of("name", "calendar", "rules", "repeats", "clockStarts");
  private static final String ROUND_ROBIN = "roundRobin";
  private static final String DURING = "during";
  private static final String REMIND_EVERY = "remindEvery";
  private static final Set<String> RULE_FIELDS = Set.of("condition", "priorities", "after", "reason", "targets",
      "when", ROUND_ROBIN, DURING, REMIND_EVERY);
  private static final String WHEN = "when";
  private static final Set<String> REPEAT_FIELDS = Set.of("every", "times");
  private static final Map<String, Function<String, EscalationTarget>> TARGETS = Map.of(
      "person", name -> EscalationTarget.person(Actor.of(name)),
      "role", name -> EscalationTarget.role(Role.of(name)),
      "group", name -> EscalationTarget.group(ResolverGroup.of(name)),
      "onCall", EscalationTarget::onCall);

  private EscalationSection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.stringNode(NONE);
  }

  /**
   * Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems, among them
   * an on-call target naming a schedule not in {@code schedules} (null: the schedules did not read, so targets are
   * not checked against them).
   */
  static @Nullable EscalationPolicy read(JsonNode node, String at, Reading r, ObjectNode out,
      @Nullable Set<String> schedules, Supplier<ServiceCatalogue> catalogue) {
    if (node.isString() && NONE.equals(node.asString())) {
      out.put(FIELD, NONE);
      return EscalationPolicy.none();
    }
    if (node.isString() && TIERED.equals(node.asString())) {
      EscalationPlan tiered = EscalationPresets.tiered();
      for (EscalationRule rule : tiered.rules()) {
        for (EscalationTarget t : rule.targets()) {
          if (!known(t, at, r, schedules)) {
            return null;
          }
        }
      }
      out.put(FIELD, TIERED);
      return tiered;
    }
    if (!node.isObject()) {
      r.wrong(at, "must be \"none\", \"tiered\" or an object with the plan's rules", node);
      return null;
    }
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    ObjectNode normal = JsonNodeFactory.instance.objectNode();
    JsonNode nameNode = o.get("name");
    String name = nameNode == null ? "escalation plan" : r.text(nameNode, Reading.at(at, "name"));
    normal.put("name", name);
    JsonNode calendarNode = o.get(CalendarSection.FIELD);
    BusinessCalendar calendar = CalendarSection.read(calendarNode == null ? CalendarSection.defaults() : calendarNode,
        Reading.at(at, CalendarSection.FIELD), r, normal);
    JsonNode rulesNode = r.required(o, at, "rules");
    List<EscalationRule> rules = rulesNode == null ? null
        : rules(rulesNode, Reading.at(at, "rules"), r, normal.putArray("rules"), schedules, catalogue);
    EscalationPlan.Builder plan = EscalationPlan.custom();
    int mark = r.mark();
    repeats(o.get("repeats"), Reading.at(at, "repeats"), r, plan, normal.putObject("repeats"));
    clockStarts(o.get("clockStarts"), Reading.at(at, "clockStarts"), r, plan, normal.putObject("clockStarts"));
    if (name == null || calendar == null || rules == null || !r.cleanSince(mark)) {
      return null;
    }
    EscalationPlan built = r.built(at, () -> plan.name(name).calendar(calendar).rules(rules).build());
    if (built != null) {
      out.set(FIELD, normal);
    }
    return built;
  }

  private static @Nullable List<EscalationRule> rules(JsonNode node, String at, Reading r, ArrayNode normal,
      @Nullable Set<String> schedules, Supplier<ServiceCatalogue> catalogue) {
    return r.objects(node, at, RULE_FIELDS, (o, itemAt) -> {
      ObjectNode during = JsonNodeFactory.instance.objectNode();
      EscalationRule rule = rule(o, itemAt, r, schedules, catalogue, during);
      if (rule != null) {
        ObjectNode n = normal.addObject().put("condition", rule.condition().name());
        ArrayNode priorities = n.putArray("priorities");
        rule.priorities().forEach(p -> priorities.add(p.toString()));
        n.put("after", rule.after().toString()).put("reason", rule.reason());
        ArrayNode targets = n.putArray("targets");
        rule.targets().forEach(t -> write(t, targets.addObject()));
        if (rule.when() != EscalationRule.ALWAYS) {
          n.put(WHEN, rule.when().toString());
        }
        n.put(ROUND_ROBIN, rule.roundRobin());
        if (rule.during() != BusinessCalendar.always()) {
          n.set(DURING, during.get(CalendarSection.FIELD));
        }
        if (rule.remindEvery() != null) {
          n.put(REMIND_EVERY, rule.remindEvery().toString());
        }
      }
      return rule;
    });
  }

  private static @Nullable EscalationRule rule(ObjectNode o, String at, Reading r,
      @Nullable Set<String> schedules, Supplier<ServiceCatalogue> catalogue, ObjectNode duringNormal) {
    JsonNode conditionNode = r.required(o, at, "condition");
    EscalationCondition condition = conditionNode == null ? null
        : r.constant(conditionNode, Reading.at(at, "condition"), EscalationCondition.class);
    Set<Priority> priorities = priorities(o.get("priorities"), Reading.at(at, "priorities"), r);
    JsonNode afterNode = r.required(o, at, "after");
    Duration after = afterNode == null ? null : r.duration(afterNode, Reading.at(at, "after"));
    String reason = r.requiredText(o, at, "reason");
    JsonNode targetsNode = r.required(o, at, "targets");
    List<EscalationTarget> targets = targetsNode == null ? null
        : targets(targetsNode, Reading.at(at, "targets"), r, schedules);
    Predicate<IncidentState> when = when(o.get(WHEN), Reading.at(at, WHEN), r, catalogue);
    Boolean roundRobin = r.flag(o, at, ROUND_ROBIN, false);
    JsonNode duringNode = o.get(DURING);
    BusinessCalendar during = duringNode == null ? BusinessCalendar.always()
        : CalendarSection.read(duringNode, Reading.at(at, DURING), r, duringNormal);
    JsonNode remindNode = o.get(REMIND_EVERY);
    Duration remindEvery = remindNode == null ? null : r.duration(remindNode, Reading.at(at, REMIND_EVERY));
    if (condition == null || priorities == null || after == null || reason == null || targets == null
        || when == null || roundRobin == null || during == null || (remindNode != null && remindEvery == null)) {
      return null;
    }
    return r.builtFrom(o, at, () -> new EscalationRule(condition, priorities, after, targets, reason, when,
        roundRobin, during, remindEvery));
  }

  /** The rule's condition: {@link EscalationRule#ALWAYS} when none is given; null when it does not compile. */
  private static @Nullable Predicate<IncidentState> when(@Nullable JsonNode node, String at, Reading r,
      Supplier<ServiceCatalogue> catalogue) {
    if (node == null) {
      return EscalationRule.ALWAYS;
    }
    Conditions.Condition condition = Conditions.read(node, at, Conditions.VARIABLES, r);
    return condition == null ? null : Conditions.overIncidents(condition, catalogue);
  }

  private static @Nullable Set<Priority> priorities(@Nullable JsonNode node, String at, Reading r) {
    if (node == null) {
      return Set.of();
    }
    Set<Priority> priorities = new TreeSet<>();
    List<Priority> list = r.list(node, at, (item, itemAt) -> {
      Priority p = r.priority(item, itemAt);
      if (p != null) {
        r.once(priorities, p, itemAt, "priority");
      }
      return p;
    });
    return list == null ? null : priorities;
  }

  private static @Nullable List<EscalationTarget> targets(JsonNode node, String at, Reading r,
      @Nullable Set<String> schedules) {
    return r.list(node, at, (item, itemAt) -> {
      EscalationTarget t = target(item, itemAt, r);
      return t != null && known(t, Reading.at(itemAt, "onCall"), r, schedules) ? t : null;
    });
  }

  private static @Nullable EscalationTarget target(JsonNode node, String at, Reading r) {
    ObjectNode o = r.object(node, at, TARGETS.keySet());
    if (o == null) {
      return null;
    }
    if (o.size() != 1 || !TARGETS.containsKey(o.propertyNames().iterator().next())) {
      if (o.size() != 1) {
        r.wrong(at, "must name one target: a person, role, group or onCall schedule", node);
      }
      return null;
    }
    String kind = o.propertyNames().iterator().next();
    String name = r.text(o.get(kind), Reading.at(at, kind));
    return name == null ? null : r.built(Reading.at(at, kind), () -> TARGETS.get(kind).apply(name));
  }

  /**
   * False, with a problem at {@code at}, when {@code t} pages an on-call schedule the document does not define.
   */
  private static boolean known(EscalationTarget t, String at, Reading r, @Nullable Set<String> schedules) {
    if (schedules != null && t instanceof EscalationTarget.OnCall onCall && !schedules.contains(onCall.schedule())) {
      r.problem(at, "names on-call schedule "
          + onCall.schedule() + ", which the document's " + OnCallSection.FIELD + " does not define; it defines "
          + new TreeSet<>(schedules));
      return false;
    }
    return true;
  }

  private static void repeats(@Nullable JsonNode node, String at, Reading r, EscalationPlan.Builder plan,
      ObjectNode normal) {
    byCondition(node, at, r, "their repeats", (condition, value, itemAt) -> {
      ObjectNode o = r.object(value, itemAt, REPEAT_FIELDS);
      JsonNode everyNode = o == null ? null : r.required(o, itemAt, "every");
      Duration every = everyNode == null ? null : r.duration(everyNode, Reading.at(itemAt, "every"));
      JsonNode timesNode = o == null ? null : r.required(o, itemAt, "times");
      Long times = timesNode == null ? null : r.integer(timesNode, Reading.at(itemAt, "times"), 1,
          EscalationPlan.MAX_REPEATS);
      if (condition != null && every != null && times != null
          && r.builtFrom(o, itemAt, () -> plan.repeat(condition, every, times.intValue())) != null) {
        normal.putObject(condition.name()).put("every", every.toString()).put("times", times.intValue());
      }
    });
  }

  private static void clockStarts(@Nullable JsonNode node, String at, Reading r, EscalationPlan.Builder plan,
      ObjectNode normal) {
    byCondition(node, at, r, "where their clocks start", (condition, value, itemAt) -> {
      ClockStart start = r.constant(value, itemAt, ClockStart.class);
      if (condition != null && start != null) {
        plan.clockStart(condition, start);
        normal.put(condition.name(), start.name());
      }
    });
  }

  /** Reads each field of the object at {@code at}, a condition's name, with {@code each}. */
  private static void byCondition(@Nullable JsonNode node, String at, Reading r, String what, ByCondition each) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      r.wrong(at, "must be an object from conditions to " + what, node);
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String itemAt = Reading.at(at, e.getKey());
      EscalationCondition condition = r.constant(JsonNodeFactory.instance.stringNode(e.getKey()), itemAt,
          EscalationCondition.class);
      each.read(condition, e.getValue(), itemAt);
    }
  }

  /** Reads one condition's entry, recording its problems. */
  @FunctionalInterface
  private interface ByCondition {
    void read(@Nullable EscalationCondition condition, JsonNode value, String at);
  }

  private static void write(EscalationTarget t, ObjectNode n) {
    if (t instanceof EscalationTarget.Person p) {
      n.put("person", p.actor().value());
    } else if (t instanceof EscalationTarget.Holders h) {
      n.put("role", h.role().name());
    } else if (t instanceof EscalationTarget.Group g) {
      n.put("group", g.group().value());
    } else if (t instanceof EscalationTarget.OnCall c) {
      n.put("onCall", c.schedule());
    }
  }
}
