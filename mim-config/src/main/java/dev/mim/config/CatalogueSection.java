package dev.mim.config;

import dev.mim.core.comms.Audience;
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
 * {@code hourlyDowntimeCost}, {@code resolverGroup} (the primary one) and {@code owner}, and optionally the ids of
 * the services it {@code supports} and its {@code subscribers} (audiences owed updates on every incident that
 * affects it); an incident may then name only those. A service supported must be in the catalogue, and the
 * dependencies must form no cycle.
 */
final class CatalogueSection {

  static final String FIELD = "serviceCatalogue";
  static final String OPEN = "open";
  private static final String SERVICES = "services";
  private static final String SUPPORTS = "supports";
  private static final String SUBSCRIBERS = "subscribers";
  private static final Set<String> SERVICE_FIELDS =
      Set.of("id", "name", "tier", "hourlyDowntimeCost", "resolverGroup", "owner", SUPPORTS, SUBSCRIBERS);

  /** A service as the document gives it: the service, the ids it supports, its subscribers, each with its pointer. */
  private record Entry(BusinessService service, String at, List<ServiceId> supports, List<Audience> subscribers) {}

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
    List<Entry> entries = r.list(items, servicesAt, (item, itemAt) -> {
      Entry e = entry(item, itemAt, r);
      String seen = e == null ? null : firstAt.putIfAbsent(e.service().id().value(), itemAt);
      if (seen != null) {
        r.problem(Reading.at(itemAt, "id"), "names service " + e.service().id() + " a second time (first at "
            + seen + ")");
        return null;
      }
      return e;
    });
    if (entries == null) {
      return null;
    }
    int mark = r.mark();
    ServiceCatalogue.Builder catalogue = ServiceCatalogue.builder();
    for (Entry e : entries) {
      catalogue.service(e.service());
      for (int i = 0; i < e.supports().size(); i++) {
        ServiceId supported = e.supports().get(i);
        if (!firstAt.containsKey(supported.value())) {
          r.problem(Reading.at(Reading.at(e.at(), SUPPORTS), i), "names service " + supported
              + ", which the catalogue does not hold");
        }
      }
      r.built(Reading.at(e.at(), SUPPORTS),
          () -> catalogue.supports(e.service().id(), e.supports().toArray(new ServiceId[0])));
      catalogue.subscribers(e.service().id(), e.subscribers().toArray(new Audience[0]));
    }
    ServiceCatalogue built = r.cleanSince(mark) ? r.built(servicesAt, catalogue::build) : null;
    if (built == null) {
      return null;
    }
    ArrayNode normal = out.putObject(FIELD).putArray(SERVICES);
    for (Entry e : entries) {
      BusinessService s = e.service();
      ObjectNode n = normal.addObject().put("id", s.id().value()).put("name", s.name()).put("tier", s.tier())
          .put("hourlyDowntimeCost", s.hourlyDowntimeCost().toPlainString())
          .put("resolverGroup", s.primaryResolverGroup().value()).put("owner", s.owner().value());
      ArrayNode supports = n.putArray(SUPPORTS);
      built.dependencies().supportedBy(s.id()).forEach(id -> supports.add(id.value()));
      ArrayNode subscribers = n.putArray(SUBSCRIBERS);
      built.subscribers(s.id()).forEach(a -> subscribers.addObject().put("name", a.name()).put("external",
          a.external()));
    }
    return built;
  }

  private static @Nullable Entry entry(JsonNode node, String at, Reading r) {
    BusinessService service = service(node, at, r);
    if (service == null) {
      return null;
    }
    JsonNode supportsNode = node.get(SUPPORTS);
    List<ServiceId> supports = supportsNode == null ? List.of()
        : r.list(supportsNode, Reading.at(at, SUPPORTS), (item, itemAt) -> {
          String id = r.text(item, itemAt);
          return id == null ? null : r.built(itemAt, () -> ServiceId.of(id));
        });
    JsonNode subscribersNode = node.get(SUBSCRIBERS);
    List<Audience> subscribers = subscribersNode == null ? List.of()
        : r.list(subscribersNode, Reading.at(at, SUBSCRIBERS),
            (item, itemAt) -> AudienceNames.read(item, itemAt, r, JsonNodeFactory.instance.objectNode()));
    return supports == null || subscribers == null ? null : new Entry(service, at, supports, subscribers);
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
