package dev.mim.policies.oncall;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.OnCallRota;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's on-call rotas by name ({@link OnCallSchedule}s or its own {@link OnCallRota}s): whom an escalation
 * target pages at an instant. Pure and immutable.
 */
public final class OnCallRoster {

  private final Map<String, OnCallRota> schedules;

  private OnCallRoster(Map<String, OnCallRota> schedules) {
    this.schedules = schedules;
  }

  /**
   * @param schedules the rotas, each with its own name
   * @return the roster
   * @throws IllegalArgumentException when the list is null, holds null, or two rotas share a name
   */
  public static OnCallRoster of(List<? extends OnCallRota> schedules) {
    notNull("schedules", schedules);
    if (holdsNull(schedules)) {
      throw new IllegalArgumentException("schedules must not hold null, was " + schedules);
    }
    Map<String, OnCallRota> byName = new LinkedHashMap<>();
    for (OnCallRota s : schedules) {
      if (byName.putIfAbsent(s.name(), s) != null) {
        throw new IllegalArgumentException("schedules must have distinct names, " + s.name() + " is twice");
      }
    }
    return new OnCallRoster(java.util.Collections.unmodifiableMap(byName));
  }

  /**
   * @param name a rota's name
   * @return the rota of that name, if the roster has one
   */
  public Optional<OnCallRota> schedule(String name) {
    return Optional.ofNullable(schedules.get(name));
  }

  /**
   * Whom {@code target} pages at {@code at}: a person target is that person; an on-call target is whoever its
   * schedule names then.
   *
   * @param target an escalation's target
   * @param at when it is paged
   * @return the person; empty for a role or a group (which the host's directory resolves), for a schedule the
   *     roster does not hold, and when the schedule names nobody at that time
   * @throws IllegalArgumentException when a value is null
   */
  public Optional<Actor> personFor(EscalationTarget target, Instant at) {
    notNull("target", target);
    notNull("at", at);
    if (target instanceof EscalationTarget.Person p) {
      return Optional.of(p.actor());
    }
    if (target instanceof EscalationTarget.OnCall o) {
      return schedule(o.schedule()).flatMap(s -> s.onCallAt(at));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "OnCallRoster" + schedules.keySet();
  }
}
