package dev.mim.config;

import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code serviceCatalogue}: {@code open} (the default: every service id is admitted, none is known), or the
 * business services, each with its {@code id}, {@code name}, {@code tier} (1 the most critical to 9),
 * {@code hourlyDowntimeCost}, {@code resolverGroup} (the primary one) and {@code owner}; an incident may then name
 * only those.
 */
final class CatalogueSection {

  static final String FIELD = "serviceCatalogue";
  static final String OPEN = "open";
  private static final String SERVICES = "services";
  private static final Set<String> SERVICE_FIELDS =
      Set.of("id", "name", "tier", "hourlyDowntimeCost", "resolverGroup", "owner");

  private CatalogueSection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.stringNode(OPEN);
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable ServiceCatalogue read(JsonNode node, String at, Reading r, ObjectNode out) {
    if (node.isString() && OPEN.equals(node.asString())) {
      out.put(FIELD, OPEN);
      return ServiceCatalogue.open();
    }
    if (!node.isObject()) {
      r.wrong(at, "must be \"open\" or an object with the services", node);
      return null;
    }
    ObjectNode o = r.object(node, at, Set.of(SERVICES));
    JsonNode list = o == null ? null : r.required(o, at, SERVICES);
    String servicesAt = Reading.at(at, SERVICES);
    JsonNode items = list;
    if (items == null) {
      return null;
    }
    Map<String, String> firstAt = new HashMap<>();
    List<BusinessService> services = r.list(items, servicesAt, (item, itemAt) -> {
      BusinessService s = service(item, itemAt, r);
      String seen = s == null ? null : firstAt.putIfAbsent(s.id().value(), itemAt);
      if (seen != null) {
        r.problem(Reading.at(itemAt, "id"), "names service " + s.id() + " a second time (first at " + seen + ")");
        return null;
      }
      return s;
    });
    if (services == null) {
      return null;
    }
    ArrayNode normal = out.putObject(FIELD).putArray(SERVICES);
    for (BusinessService s : services) {
      normal.addObject().put("id", s.id().value()).put("name", s.name()).put("tier", s.tier())
          .put("hourlyDowntimeCost", s.hourlyDowntimeCost().toPlainString())
          .put("resolverGroup", s.primaryResolverGroup().value()).put("owner", s.owner().value());
    }
    return ServiceCatalogue.of(services);
  }

  private static @Nullable BusinessService service(JsonNode node, String at, Reading r) {
    ObjectNode o = r.object(node, at, SERVICE_FIELDS);
    if (o == null) {
      return null;
    }
    String id = r.requiredText(o, at, "id");
    String name = r.requiredText(o, at, "name");
    JsonNode tierNode = r.required(o, at, "tier");
    Long tier = tierNode == null ? null : r.integer(tierNode, Reading.at(at, "tier"), 1, BusinessService.MAX_TIER);
    JsonNode costNode = r.required(o, at, "hourlyDowntimeCost");
    BigDecimal cost = costNode == null ? null : r.amount(costNode, Reading.at(at, "hourlyDowntimeCost"));
    String group = r.requiredText(o, at, "resolverGroup");
    String owner = r.requiredText(o, at, "owner");
    if (id == null || name == null || tier == null || cost == null || group == null || owner == null) {
      return null;
    }
    ServiceId serviceId = r.built(Reading.at(at, "id"), () -> ServiceId.of(id));
    ResolverGroup resolverGroup = r.built(Reading.at(at, "resolverGroup"), () -> ResolverGroup.of(group));
    Actor actor = r.built(Reading.at(at, "owner"), () -> Actor.of(owner));
    if (serviceId == null || resolverGroup == null || actor == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new BusinessService(serviceId, name, tier.intValue(), cost, resolverGroup, actor));
  }
}
