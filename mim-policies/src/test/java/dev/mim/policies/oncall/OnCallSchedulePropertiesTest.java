package dev.mim.policies.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.people.Actor;
import dev.mim.policies.oncall.OnCallSchedule.Layer;
import dev.mim.policies.oncall.OnCallSchedule.Restriction;
import dev.mim.policies.oncall.OnCallSchedule.ScheduleOverride;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of on-call schedules on random layers (zones with and without daylight saving, including Lord Howe's
 * half-hour change), turns, restrictions and overrides, asked about at random instants around the changes.
 */
class OnCallSchedulePropertiesTest {

  private static final int EXAMPLES = Math.max(1_000, Integer.getInteger("mim.property.examples", 10_000) / 5);
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("America/Sao_Paulo"));
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<Actor> PEOPLE = List.of(Actor.of("ana"), Actor.of("ben"), Actor.of("cai"),
      Actor.of("dev"), Actor.of("eli"));

  /** A layer: [zone, start day, start minute, turn, people, restriction days, restriction from, length]. */
  private static final Gen<int[]> LAYER = Generate.intArrays(Generate.constant(8), Generate.range(0, 9_999));
  /** Instants as minutes after 1 January 2026, over two years: every change of every zone above. */
  private static final Gen<int[]> INSTANTS = Generate.intArrays(Generate.constant(6), Generate.range(0, 1_051_200));

  @Test
  void anActiveLayerNamesExactlyOneOfItsPeopleAndAnInactiveOneNobody() {
    // For every layer and instant: onCallAt is present exactly when the layer is active, and then is one of its
    // people.
    qt().withExamples(EXAMPLES).forAll(LAYER, INSTANTS).checkAssert((l, minutes) -> {
      Layer layer = layer(l, PEOPLE);
      for (int m : minutes) {
        Instant at = EPOCH.plus(Duration.ofMinutes(m));
        Optional<Actor> person = layer.onCallAt(at);
        assertEquals(layer.isActiveAt(at), person.isPresent(), layer + " at " + at);
        person.ifPresent(p -> assertTrue(layer.people().contains(p)));
      }
    });
  }

  @Test
  void theTurnAfterAPersonsTurnIsTheNextPersonsWhereLocalTimeIsUnambiguous() {
    // For an unrestricted layer, at local time t and at local time t + turn (both existing once in the zone), the
    // people on call are consecutive in the rotation.
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(LAYER, INSTANTS).checkAssert((l, minutes) -> {
      Layer layer = layer(l, PEOPLE);
      Layer unrestricted = Layer.rotation(layer.name(), layer.zone(), layer.start(), layer.turn(), layer.people());
      for (int m : minutes) {
        LocalDateTime local = LocalDateTime.ofInstant(EPOCH.plus(Duration.ofMinutes(m)), layer.zone());
        LocalDateTime next = local.plus(layer.turn());
        if (local.isBefore(layer.start()) || !unambiguous(layer.zone(), local) || !unambiguous(layer.zone(), next)) {
          continue;
        }
        int i = layer.people().indexOf(unrestricted.onCallAt(instant(layer.zone(), local)).orElseThrow());
        Actor after = unrestricted.onCallAt(instant(layer.zone(), next)).orElseThrow();
        assertEquals(layer.people().get((i + 1) % layer.people().size()), after, layer + " at " + local);
        checked.incrementAndGet();
      }
    });
    assertTrue(checked.get() > EXAMPLES, "checked " + checked);
  }

  @Test
  void theScheduleNamesTheLatestCoveringOverrideElseTheHighestActiveLayer() {
    // For every schedule and instant, onCallAt is the last override covering it, else the person of the last
    // (highest) layer active then, else nobody: layers and overrides never mix.
    qt().withExamples(EXAMPLES).forAll(LAYER, LAYER, INSTANTS).checkAssert((l1, l2, minutes) -> {
      Layer low = layer(l1, PEOPLE.subList(0, 3));
      Layer high = layer(l2, PEOPLE.subList(3, 5));
      List<ScheduleOverride> overrides = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Instant from = EPOCH.plus(Duration.ofMinutes(minutes[i]));
        overrides.add(new ScheduleOverride(Actor.of("override-" + i), from,
            from.plus(Duration.ofMinutes(1 + minutes[i + 3] % 5_000))));
      }
      OnCallSchedule schedule = new OnCallSchedule("managers", List.of(low, high), overrides);
      for (int m : minutes) {
        for (int delta : new int[] {-1, 0, 1, 60}) {
          Instant at = EPOCH.plus(Duration.ofMinutes(m + (long) delta));
          Optional<Actor> expected = Optional.empty();
          for (ScheduleOverride o : overrides) {
            if (!at.isBefore(o.from()) && at.isBefore(o.until())) {
              expected = Optional.of(o.person());
            }
          }
          if (expected.isEmpty()) {
            expected = high.isActiveAt(at) ? high.onCallAt(at) : low.onCallAt(at);
          }
          assertEquals(expected, schedule.onCallAt(at), "at " + at);
        }
      }
    });
  }

  private static boolean unambiguous(ZoneId zone, LocalDateTime local) {
    return zone.getRules().getValidOffsets(local).size() == 1;
  }

  private static Instant instant(ZoneId zone, LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  @Test
  void theHoursReportCountsEachMinuteForWhoeverIsOnCallInItAndWhereTheCalendarPutsIt() {
    // For any schedule of two layers and an override, and any two days: each person's hours, and each of their four
    // parts, equal the minutes of the period in which onCallAt names them, counted minute by minute (every change
    // of these schedules and calendars falls on a whole minute), and the length of their turns.
    WorkingHours calendar = WorkingHours.weekdays(ZoneId.of("Europe/London"), LocalTime.of(9, 0),
        LocalTime.of(17, 30)).withHolidays(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 10, 26));
    qt().withExamples(Math.max(100, EXAMPLES / 10)).forAll(LAYER, LAYER, INSTANTS).checkAssert((a, b, minutes) -> {
      Instant from = EPOCH.plus(Duration.ofMinutes(minutes[0]));
      Instant overrideFrom = from.plus(Duration.ofMinutes(minutes[1] % 2_880));
      OnCallSchedule schedule = new OnCallSchedule("s", List.of(layer(a, PEOPLE), layer(b, PEOPLE.subList(2, 5))),
          List.of(new ScheduleOverride(Actor.of("zoe"), overrideFrom, overrideFrom.plus(Duration.ofMinutes(
              1 + minutes[2] % 600)))));
      Map<Actor, long[]> counted = new TreeMap<>();
      for (int m = 0; m < 2_880; m++) {
        Instant at = from.plus(Duration.ofMinutes(m));
        Optional<Actor> who = schedule.onCallAt(at);
        if (who.isPresent()) {
          LocalDate day = LocalDate.ofInstant(at, calendar.zone());
          int part = calendar.holidays().contains(day) ? 3
              : !calendar.workingDays().contains(day.getDayOfWeek()) ? 2 : calendar.isWorkingTime(at) ? 0 : 1;
          counted.computeIfAbsent(who.get(), p -> new long[4])[part]++;
        }
      }
      Map<Actor, OnCallHours> hours = OnCallHours.of(schedule, from, from.plus(Duration.ofDays(2)), calendar);
      assertEquals(counted.keySet(), hours.keySet());
      Map<Actor, Duration> inTurns = new TreeMap<>();
      schedule.turns(from, from.plus(Duration.ofDays(2))).forEach(t -> inTurns.merge(t.person(),
          Duration.between(t.from(), t.until()), Duration::plus));
      hours.forEach((person, h) -> assertEquals(h.total(), inTurns.get(person), "the turns of " + person));
      counted.forEach((person, c) -> assertEquals(new OnCallHours(person,
          Duration.ofMinutes(c[0] + c[1] + c[2] + c[3]), Duration.ofMinutes(c[0]), Duration.ofMinutes(c[1]),
          Duration.ofMinutes(c[2]), Duration.ofMinutes(c[3])), hours.get(person), schedule + " from " + from));
    });
  }

  private static Layer layer(int[] l, List<Actor> people) {
    ZoneId zone = ZONES.get(l[0] % ZONES.size());
    LocalDateTime start = LocalDateTime.of(2025, 12, 1, 0, 0).plusDays(l[1] % 200).plusMinutes(l[2] % 1_440);
    Duration turn = List.of(Duration.ofMinutes(1 + l[3] % 90), Duration.ofHours(1 + l[3] % 12),
        Duration.ofDays(1 + l[3] % 7), Duration.ofDays(7)).get(l[3] % 4);
    Layer layer = Layer.rotation("layer-" + l[0], zone, start, turn, people.subList(0, 1 + l[4] % people.size()));
    if (l[5] % 3 == 0) {
      return layer; // a third are unrestricted
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if ((l[5] >> d.ordinal() & 1) == 1) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      days.add(DayOfWeek.MONDAY);
    }
    LocalTime from = LocalTime.of(0, 0).plusMinutes(l[6] % 1_380);
    int length = 1 + l[7] % (1_439 - from.toSecondOfDay() / 60);
    return layer.restrictedTo(new Restriction(days, from, from.plusMinutes(length)));
  }
}
