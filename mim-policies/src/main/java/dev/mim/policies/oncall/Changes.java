package dev.mim.policies.oncall;

import dev.mim.core.people.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where a schedule may change hands within a period (its overrides' edges, each layer's start and turn boundaries,
 * and the edges of its restrictions on each day), and its turns: between two of these instants the same person is
 * on call.
 */
final class Changes {

  private Changes() {}

  /** @return the period's ends and every instant within it where who is on call may change, sorted */
  static TreeSet<Instant> of(OnCallSchedule schedule, Instant from, Instant until) {
    TreeSet<Instant> cuts = new TreeSet<>(List.of(from, until));
    for (OnCallSchedule.ScheduleOverride o : schedule.overrides()) {
      cuts.add(o.from());
      cuts.add(o.until());
    }
    for (OnCallSchedule.Layer layer : schedule.layers()) {
      cuts.add(layer.start().atZone(layer.zone()).toInstant());
      long turn = layer.turn().toSeconds();
      long first = Math.max(0, Duration.between(layer.start(), LocalDateTime.ofInstant(from, layer.zone()))
          .toSeconds() / turn);
      for (long k = first; ; k++) {
        Instant boundary = layer.start().plusSeconds(k * turn).atZone(layer.zone()).toInstant();
        if (boundary.isAfter(until)) {
          break;
        }
        cuts.add(boundary);
      }
      List<LocalTime> times = new ArrayList<>();
      layer.restrictions().forEach(r -> {
        times.add(r.from());
        times.add(r.to());
      });
      daily(cuts, layer.zone(), times, from, until);
    }
    return new TreeSet<>(cuts.subSet(from, true, until, true));
  }

  /** The schedule's turns in the period: see {@link OnCallSchedule#turns}. */
  static List<OnCallTurn> turns(OnCallSchedule schedule, Instant from, Instant until) {
    requirePeriod(from, until);
    List<Instant> cuts = new ArrayList<>(of(schedule, from, until));
    List<OnCallTurn> turns = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      Instant start = cuts.get(i);
      Optional<Actor> person = schedule.onCallAt(start);
      if (person.isEmpty()) {
        continue;
      }
      Actor coveringFor = schedule.overrideAt(start).map(OnCallSchedule.ScheduleOverride::coveringFor).orElse(null);
      OnCallTurn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
      if (last != null && last.until().equals(start) && last.person().equals(person.get())
          && Objects.equals(last.coveringFor(), coveringFor)) {
        turns.set(turns.size() - 1, new OnCallTurn(last.person(), last.from(), cuts.get(i + 1), coveringFor));
      } else {
        turns.add(new OnCallTurn(person.get(), start, cuts.get(i + 1), coveringFor));
      }
    }
    return List.copyOf(turns);
  }

  /**
   * @throws IllegalArgumentException when {@code from} or {@code until} is null, or the period is empty or longer
   *     than {@link OnCallHours#MAX_PERIOD}
   */
  static void requirePeriod(Instant from, Instant until) {
    if (from == null || until == null || !until.isAfter(from)
        || Duration.between(from, until).compareTo(OnCallHours.MAX_PERIOD) > 0) {
      throw new IllegalArgumentException("until must be after from (" + from + ") and at most "
          + OnCallHours.MAX_PERIOD + " later, was " + until);
    }
  }

  /** Adds each of {@code times} on every day of the period, in {@code zone}. */
  static void daily(TreeSet<Instant> cuts, ZoneId zone, List<LocalTime> times, Instant from, Instant until) {
    LocalDate last = LocalDate.ofInstant(until, zone).plusDays(1);
    for (LocalDate d = LocalDate.ofInstant(from, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      for (LocalTime t : times) {
        cuts.add(d.atTime(t).atZone(zone).toInstant());
      }
    }
  }
}
