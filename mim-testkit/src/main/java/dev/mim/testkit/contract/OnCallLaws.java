package dev.mim.testkit.contract;

import dev.mim.core.people.Actor;
import dev.mim.core.spi.OnCallRota;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.testkit.generate.Generator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The laws of an on-call rota, checked at instants over two years: those of any {@link OnCallRota}, and for mim's
 * {@link OnCallSchedule} those of its layers and overrides.
 */
final class OnCallLaws {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final int MINUTES = 2 * 366 * 24 * 60;

  private OnCallLaws() {}

  /** An instant to ask who is on call. */
  record Asked(Instant at) {
    @Override
    public String toString() {
      return "asked at " + at;
    }
  }

  static Generator<Asked> instants() {
    return random -> new Asked(FROM.plus(Duration.ofMinutes(random.nextInt(MINUTES))));
  }

  static List<Law<Asked>> of(OnCallRota rota) {
    List<Law<Asked>> laws = new java.util.ArrayList<>(List.of(
        new Law<>("total: never an exception or a null", e -> {
          Law.total("onCallAt(" + e.at() + ")", () -> rota.onCallAt(e.at()));
        }),
        new Law<>("the same answer however often and in whichever order asked", e -> {
          Optional<Actor> once = rota.onCallAt(e.at());
          rota.onCallAt(e.at().plus(Duration.ofHours(7)));
          rota.onCallAt(e.at().minus(Duration.ofDays(3)));
          Optional<Actor> again = rota.onCallAt(e.at());
          Law.require(once.equals(again), "it answered " + once + ", then " + again);
        })));
    if (rota instanceof OnCallSchedule schedule) {
      laws.addAll(scheduleLaws(schedule));
    }
    return List.copyOf(laws);
  }

  private static List<Law<Asked>> scheduleLaws(OnCallSchedule schedule) {
    return List.of(
        new Law<>("one person per active layer, one of its rotation; none for a layer not active", e -> {
          for (OnCallSchedule.Layer layer : schedule.layers()) {
            Optional<Actor> person = Law.total("layer " + layer.name() + " at " + e.at(), () -> layer.onCallAt(e.at()));
            Law.require(person.isPresent() == layer.isActiveAt(e.at()), "layer " + layer.name() + " is "
                + (layer.isActiveAt(e.at()) ? "active" : "not active") + " but names " + person);
            Law.require(person.isEmpty() || layer.people().contains(person.get()),
                "layer " + layer.name() + " names " + person + ", who is not in its rotation");
          }
        }),
        new Law<>("the latest override covering the instant, else the highest active layer's person", e -> {
          Optional<Actor> expected = expected(schedule, e.at());
          Optional<Actor> named = schedule.onCallAt(e.at());
          Law.require(named.equals(expected), "it named " + named + " where " + expected + " is on call");
        }));
  }

  private static Optional<Actor> expected(OnCallSchedule schedule, Instant at) {
    List<OnCallSchedule.ScheduleOverride> overrides = schedule.overrides();
    for (int i = overrides.size() - 1; i >= 0; i--) {
      OnCallSchedule.ScheduleOverride o = overrides.get(i);
      if (!at.isBefore(o.from()) && at.isBefore(o.until())) {
        return Optional.of(o.person());
      }
    }
    for (int i = schedule.layers().size() - 1; i >= 0; i--) {
      if (schedule.layers().get(i).isActiveAt(at)) {
        return schedule.layers().get(i).onCallAt(at);
      }
    }
    return Optional.empty();
  }
}
