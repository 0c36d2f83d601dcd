package dev.mim.policies.oncall;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.people.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's on-call schedules by name: whom an escalation target pages at an instant. Pure and immutable.
 */
public final class OnCallRoster {

  private final Map<String, OnCallSchedule> schedules;

  private OnCallRoster(Map<String, OnCallSchedule> schedules) {
    this.schedules = schedules;
  }

  /**
   * @param schedules the schedules, each with its own name
   * @return the roster
   * @throws IllegalArgumentException when the list is null, holds null, or two schedules share a name
   */
  public static OnCallRoster of(List<OnCallSchedule> schedules) {
    notNull("schedules", schedules);
    if (holdsNull(schedules)) {
      throw new IllegalArgumentException("schedules must not hold null, was " + schedules);
    }
    Map<String, OnCallSchedule> byName = new LinkedHashMap<>();
    for (OnCallSchedule s : schedules) {
      if (byName.putIfAbsent(s.name(), s) != null) {
        throw new IllegalArgumentException("schedules must have distinct names, " + s.name() + " is twice");
      }
    }
    return new OnCallRoster(java.util.Collections.unmodifiableMap(byName));
  }

  /**
   * @param name a schedule's name
   * @return the schedule of that name, if the roster has one
   */
  public Optional<OnCallSchedule> schedule(String name) {
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
