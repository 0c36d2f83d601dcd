package dev.mim.core.spi;

import dev.mim.core.incident.IncidentRoles;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import java.util.Set;

/**
 * The host's directory of who holds which role, per tenant: the global roles of an actor. The roles held in one
 * incident (its manager, its team) come from the incident itself ({@link IncidentRoles}). Asked by the decider,
 * guarded: an exception, a null or a set holding null is a {@code policy-failed} refusal, logged once.
 *
 * <h2>Laws</h2>
 * Total (a set, never a null or a null element) and the same answer however often asked. mim-testkit's
 * {@code PolicyContracts.roleDirectory} checks them.
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
