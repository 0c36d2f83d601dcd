package dev.mim.core.spi;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import java.util.Set;

/**
 * Decides whether an actor may issue a command. A refused command gets the code {@code not-authorized} and changes
 * nothing. mim-policies ships the standard matrix of the practice's roles ({@code AuthorizationMatrix}).
 *
 * <h2>Laws</h2>
 * Pure and total: the same actor, roles, action and state give the same answer. Asked by the decider, guarded: an
 * exception is a {@code policy-failed} refusal, logged once. A policy that decides by role also refuses an actor
 * whose only role is {@link Role#OBSERVER} everything, and never takes a permission away from an actor for holding
 * one more role. mim-testkit's {@code PolicyContracts.authorization} and {@code roleBasedAuthorization} check
 * them.
 */
@FunctionalInterface
public interface AuthorizationPolicy {

  /**
   * @param actor who issues the command
   * @param roles the roles they hold: from the directory and in the incident
   * @param action what they ask
   * @param incident the incident's state before the command
   * @return true to let the command be decided, false to refuse it
   */
  boolean permits(Actor actor, Set<Role> roles, ActionKind action, IncidentState incident);

  /** @return the policy that lets everyone do everything: mim-core's default, for hosts that authorize upstream */
  static AuthorizationPolicy permitAll() {
    return (actor, roles, action, incident) -> true;
  }
}
