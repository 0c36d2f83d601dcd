package dev.mim.testkit.contract;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.incident.IncidentRoles;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Choices;
import dev.mim.testkit.internal.Describe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The laws of an authorization policy, checked on an actor with some roles asking for an action on an incident. */
final class AuthorizationLaws {

  private static final List<Role> ROLES = List.of(Role.OBSERVER, Role.SERVICE_DESK_AGENT,
      Role.MAJOR_INCIDENT_MANAGER, Role.RESOLVER, Role.COMMUNICATIONS_LEAD, Role.PROBLEM_MANAGER, Role.AUTOMATION,
      Role.of("host-defined"));

  private AuthorizationLaws() {}

  /**
   * @param incident the incident asked about
   * @param actor who asks
   * @param roles the roles they hold in the directory
   * @param action what they ask for
   * @param extra one more role, for the law about holding more roles
   */
  record Example(Incident incident, Actor actor, Set<Role> roles, ActionKind action, Role extra)
      implements HasIncident {
    Instant at() {
      IncidentState s = incident.state();
      return (s.lastEventAt() == null ? HappyPath.START : s.lastEventAt()).plus(Duration.ofMinutes(1));
    }

    @Override
    public String toString() {
      return actor.value() + " holding " + roles + " asks for " + action + " (with " + extra
          + " as the extra role), on " + Describe.incident(incident);
    }
  }

  static Generator<Example> examples(PolicySet policies) {
    Generator<Incident> incidents = Generators.incidents(policies, 20);
    // The fixed-size draws first, the incident last: shrinking the incident then leaves the rest as it was.
    return random -> {
      Actor actor = ActionCatalogue.CAST.get(random.nextInt(ActionCatalogue.CAST.size()));
      ActionKind action = ActionKind.values()[random.nextInt(ActionKind.values().length)];
      Role extra = ROLES.get(random.nextInt(ROLES.size()));
      Set<Role> roles = new HashSet<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        roles.add(ROLES.get(random.nextInt(ROLES.size())));
      }
      return new Example(incidents.next(random), actor, Set.copyOf(roles), action, extra);
    };
  }

  static List<Law<Example>> of(AuthorizationPolicy policy, PolicySet policies) {
    return List.of(
        new Law<>("total: never an exception", e -> permits(policy, e, e.roles())),
        new Law<>("the same answer however often asked", e -> {
          boolean once = permits(policy, e, e.roles());
          permits(policy, e, Set.of(e.extra()));
          Law.require(once == permits(policy, e, e.roles()), "it answered " + once + ", then " + !once);
        }),
        new Law<>("a refusal changes nothing", e -> refusalChangesNothing(policy, policies, e)));
  }

  static List<Law<Example>> roleBased(AuthorizationPolicy policy, PolicySet policies) {
    List<Law<Example>> laws = new ArrayList<>(of(policy, policies));
    laws.add(new Law<>("an observer may do nothing", e -> Law.require(!permits(policy, e, Set.of(Role.OBSERVER)),
        "it let an observer " + e.action())));
    laws.add(new Law<>("holding one more role never takes a permission away", e -> {
      Set<Role> more = new HashSet<>(e.roles());
      more.add(e.extra());
      Law.require(!permits(policy, e, e.roles()) || permits(policy, e, more),
          "it let " + e.roles() + " " + e.action() + " but not " + more);
    }));
    return laws;
  }

  private static boolean permits(AuthorizationPolicy policy, Example e, Set<Role> roles) {
    return Law.total("permits(" + e.actor().value() + ", " + roles + ", " + e.action() + ", incident)",
        () -> policy.permits(e.actor(), roles, e.action(), e.incident().state()));
  }

  /** Decides the action under the policy: when the policy refuses, so must the decider, leaving all as it was. */
  private static void refusalChangesNothing(AuthorizationPolicy policy, PolicySet policies, Example e) {
    IncidentState state = e.incident().state();
    Set<Role> held = new HashSet<>(e.roles());
    held.addAll(IncidentRoles.heldIn(state, e.actor()));
    if (permits(policy, e, Set.copyOf(held))) {
      return;
    }
    PolicySet governed = PolicySet.from(policies).authorization(policy)
        .roles((tenant, actor) -> actor.equals(e.actor()) ? e.roles() : Set.of()).build();
    IncidentCommand command = IncidentCommand.of(HappyPath.INCIDENT, e.actor(), e.at(),
        ActionCatalogue.action(e.action(), state, Choices.variant(0), e.at(), policies));
    Incident.Step step = e.incident().decide(command, governed);
    Law.require(step.decision() instanceof Decision.Rejected, "the policy refused " + e.action()
        + " but the decider " + Describe.decision(step.decision()));
    Law.require(step.incident().equals(e.incident()) && step.newEvents().isEmpty(),
        "the refused " + e.action() + " changed the incident");
  }
}
