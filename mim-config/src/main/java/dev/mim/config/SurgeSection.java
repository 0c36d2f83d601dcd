package dev.mim.config;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.detection.SurgeSettings;
import dev.mim.policies.detection.TriggerRule;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code surge}: the settings of mim-policies' surge detector, which proposes a candidate when signals crowd: {@code
 * threshold} signals (at least 2) with the same {@code key} ({@code SERVICE}, {@code CATEGORY}, {@code LOCATION} or
 * {@code CONFIGURATION_ITEM}) within {@code window}, accepting signals up to {@code lateness} late, then quiet for
 * {@code coolDown}; a signal on a service of tier {@code immediateTier} or more critical (0 for none) proposes one at
 * once. Or, in place of {@code immediateTier}, {@code when}: a CEL condition over the signal ({@link Conditions}),
 * true for the signals that propose at once. The services' tiers are the document's {@code serviceCatalogue}. Each
 * field left out takes the detector's default.
 */
final class SurgeSection {

  static final String FIELD = "surge";
  private static final Set<String> FIELDS =
      Set.of("threshold", "window", "lateness", "coolDown", "key", "immediateTier", "when");

  private static final String WHEN = "when";

  private SurgeSection() {}

  /** Reads the section at {@code at} (null: the defaults), writes its normal form into {@code out}. */
  static @Nullable SurgeSettings read(@Nullable JsonNode node, String at, Reading r, ObjectNode out,
      @Nullable ServiceCatalogue catalogue) {
    ObjectNode o = node == null ? JsonNodeFactory.instance.objectNode() : r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    SurgeSettings defaults = SurgeSettings.ofDefaults();
    JsonNode thresholdNode = o.get("threshold");
    Long threshold = thresholdNode == null ? Long.valueOf(defaults.threshold())
        : r.integer(thresholdNode, Reading.at(at, "threshold"), 2, Integer.MAX_VALUE);
    Duration window = duration(o, at, "window", defaults.window(), r);
    Duration lateness = duration(o, at, "lateness", defaults.lateness(), r);
    Duration coolDown = duration(o, at, "coolDown", defaults.coolDown(), r);
    JsonNode keyNode = o.get("key");
    SignalKey.Standard key = keyNode == null ? (SignalKey.Standard) defaults.key()
        : r.constant(keyNode, Reading.at(at, "key"), SignalKey.Standard.class);
    JsonNode tierNode = o.get("immediateTier");
    Long tier = tierNode == null ? Long.valueOf(defaults.immediateTier())
        : r.integer(tierNode, Reading.at(at, "immediateTier"), 0, BusinessService.MAX_TIER);
    JsonNode whenNode = o.get(WHEN);
    TriggerRule trigger = null;
    if (whenNode != null) {
      trigger = trigger(whenNode, tierNode, at, r);
      if (trigger == null) {
        return null;
      }
    }
    if (threshold == null || window == null || lateness == null || coolDown == null || key == null || tier == null
        || catalogue == null) {
      return null;
    }
    Optional<TriggerRule> rule = Optional.ofNullable(trigger);
    SurgeSettings settings = r.builtFrom(o, at, () -> SurgeSettings.custom().threshold(threshold.intValue())
        .window(window).lateness(lateness).coolDown(coolDown).key(key).immediateTier(tier.intValue())
        .trigger(rule).catalogue(catalogue).build());
    if (settings != null) {
      ObjectNode normal = out.putObject(FIELD).put("threshold", settings.threshold()).put("window", window.toString())
          .put("lateness", lateness.toString()).put("coolDown", coolDown.toString()).put("key", key.name());
      if (whenNode == null) {
        normal.put("immediateTier", settings.immediateTier());
      } else {
        normal.put(WHEN, whenNode.asString());
      }
    }
    return settings;
  }

  /** The {@code when} given in place of {@code immediateTier}; null when it has problems. */
  private static @Nullable TriggerRule trigger(JsonNode whenNode, @Nullable JsonNode tierNode, String at,
      Reading r) {
    if (tierNode != null) {
      r.problem(at, "gives both immediateTier and " + WHEN + ": give one");
      return null;
    }
    Conditions.Condition condition =
        Conditions.read(whenNode, Reading.at(at, WHEN), Conditions.SIGNAL_VARIABLES, r);
    if (condition == null) {
      return null;
    }
    return new TriggerRule() {
      @Override
      public boolean proposesAtOnce(IncidentSignal signal, @Nullable BusinessService service) {
        return condition.test(Conditions.of(signal, service));
      }

      @Override
      public String toString() {
        return condition.toString();
      }
    };
  }

  private static @Nullable Duration duration(ObjectNode o, String at, String field, Duration otherwise, Reading r) {
    JsonNode node = o.get(field);
    return node == null ? otherwise : r.duration(node, Reading.at(at, field));
  }
}
