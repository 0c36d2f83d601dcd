package dev.mim.policies.authorization;

import static dev.mim.core.incident.ActionKind.*;
import static dev.mim.core.people.Role.*;
import static dev.mim.policies.internal.Arguments.holdsNull;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.AuthorizationPolicy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which roles may issue which command: a table of action kinds to roles. {@link #standard()} is the practice's
 * division of labour; {@link #custom()} starts an empty one. Immutable.
 *
 * <h2>Out of hours</h2>
 * The sources have the service desk handle the incident out of hours until the Major Incident Manager is reached.
 * With {@link Builder#serviceDeskActsForManager()}, while the incident has no manager, or its manager has not yet
 * acknowledged, a {@linkplain Role#SERVICE_DESK_AGENT service desk agent} may issue what the manager may; the
 * manager's {@link dev.mim.core.incident.EscalationAction.Acknowledge Acknowledge} ends it. The standard matrix does so.
 */
public final class AuthorizationMatrix implements AuthorizationPolicy {

  private static final AuthorizationMatrix STANDARD = custom()
      .allow(Set.of(SERVICE_DESK_AGENT, MAJOR_INCIDENT_MANAGER, RESOLVER, AUTOMATION), IDENTIFY,
          ENGAGE_RESOLVER_GROUP, LINK_CHILD)
      .allow(Set.of(SERVICE_DESK_AGENT, MAJOR_INCIDENT_MANAGER, RESOLVER), RECORD_VALIDATION)
      .allow(Set.of(SERVICE_DESK_AGENT, MAJOR_INCIDENT_MANAGER), DECLARE, DOWNGRADE, ASSIGN_MANAGER, REPRIORITISE,
          REOPEN, DECLINE, MARK_DUPLICATE, MERGE_DUPLICATE)
      .allow(Set.of(MAJOR_INCIDENT_MANAGER), HAND_OVER_MANAGER, ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER, MOBILISE,
          HOLD_ESCALATIONS, RESUME_ESCALATIONS)
      .allow(Set.of(MAJOR_INCIDENT_MANAGER, RESOLVER), START_RESOLUTION, APPLY_WORKAROUND, APPLY_PERMANENT_FIX,
          CONFIRM_RESTORATION, ACKNOWLEDGE)
      .allow(Set.of(MAJOR_INCIDENT_MANAGER, COMMUNICATIONS_LEAD), RECORD_STAKEHOLDER_UPDATE, SNOOZE_UPDATES)
      .allow(Set.of(MAJOR_INCIDENT_MANAGER, PROBLEM_MANAGER), START_REVIEW, RECORD_FINDINGS, SUBMIT_REVIEW,
          ADD_REVIEW_ACTION, ASSIGN_REVIEW_ACTION, COMPLETE_REVIEW_ACTION, DROP_REVIEW_ACTION, COMPLETE_REVIEW, CLOSE,
          LINK_CAUSING_CHANGE)
      .allow(Set.of(MAJOR_INCIDENT_MANAGER, AUTOMATION), RECORD_ESCALATION)
      .serviceDeskActsForManager()
      .build();

  private final Map<ActionKind, Set<Role>> allowed;
  private final boolean deskActsForManager;

  private AuthorizationMatrix(Map<ActionKind, Set<Role>> allowed, boolean deskActsForManager) {
    this.allowed = allowed;
    this.deskActsForManager = deskActsForManager;
  }

  /**
   * The practice's division of labour (README shows it as a table): the service desk and automation raise and
   * link; the service desk, the manager and resolvers validate; the service desk and the manager declare,
   * downgrade, assign, reprioritise, reopen, decline and mark or merge duplicates; the manager alone hands over,
   * builds the team, mobilises and holds escalations; the manager and resolvers resolve, restore and acknowledge;
   * the manager and the communications lead inform stakeholders; the manager and the problem manager run the
   * review, close and link causing changes; the manager and automation record escalations. Observers may do
   * nothing. The service desk acts for a manager not yet reached.
   *
   * @return the standard matrix
   */
  public static AuthorizationMatrix standard() {
    return STANDARD;
  }

  /** @return a builder of an empty matrix, in which nobody may do anything */
  public static Builder custom() {
    return new Builder();
  }

  @Override
  public boolean permits(Actor actor, Set<Role> roles, ActionKind action, IncidentState incident) {
    Set<Role> who = allowed.getOrDefault(action, Set.of());
    for (Role r : roles) {
      if (who.contains(r)) {
        return true;
      }
    }
    return deskActsForManager && roles.contains(SERVICE_DESK_AGENT) && who.contains(MAJOR_INCIDENT_MANAGER)
        && managerNotReached(incident);
  }

  /**
   * @param action an action
   * @return the roles allowed to take it, sorted; empty when nobody may
   */
  public Set<Role> rolesFor(ActionKind action) {
    return allowed.getOrDefault(action, Set.of());
  }

  /**
   * The matrix as a Markdown table, one row per action, as the README shows it.
   *
   * @return the table, ending with a newline
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("| command | roles allowed |\n|---|---|\n");
    for (ActionKind a : ActionKind.values()) {
      Set<Role> who = rolesFor(a);
      out.append("| `").append(a.label()).append("` | ")
          .append(who.isEmpty() ? "nobody" : String.join(", ", who.stream().map(Role::name).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  /** @return true when the service desk acts for a manager not yet reached */
  public boolean serviceDeskActsForManager() {
    return deskActsForManager;
  }

  private static boolean managerNotReached(IncidentState incident) {
    return incident.status() != IncidentStatus.NONE && !incident.team().managerAcknowledged();
  }

  @Override
  public String toString() {
    return "AuthorizationMatrix" + allowed + (deskActsForManager ? ", service desk acts for the manager" : "");
  }

  /** Builds an {@link AuthorizationMatrix}. */
  public static final class Builder {
    private final Map<ActionKind, Set<Role>> allowed = new EnumMap<>(ActionKind.class);
    private boolean deskActsForManager;

    private Builder() {}

    /**
     * Lets {@code roles} take {@code actions} (adding to whom they are already allowed for).
     *
     * @param roles the roles
     * @param actions the actions
     * @return this builder
     * @throws IllegalArgumentException when a value is null
     */
    public Builder allow(Set<Role> roles, ActionKind... actions) {
      if (roles == null || holdsNull(roles)) {
        throw new IllegalArgumentException("roles must not be null or hold null, was " + roles);
      }
      for (ActionKind a : actions) {
        if (a == null) {
          throw new IllegalArgumentException("actions must not hold null");
        }
        allowed.computeIfAbsent(a, k -> new TreeSet<>()).addAll(roles);
      }
      return this;
    }

    /**
     * Lets the service desk act for a manager not yet reached (see the class documentation).
     *
     * @return this builder
     */
    public Builder serviceDeskActsForManager() {
      this.deskActsForManager = true;
      return this;
    }

    /** @return the matrix */
    public AuthorizationMatrix build() {
      Map<ActionKind, Set<Role>> copy = new EnumMap<>(ActionKind.class);
      allowed.forEach((a, r) -> copy.put(a, Collections.unmodifiableSet(new TreeSet<>(r))));
      return new AuthorizationMatrix(Collections.unmodifiableMap(copy), deskActsForManager);
    }
  }
}
