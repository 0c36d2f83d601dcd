package dev.mim.config;

import dev.mim.core.comms.Audience;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An audience: its name alone for mim's own ({@code executives}, {@code service-desk}, {@code technical-teams}
 * internal; {@code affected-customers}, {@code regulator} external) or any internal one, or {@code name} and {@code
 * external} for one outside the organisation. Written as {@code {name, external}}.
 */
final class AudienceNames {

  private static final Map<String, Audience> KNOWN = Map.of(
      Audience.EXECUTIVES.name(), Audience.EXECUTIVES,
      Audience.SERVICE_DESK.name(), Audience.SERVICE_DESK,
      Audience.TECHNICAL_TEAMS.name(), Audience.TECHNICAL_TEAMS,
      Audience.AFFECTED_CUSTOMERS.name(), Audience.AFFECTED_CUSTOMERS,
      Audience.REGULATOR.name(), Audience.REGULATOR);
  private static final Set<String> FIELDS = Set.of("name", "external");

  private AudienceNames() {}

  /** Reads the audience at {@code at}, writes its normal form into {@code normal}; null when it has problems. */
  static @Nullable Audience read(JsonNode node, String at, Reading r, ObjectNode normal) {
    Audience audience;
    if (node.isString()) {
      String name = r.text(node, at);
      audience = name == null ? null : KNOWN.getOrDefault(name, r.built(at, () -> Audience.internal(name)));
    } else {
      ObjectNode o = r.object(node, at, FIELDS);
      String name = o == null ? null : r.requiredText(o, at, "name");
      Boolean external = o == null ? null : r.flag(o, at, "external", null);
      audience = name == null || external == null ? null : r.built(at, () -> new Audience(name, external));
    }
    if (audience != null) {
      normal.put("name", audience.name()).put("external", audience.external());
    }
    return audience;
  }
}
