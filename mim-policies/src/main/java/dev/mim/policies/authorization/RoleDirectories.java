package dev.mim.policies.authorization;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.RoleDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** In-memory role directories, for tests and small hosts; a real host asks its own directory. */
public final class RoleDirectories {

  private RoleDirectories() {}

  /**
   * The same roles in every tenant.
   *
   * @param roles each actor's roles
   * @return the directory; an actor it does not list holds no role
   * @throws IllegalArgumentException when the map is null or holds null
   */
  public static RoleDirectory of(Map<Actor, Set<Role>> roles) {
    Map<Actor, Set<Role>> fixed = copy(roles);
    return (tenant, actor) -> fixed.getOrDefault(actor, Set.of());
  }

  /**
   * Roles per tenant.
   *
   * @param roles per tenant, each actor's roles
   * @return the directory; an actor it does not list for the tenant holds no role there
   * @throws IllegalArgumentException when a map is null or holds null
   */
  public static RoleDirectory perTenant(Map<TenantId, Map<Actor, Set<Role>>> roles) {
    if (roles == null) {
      throw new IllegalArgumentException("roles must not be null");
    }
    Map<TenantId, Map<Actor, Set<Role>>> fixed = new HashMap<>();
    roles.forEach((t, m) -> fixed.put(notNull("tenant", t), copy(m)));
    return (tenant, actor) -> fixed.getOrDefault(tenant, Map.of()).getOrDefault(actor, Set.of());
  }

  private static Map<Actor, Set<Role>> copy(Map<Actor, Set<Role>> roles) {
    if (roles == null) {
      throw new IllegalArgumentException("roles must not be null");
    }
    Map<Actor, Set<Role>> copy = new HashMap<>();
    roles.forEach((a, r) -> {
      notNull("actor", a);
      if (r == null || holdsNull(r)) {
        throw new IllegalArgumentException("roles of " + a + " must not be null or hold null, was " + r);
      }
      copy.put(a, Set.copyOf(r));
    });
    return Map.copyOf(copy);
  }

}
