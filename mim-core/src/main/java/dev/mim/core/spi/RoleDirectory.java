package dev.mim.core.spi;

import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import java.util.Set;

/**
 * The host's directory of who holds which role, per tenant: the global roles of an actor. The roles held in one
 * incident (its manager, its team) come from the incident itself ({@link IncidentRoles}). Asked by the decider,
 * guarded: an exception, a null or a set holding null is a {@code policy-failed} refusal, logged once.
 */
@FunctionalInterface
public interface RoleDirectory {

  /**
   * @param tenant the tenant the command is for
   * @param actor who issues it
   * @return the roles the actor holds for that tenant; empty when none
   */
  Set<Role> rolesOf(TenantId tenant, Actor actor);

  /** @return the directory that knows nobody: mim-core's default */
  static RoleDirectory none() {
    return (tenant, actor) -> Set.of();
  }
}
