package dev.mim.config;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.policies.authorization.RoleDirectories;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may do what. {@code authorization}: {@code permitAll} (the default: mim checks no role), {@code standard}
 * (mim-policies' {@code AuthorizationMatrix.standard()}), or a matrix: {@code allow}, from each command's kind
 * ({@code DECLARE}) to the roles allowed it, and {@code serviceDeskActsForManager} (false unless told: a service
 * desk agent may do a manager's command while no manager has acknowledged). {@code roles}: from each person to
 * their roles; nobody has a role unless told.
 */
final class AuthorizationSection {

  static final String FIELD = "authorization";
  static final String ROLES = "roles";
  static final String PERMIT_ALL = "permitAll";
  static final String STANDARD = "standard";
  private static final Set<String> FIELDS = Set.of("allow", "serviceDeskActsForManager");

  private AuthorizationSection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.stringNode(PERMIT_ALL);
  }

  /** Reads {@code authorization} at {@code at}, writes its normal form into {@code out}; null on problems. */
  static @Nullable AuthorizationPolicy read(JsonNode node, String at, Reading r, ObjectNode out) {
    if (node.isString() && (PERMIT_ALL.equals(node.asString()) || STANDARD.equals(node.asString()))) {
      out.put(FIELD, node.asString());
      return PERMIT_ALL.equals(node.asString()) ? AuthorizationPolicy.permitAll() : AuthorizationMatrix.standard();
    }
    if (!node.isObject()) {
      r.wrong(at, "must be \"permitAll\", \"standard\" or an object with the roles allowed each command", node);
      return null;
    }
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    Boolean desk = r.flag(o, at, "serviceDeskActsForManager", false);
    JsonNode allowNode = r.required(o, at, "allow");
    String allowAt = Reading.at(at, "allow");
    if (allowNode != null && !allowNode.isObject()) {
      r.wrong(allowAt, "must be an object from command kinds (DECLARE) to the roles allowed them", allowNode);
      return null;
    }
    if (allowNode == null || desk == null) {
      return null;
    }
    AuthorizationMatrix.Builder matrix = AuthorizationMatrix.custom();
    ObjectNode normalAllow = JsonNodeFactory.instance.objectNode();
    int mark = r.mark();
    for (Map.Entry<String, JsonNode> e : allowNode.properties()) {
      String kindAt = Reading.at(allowAt, e.getKey());
      ActionKind kind = r.constant(JsonNodeFactory.instance.stringNode(e.getKey()), kindAt, ActionKind.class);
      Set<Role> roles = roles(e.getValue(), kindAt, r);
      if (kind != null && roles != null) {
        matrix.allow(roles, kind);
      }
    }
    if (!r.cleanSince(mark)) {
      return null;
    }
    if (desk) {
      matrix.serviceDeskActsForManager();
    }
    AuthorizationMatrix built = matrix.build();
    for (ActionKind kind : ActionKind.values()) {
      if (allowNode.has(kind.name())) {
        ArrayNode list = normalAllow.putArray(kind.name());
        built.rolesFor(kind).forEach(role -> list.add(role.name()));
      }
    }
    ObjectNode normal = out.putObject(FIELD);
    normal.set("allow", normalAllow);
    normal.put("serviceDeskActsForManager", desk);
    return built;
  }

  /** Reads {@code roles} at {@code at}: from each person to their roles. */
  static @Nullable RoleDirectory readRoles(@Nullable JsonNode node, String at, Reading r, ObjectNode out) {
    if (node == null) {
      out.putObject(ROLES);
      return RoleDirectory.none();
    }
    if (!node.isObject()) {
      r.wrong(at, "must be an object from people to their roles", node);
      return null;
    }
    Map<Actor, Set<Role>> byPerson = new LinkedHashMap<>();
    ObjectNode normal = JsonNodeFactory.instance.objectNode();
    int mark = r.mark();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String personAt = Reading.at(at, e.getKey());
      Actor actor = r.built(personAt, () -> Actor.of(e.getKey()));
      Set<Role> roles = roles(e.getValue(), personAt, r);
      if (actor != null && roles != null) {
        byPerson.put(actor, roles);
        ArrayNode list = normal.putArray(actor.value());
        roles.forEach(role -> list.add(role.name()));
      }
    }
    if (!r.cleanSince(mark)) {
      return null;
    }
    out.set(ROLES, normal);
    return byPerson.isEmpty() ? RoleDirectory.none() : RoleDirectories.of(byPerson);
  }

  private static @Nullable Set<Role> roles(JsonNode node, String at, Reading r) {
    Set<Role> roles = new TreeSet<>();
    List<Role> list = r.list(node, at, (item, itemAt) -> {
      String name = r.text(item, itemAt);
      Role role = name == null ? null : r.built(itemAt, () -> Role.of(name));
      if (role != null) {
        r.once(roles, role, itemAt, "role");
      }
      return role;
    });
    return list == null ? null : roles;
  }
}
