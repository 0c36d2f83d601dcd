package dev.mim.config;

import dev.mim.core.incident.TeamRole;
import dev.mim.core.spi.ResponseRates;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code responseRates}: what an hour of each responder's time costs, to price the responders' effort on an
 * incident: {@code manager} (the Major Incident Manager's rate) and {@code members} (a rate per team role, by the
 * role's name: {@code RESOLVER}, {@code TECHNICAL_LEAD}, ...). A rate left out is not priced; the default prices
 * nothing.
 */
final class ResponseRatesSection {

  static final String FIELD = "responseRates";
  private static final String MANAGER = "manager";
  private static final String MEMBERS = "members";

  private ResponseRatesSection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable ResponseRates read(JsonNode node, String at, Reading r, ObjectNode out) {
    ObjectNode o = r.object(node, at, Set.of(MANAGER, MEMBERS));
    if (o == null) {
      return null;
    }
    int mark = r.mark();
    JsonNode managerNode = o.get(MANAGER);
    BigDecimal manager = managerNode == null || managerNode.isNull() ? null
        : rate(managerNode, Reading.at(at, MANAGER), r);
    Map<TeamRole, BigDecimal> members = new EnumMap<>(TeamRole.class);
    JsonNode membersNode = o.get(MEMBERS);
    String membersAt = Reading.at(at, MEMBERS);
    if (membersNode != null && !membersNode.isObject()) {
      r.wrong(membersAt, "must be an object from team roles to hourly rates", membersNode);
    } else if (membersNode != null) {
      for (Map.Entry<String, JsonNode> e : membersNode.properties()) {
        String roleAt = Reading.at(membersAt, e.getKey());
        TeamRole role = r.constant(JsonNodeFactory.instance.stringNode(e.getKey()), roleAt, TeamRole.class);
        BigDecimal rate = rate(e.getValue(), roleAt, r);
        if (role != null && rate != null) {
          members.put(role, rate);
        }
      }
    }
    if (!r.cleanSince(mark)) {
      return null;
    }
    ObjectNode normal = out.putObject(FIELD);
    if (manager == null) {
      normal.putNull(MANAGER);
    } else {
      normal.put(MANAGER, manager.toPlainString());
    }
    ObjectNode normalMembers = normal.putObject(MEMBERS);
    members.forEach((role, rate) -> normalMembers.put(role.name(), rate.toPlainString()));
    return r.built(at, () -> new ResponseRates(manager, members));
  }

  private static @Nullable BigDecimal rate(JsonNode node, String at, Reading r) {
    BigDecimal rate = r.amount(node, at);
    if (rate != null && rate.signum() < 0) {
      r.wrong(at, "must not be negative", node);
      return null;
    }
    return rate;
  }
}
