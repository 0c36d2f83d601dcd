package dev.mim.core.metrics;

import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.ResponseRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The responders' effort on an incident and what it cost: each responder's time on it, by role, times the role's
 * hourly rate ({@link ResponseRates}), as Netflix Dispatch's cost model counts it. A responder's time runs from
 * joining (the manager's assignment or hand-over, a member's addition) to leaving (a hand-over, a removal) or to the
 * incident's restoration, downgrade or closure, whichever comes first; after a reopen it runs again for whoever is
 * still on the team. Time still running is counted up to the instant of the report.
 *
 * <p>The cost is rounded half up to cents, as {@link DowntimeCost}'s is. A role without a rate is listed in
 * {@code unpriced} and adds nothing to the cost, so the total is then a lower bound ({@link #complete()} is false).
 *
 * @param total the cost of the priced roles' time
 * @param effort every responder's time, summed
 * @param effortByRole each role's time ({@value #MANAGER} for the Major Incident Manager, a {@link
 *     dev.mim.core.incident.TeamRole} name for the others), sorted by role
 * @param costByRole each priced role's cost, sorted by role
 * @param unpriced the roles that spent time on the incident and have no rate, sorted
 */
public record ResponseCost(BigDecimal total, Duration effort, Map<String, Duration> effortByRole,
    Map<String, BigDecimal> costByRole, Set<String> unpriced) {

  /** The role name of the Major Incident Manager's time. */
  public static final String MANAGER = "MAJOR_INCIDENT_MANAGER";

  /** @throws IllegalArgumentException when a value is null or holds null */
  public ResponseCost {
    Checks.notNull("total", total);
    Checks.notNegative("effort", effort);
    effortByRole = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("effortByRole", effortByRole)));
    costByRole = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("costByRole", costByRole)));
    unpriced = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls("unpriced", unpriced)));
  }

  /**
   * Measures the responders' effort from an incident's events and prices it.
   *
   * @param events the incident's events, in order
   * @param at the instant to count time still running up to; not before the last event
   * @param rates the hourly rates of the incident's tenant
   * @return the effort and its cost
   * @throws IllegalArgumentException when a value is null or {@code at} is before the last event
   */
  public static ResponseCost of(List<IncidentEvent> events, Instant at, ResponseRates rates) {
    Checks.noNulls("events", events);
    Checks.notNull("at", at);
    Checks.notNull("rates", rates);
    if (!events.isEmpty() && at.isBefore(events.get(events.size() - 1).occurredAt())) {
      throw new IllegalArgumentException("at must not be before the last event (" + events.get(events.size() - 1)
          .occurredAt() + "), was " + at);
    }
    Map<String, Duration> effort = Effort.measure(events, at);
    Map<String, BigDecimal> costs = new HashMap<>();
    Set<String> unpriced = new TreeSet<>();
    BigDecimal total = BigDecimal.ZERO;
    Duration all = Duration.ZERO;
    for (Map.Entry<String, Duration> e : effort.entrySet()) {
      all = all.plus(e.getValue());
      Optional<BigDecimal> rate = rate(rates, e.getKey());
      if (rate.isEmpty()) {
        unpriced.add(e.getKey());
        continue;
      }
      BigDecimal seconds = BigDecimal.valueOf(e.getValue().toSeconds());
      costs.put(e.getKey(), DowntimeCost.cost(rate.get(), seconds));
      total = total.add(rate.get().multiply(seconds));
    }
    return new ResponseCost(DowntimeCost.cost(total, BigDecimal.ONE), all, effort, costs, unpriced);
  }

  private static Optional<BigDecimal> rate(ResponseRates rates, String role) {
    return MANAGER.equals(role) ? rates.managerRate()
        : rates.rate(TeamRole.valueOf(role));
  }

  /** @return true when every role that spent time was priced, so the total is the whole cost */
  public boolean complete() {
    return unpriced.isEmpty();
  }

  /** Who is on the team since when, folded over the events. */
  private static final class Effort {
    private record Seat(Actor responder, String role) {}

    private final Map<Seat, Instant> running = new HashMap<>();
    private final Set<Seat> onTeam = new HashSet<>();
    private final Map<String, Duration> byRole = new HashMap<>();
    private boolean active = true;

    static Map<String, Duration> measure(List<IncidentEvent> events, Instant at) {
      Effort e = new Effort();
      for (IncidentEvent event : events) {
        e.note(event, event.occurredAt());
      }
      e.stopAll(at);
      return e.byRole;
    }

    private void note(IncidentEvent event, Instant at) {
      switch (event.fact().kind()) {
        case MANAGER_ASSIGNED ->
            join(new Seat(((ContainmentFact.ManagerAssigned) event.fact()).manager(), MANAGER), at);
        case MANAGER_HANDED_OVER -> {
          ContainmentFact.ManagerHandedOver h = (ContainmentFact.ManagerHandedOver) event.fact();
          leave(new Seat(h.previousManager(), MANAGER), at);
          join(new Seat(h.newManager(), MANAGER), at);
        }
        case TEAM_MEMBER_ADDED -> {
          ContainmentFact.TeamMemberAdded a = (ContainmentFact.TeamMemberAdded) event.fact();
          leaveMember(a.member(), at);
          join(new Seat(a.member(), a.role().name()), at);
        }
        case TEAM_MEMBER_REMOVED -> leaveMember(((ContainmentFact.TeamMemberRemoved) event.fact()).member(), at);
        case SERVICE_RESTORED, INCIDENT_DOWNGRADED, INCIDENT_CLOSED, CANDIDATE_DECLINED, MARKED_DUPLICATE -> {
          stopAll(at);
          active = false;
        }
        case INCIDENT_REOPENED -> {
          active = true;
          onTeam.forEach(s -> running.put(s, at));
        }
        default -> { }
      }
    }

    private void join(Seat seat, Instant at) {
      onTeam.add(seat);
      if (active) {
        running.put(seat, at);
      }
    }

    private void leave(Seat seat, Instant at) {
      onTeam.remove(seat);
      stop(seat, at);
    }

    private void leaveMember(Actor member, Instant at) {
      List.copyOf(onTeam).stream().filter(s -> s.responder().equals(member) && !MANAGER.equals(s.role()))
          .forEach(s -> leave(s, at));
    }

    private void stop(Seat seat, Instant at) {
      Instant since = running.remove(seat);
      if (since != null) {
        byRole.merge(seat.role(), Duration.between(since, at), Duration::plus);
      }
    }

    private void stopAll(Instant at) {
      List.copyOf(running.keySet()).forEach(s -> stop(s, at));
    }
  }
}
