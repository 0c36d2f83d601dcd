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
 * {@code end} (excluded) local time on the working days, except on holidays. Immutable.
 *
 * <p>Working time is what the wall clock says, also across daylight-saving changes: an instant is working time
 * when its local time is from {@code start} to {@code end} on a working day. 09:00 stays 09:00 local time. When the
 * clocks go back inside the working hours, the repeated hour is worked twice, and the working period ends when the
 * clock first leaves the hours (for 00:30 to 01:30 in New York on the night the clocks go back, 00:30 to 01:30 EDT
 * and then 01:00 to 01:30 EST: two periods). When the clocks go forward inside them, the skipped hour is not worked.
 * {@link #endOfWork}, {@link #nextWorkingTime} and so {@link #plusWorkingTime} follow these periods exactly.
 *
 * @param zone the time zone the hours are in
 * @param start when work starts each working day, local time
 * @param end when it ends, local time; after {@code start}
 * @param workingDays the days of the week that are worked; at least one
 * @param holidays dates (in the zone) not worked, whatever their day; never more than
 *     {@value #MAX_DAYS_WITHOUT_WORK} days in a row without a working day
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workingDays,
    Set<LocalDate> holidays) implements BusinessCalendar {

  /**
   * The most consecutive days a calendar may have without a working day (holidays and days off together): a year.
   * A calendar closed for longer is refused when built, so that every query on it has an answer.
   */
  public static final int MAX_DAYS_WITHOUT_WORK = 366;

  /** How many days {@link #nextWorkingTime} looks at: enough to pass any closed run (and a day a DST gap empties). */
  private static final int SEARCH_DAYS = MAX_DAYS_WITHOUT_WORK + 3;

  /**
   * Creates the calendar.
   *
   * @throws IllegalArgumentException when a field is null, {@code end} is not after {@code start}, no day is
   *     worked, or the holidays leave more than {@value #MAX_DAYS_WITHOUT_WORK} days in a row without a working day
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
    refuseLongClosures(workingDays, holidays);
  }

  /**
   * Refuses holidays that, with the days off, leave more than {@link #MAX_DAYS_WITHOUT_WORK} days unworked; the
   * holidays are sorted.
   */
  private static void refuseLongClosures(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
    LocalDate runStart = null;
    LocalDate previous = null;
    for (LocalDate holiday : holidays) {
      if (!workingDays.contains(holiday.getDayOfWeek())) {
        continue; // a holiday on a day off closes nothing more
      }
      if (runStart == null || workedBetween(workingDays, holidays, previous, holiday)) {
        runStart = holiday;
      }
      previous = holiday;
      // The run, with the days off around it (at most six on each side), is closed.
      LocalDate first = runStart;
      while (!workingDays.contains(first.minusDays(1).getDayOfWeek())) {
        first = first.minusDays(1);
      }
      LocalDate last = holiday;
      while (!workingDays.contains(last.plusDays(1).getDayOfWeek())) {
        last = last.plusDays(1);
      }
      long closed = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
      if (closed > MAX_DAYS_WITHOUT_WORK) {
        throw new IllegalArgumentException("holidays must leave a working day at least every " + MAX_DAYS_WITHOUT_WORK
            + " days, were closed for " + closed + " days from " + first + " to " + last);
      }
    }
  }

  /** Whether a working day that is no holiday lies strictly between {@code from} and {@code to}. */
  private static boolean workedBetween(Set<DayOfWeek> workingDays, Set<LocalDate> holidays, LocalDate from,
      LocalDate to) {
    for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
      if (workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
        return true;
      }
    }
    return false;
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

  /**
   * {@inheritDoc}
   *
   * <p>Never throws: the constructor refuses a calendar closed for longer than the search.
   */
  @Override
  public Instant nextWorkingTime(Instant at) {
    if (isWorkingTime(at)) {
      return at;
    }
    // The day before too: where the clocks go back across midnight, a later instant can have an earlier date.
    LocalDate day = at.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        Instant opening = WorkingPeriods.firstOpeningAtOrAfter(zone, day, start, end, at);
        if (opening != null) {
          return opening;
        }
      }
    }
    throw new IllegalStateException("calendar has no working time within " + SEARCH_DAYS + " days after " + at
        + ": " + this);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when {@code working} is not working time
   */
  @Override
  public Instant endOfWork(Instant working) {
    if (!isWorkingTime(working)) {
      throw new IllegalArgumentException("working must be working time of " + this + ", was " + working);
    }
    return WorkingPeriods.closingAfter(zone, working.atZone(zone).toLocalDate(), start, end, working);
  }

  private boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }
}
