package dev.mim.config;

import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.MajorIncidentThreshold;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code majorIncidentThreshold}: which incidents are major. {@code priorityAtLeast} (P1 unless told) makes every
 * incident of that priority or a more urgent one major; {@code orOnTopTier} ({@code tier}, {@code priorityAtLeast})
 * also makes major a less urgent one that affects a service of that tier or a more critical one. The default is
 * mim's standard threshold: P1, or P2 on a tier-1 service. Or {@code when}: a CEL condition over {@code priority},
 * {@code services} and {@code tiers} ({@link Conditions}), true for the incidents that are major.
 */
final class ThresholdSection {

  static final String FIELD = "majorIncidentThreshold";
  private static final String AT_LEAST = "priorityAtLeast";
  private static final String TOP_TIER = "orOnTopTier";
  private static final String TIER = "tier";
  private static final String WHEN = "when";
  private static final Set<String> FIELDS = Set.of(AT_LEAST, TOP_TIER, WHEN);
  private static final Set<String> TIER_FIELDS = Set.of(TIER, AT_LEAST);

  private ThresholdSection() {}

  static JsonNode defaults() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put(AT_LEAST, "P1");
    node.putObject(TOP_TIER).put(TIER, 1).put(AT_LEAST, "P2");
    return node;
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable MajorIncidentThreshold read(JsonNode node, String at, Reading r, ObjectNode out) {
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    if (o.has(WHEN)) {
      return when(o, at, r, out);
    }
    JsonNode worstNode = o.get(AT_LEAST);
    Priority worst = worstNode == null ? Priority.of(1) : r.priority(worstNode, Reading.at(at, AT_LEAST));
    JsonNode topNode = o.get(TOP_TIER);
    if (topNode == null) {
      if (worst == null) {
        return null;
      }
      out.putObject(FIELD).put(AT_LEAST, name(worst));
      return MajorIncidentThreshold.priorityAtLeast(worst);
    }
    String topAt = Reading.at(at, TOP_TIER);
    ObjectNode top = r.object(topNode, topAt, TIER_FIELDS);
    if (top == null) {
      return null;
    }
    JsonNode tierNode = r.required(top, topAt, TIER);
    Long tier = tierNode == null ? null : r.integer(tierNode, Reading.at(topAt, TIER), 1, BusinessService.MAX_TIER);
    JsonNode onTopNode = r.required(top, topAt, AT_LEAST);
    Priority onTop = onTopNode == null ? null : r.priority(onTopNode, Reading.at(topAt, AT_LEAST));
    if (worst == null || tier == null || onTop == null) {
      return null;
    }
    ObjectNode normal = out.putObject(FIELD).put(AT_LEAST, name(worst));
    normal.putObject(TOP_TIER).put(TIER, tier.intValue()).put(AT_LEAST, name(onTop));
    return MajorIncidentThreshold.priorityAtLeastOrOnTopTier(worst, tier.intValue(), onTop);
  }

  private static @Nullable MajorIncidentThreshold when(ObjectNode o, String at, Reading r, ObjectNode out) {
    if (o.has(AT_LEAST) || o.has(TOP_TIER)) {
      r.problem(at, "gives both " + WHEN + " and the priorities: give one");
      return null;
    }
    Conditions.Condition condition =
        Conditions.read(o.get(WHEN), Reading.at(at, WHEN), Conditions.THRESHOLD_VARIABLES, r);
    if (condition == null) {
      return null;
    }
    out.putObject(FIELD).put(WHEN, condition.toString());
    return new MajorIncidentThreshold() {
      @Override
      public boolean isMajor(Priority priority, Collection<BusinessService> services) {
        return condition.test(Conditions.of(priority, services));
      }

      @Override
      public String toString() {
        return condition.toString();
      }
    };
  }

  private static String name(Priority p) {
    return "P" + p.level();
  }
}
