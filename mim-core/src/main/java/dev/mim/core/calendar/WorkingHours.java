package dev.mim.core.calendar;

import dev.mim.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A business calendar of daily working hours in one time zone: working from {@code start} (included) to
 * {@code end} (excluded) local time on the working days, except on holidays. Daylight-saving changes follow the
 * zone's rules: 09:00 stays 09:00 local time. Immutable.
 *
 * @param zone the time zone the hours are in
 * @param start when work starts each working day, local time
 * @param end when it ends, local time; after {@code start}
 * @param workingDays the days of the week that are worked; at least one
 * @param holidays dates (in the zone) not worked, whatever their day
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workingDays,
    Set<LocalDate> holidays) implements BusinessCalendar {

  /** How far ahead {@link #nextWorkingTime} looks before deciding the calendar has no working time left. */
  private static final int SEARCH_DAYS = 3 * 366;

  /**
   * Creates the calendar.
   *
   * @throws IllegalArgumentException when a field is null, {@code end} is not after {@code start}, or no day is
   *     worked
   */
  public WorkingHours {
    Checks.notNull("zone", zone);
    Checks.notNull("start", start);
    Checks.notNull("end", end);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start (" + start + "), was " + end);
    }
    Checks.notEmpty("workingDays", workingDays);
    workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    holidays = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls("holidays", holidays)));
  }

  /**
   * Monday to Friday, {@code start} to {@code end}, no holidays.
   *
   * @param zone the time zone
   * @param start when work starts
   * @param end when it ends
   * @return the calendar
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static WorkingHours weekdays(ZoneId zone, LocalTime start, LocalTime end) {
    return new WorkingHours(zone, start, end, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
  }

  /**
   * This calendar with {@code dates} as further holidays.
   *
   * @param dates the holidays to add
   * @return a new calendar
   * @throws IllegalArgumentException when a date is null
   */
  public WorkingHours withHolidays(LocalDate... dates) {
    Set<LocalDate> more = new TreeSet<>(holidays);
    for (LocalDate d : dates) {
      more.add(Checks.notNull("holiday", d));
    }
    return new WorkingHours(zone, start, end, workingDays, more);
  }

  @Override
  public boolean isWorkingTime(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    return isWorkingDay(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
  }

  @Override
  public Instant nextWorkingTime(Instant at) {
    if (isWorkingTime(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (!local.toLocalTime().isBefore(start)) {
      day = day.plusDays(1);
    }
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        // In a spring-forward gap the opening moves forward by the gap, as ZonedDateTime.of does.
        Instant opening = ZonedDateTime.of(day, start, zone).toInstant();
        if (!opening.isBefore(at)) {
          return opening;
        }
      }
    }
    throw new IllegalStateException("calendar has no working time within " + SEARCH_DAYS + " days after " + at
        + ": " + this);
  }

  @Override
  public Instant endOfWork(Instant working) {
    return ZonedDateTime.of(working.atZone(zone).toLocalDate(), end, zone).toInstant();
  }

  private boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }
}
