package dev.mim.testkit.generate;

import dev.mim.testkit.internal.Arguments;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.incident.Transitions;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Choices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws commands for one incident, deciding each against the state so far so that the next one fits where the
 * incident stands: the happy path's next command half the time, another command legal in the status most of the
 * rest, now and then any command. With {@code mixed}, some commands are made to be refused in ways a host meets:
 * a stale version guard, a clock that went backwards, another tenant or incident.
 */
final class Steering {

  private static final IncidentId OTHER_INCIDENT = IncidentId.of("MI-2");
  private static final TenantId OTHER_TENANT = TenantId.of("other-tenant");

  private final PolicySet policies;
  private final int maxLength;
  private final boolean mixed;

  Steering(PolicySet policies, int maxLength, boolean mixed) {
    this.policies = Arguments.notNull("policies", policies);
    Generators.notNegative("maxLength", maxLength);
    this.maxLength = maxLength;
    this.mixed = mixed;
  }

  List<IncidentCommand> commands(RandomGenerator random) {
    int length = random.nextInt(maxLength + 1);
    List<IncidentCommand> commands = new ArrayList<>(length);
    Choices choices = Choices.drawnFrom(random);
    IncidentState state = IncidentDecider.initialState();
    Instant now = HappyPath.START;
    for (int i = 0; i < length; i++) {
      now = now.plus(Duration.ofMinutes(1 + random.nextInt(45)));
      IncidentCommand command = command(state, now, random, choices);
      commands.add(command);
      Decision decision = IncidentDecider.decide(state, command, policies);
      state = decision.state();
    }
    return commands;
  }

  private IncidentCommand command(IncidentState state, Instant now, RandomGenerator random, Choices choices) {
    Action action = ActionCatalogue.action(kind(state, random), state, choices, now, policies);
    Actor actor = choices.pick(ActionCatalogue.CAST);
    if (!mixed) {
      return IncidentCommand.of(HappyPath.INCIDENT, actor, now, action);
    }
    int twist = random.nextInt(40);
    Instant at = twist == 0 && state.lastEventAt() != null ? state.lastEventAt().minusSeconds(60) : now;
    Long guard = twist == 1 ? Long.valueOf(state.version() + 1) : twist < 8 ? Long.valueOf(state.version()) : null;
    return new IncidentCommand(twist == 2 ? OTHER_TENANT : TenantId.DEFAULT,
        twist == 3 ? OTHER_INCIDENT : HappyPath.INCIDENT, actor, at, guard, action);
  }

  private static ActionKind kind(IncidentState state, RandomGenerator random) {
    int r = random.nextInt(20);
    ActionKind next = HappyPath.next(state);
    if (r < 10 && next != null) {
      return next;
    }
    List<ActionKind> legal = new ArrayList<>(Transitions.legalActions(state.status()));
    if (r < 19 && !legal.isEmpty()) {
      return legal.get(random.nextInt(legal.size()));
    }
    return ActionKind.values()[random.nextInt(ActionKind.values().length)];
  }
}
