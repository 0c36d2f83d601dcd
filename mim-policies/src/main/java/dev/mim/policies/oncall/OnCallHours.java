package dev.mim.policies.oncall;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.people.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A person's hours on call in a period, split by the business calendar, for fairness and compensation: during
 * working hours, out of hours on a working day (evenings and nights), on days off that are not holidays (weekends),
 * and on holidays.
 *
 * @param person who
 * @param total every hour on call in the period
 * @param workingHours those within the calendar's working hours
 * @param outOfHours those outside working hours on a working day
 * @param weekends those on a day that is not worked (by its day of the week) and not a holiday
 * @param holidays those on one of the calendar's holidays
 */
public record OnCallHours(Actor person, Duration total, Duration workingHours, Duration outOfHours,
    Duration weekends, Duration holidays) {

  /** The longest period a report covers: a year and a day. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

  /** @throws IllegalArgumentException when a value is null, negative, or the parts do not add up to the total */
  public OnCallHours {
    if (person == null || total == null || workingHours == null || outOfHours == null || weekends == null
        || holidays == null) {
      throw new IllegalArgumentException("person and durations must not be null");
    }
    if (workingHours.isNegative() || outOfHours.isNegative() || weekends.isNegative() || holidays.isNegative()
        || !workingHours.plus(outOfHours).plus(weekends).plus(holidays).equals(total)) {
      throw new IllegalArgumentException("the parts must not be negative and must add up to the total, were "
          + workingHours + " + " + outOfHours + " + " + weekends + " + " + holidays + " for " + total);
    }
  }

  /**
   * Who was on call for how long, from {@code from} (included) to {@code until} (excluded), split by
   * {@code calendar}. The schedule is read exactly: the period is cut wherever a turn, a layer's restriction, an
   * override, a day or the working hours begin or end, and each piece is counted for whoever is on call in it.
   *
   * @param schedule the schedule
   * @param from the period's start
   * @param until the period's end; after {@code from}, at most {@link #MAX_PERIOD} later
   * @param calendar the business calendar whose working hours, working days and holidays split the hours
   * @return each person on call at some time of the period, by person; nobody's hours when nobody was on call
   * @throws IllegalArgumentException when a value is null or the period is empty or longer than {@link #MAX_PERIOD}
   */
  public static Map<Actor, OnCallHours> of(OnCallSchedule schedule, Instant from, Instant until,
      WorkingHours calendar) {
    if (schedule == null || calendar == null) {
      throw new IllegalArgumentException("schedule and calendar must not be null, were " + schedule + " and "
          + calendar);
    }
    Changes.requirePeriod(from, until);
    List<Instant> cuts = new ArrayList<>(cuts(schedule, from, until, calendar));
    Map<Actor, Duration[]> parts = new TreeMap<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      Instant start = cuts.get(i);
      Optional<Actor> person = schedule.onCallAt(start);
      if (person.isPresent()) {
        Duration[] p = parts.computeIfAbsent(person.get(), a -> new Duration[] {Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO});
        int part = part(start, calendar);
        p[part] = p[part].plus(Duration.between(start, cuts.get(i + 1)));
      }
    }
    Map<Actor, OnCallHours> out = new TreeMap<>();
    parts.forEach((person, p) -> out.put(person, new OnCallHours(person, p[0].plus(p[1]).plus(p[2]).plus(p[3]),
        p[0], p[1], p[2], p[3])));
    return Collections.unmodifiableMap(out);
  }

  /** 0 working hours, 1 out of hours on a working day, 2 a day off, 3 a holiday. */
  private static int part(Instant at, WorkingHours calendar) {
    LocalDate day = LocalDate.ofInstant(at, calendar.zone());
    if (calendar.holidays().contains(day)) {
      return 3;
    }
    if (!calendar.workingDays().contains(day.getDayOfWeek())) {
      return 2;
    }
    return calendar.isWorkingTime(at) ? 0 : 1;
  }

  /** Every instant in the period where who is on call, or how the calendar counts the time, may change. */
  private static TreeSet<Instant> cuts(OnCallSchedule schedule, Instant from, Instant until, WorkingHours calendar) {
    TreeSet<Instant> cuts = Changes.of(schedule, from, until);
    Changes.daily(cuts, calendar.zone(), List.of(LocalTime.MIDNIGHT, calendar.start(), calendar.end()), from, until);
    return new TreeSet<>(cuts.subSet(from, true, until, true));
  }
}
