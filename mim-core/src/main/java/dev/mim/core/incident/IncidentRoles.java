package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import java.util.Set;

/**
 * The roles an actor holds in one incident: its manager holds {@link Role#MAJOR_INCIDENT_MANAGER}; a team member
 * holds the role their team role implies ({@link TeamRole#TECHNICAL_LEAD} and {@link TeamRole#RESOLVER}: resolver;
 * communications lead; service desk liaison: service desk agent; any other: observer).
 */
public final class IncidentRoles {

  private IncidentRoles() {}

  /**
   * @param incident the incident's state
   * @param actor an actor
   * @return the roles the actor holds in it; empty when none
   */
  public static Set<Role> heldIn(IncidentState incident, Actor actor) {
    Checks.notNull("incident", incident);
    Checks.notNull("actor", actor);
    Role asManager = actor.equals(incident.team().manager()) ? Role.MAJOR_INCIDENT_MANAGER : null;
    TeamRole member = incident.team().members().get(actor);
    Role asMember = member == null ? null : switch (member) {
      case TECHNICAL_LEAD, RESOLVER -> Role.RESOLVER;
      case COMMUNICATIONS_LEAD -> Role.COMMUNICATIONS_LEAD;
      case SERVICE_DESK_LIAISON -> Role.SERVICE_DESK_AGENT;
      case SCRIBE, SUPPLIER_LIAISON, BUSINESS_REPRESENTATIVE, OTHER -> Role.OBSERVER;
    };
    if (asManager == null) {
      return asMember == null ? Set.of() : Set.of(asMember);
    }
    return asMember == null || asMember.equals(asManager) ? Set.of(asManager) : Set.of(asManager, asMember);
  }
}
