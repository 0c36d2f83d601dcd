package dev.mim.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked against a Berlin office calendar for spring 2026. */
class WorkingHoursTest {

  private static final WorkingHours BERLIN = WorkingHours
      .weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0))
      .withHolidays(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)); // Good Friday, Easter Monday

  @Test
  void workingTimeIsLocalHoursOnWorkingDays() {
    assertTrue(BERLIN.isWorkingTime(Instant.parse("2026-03-27T08:00:00Z")), "Fri 09:00 CET");
    assertFalse(BERLIN.isWorkingTime(Instant.parse("2026-03-27T16:00:00Z")), "Fri 17:00 CET: end excluded");
    assertFalse(BERLIN.isWorkingTime(Instant.parse("2026-03-28T10:00:00Z")), "Saturday");
    assertFalse(BERLIN.isWorkingTime(Instant.parse("2026-04-06T10:00:00Z")), "Easter Monday");
  }

  @Test
  void afterFridayCloseTheNextOpeningIsMondayAcrossTheSpringDaylightSavingChange() {
    // Fri 27 Mar 17:30 CET (UTC+1); clocks go forward on Sun 29 Mar; Mon 30 Mar 09:00 CEST is 07:00 UTC.
    assertEquals(Instant.parse("2026-03-30T07:00:00Z"), BERLIN.nextWorkingTime(Instant.parse("2026-03-27T16:30:00Z")));
  }

  @Test
  void easterHolidaysAreSkipped() {
    // Thu 2 Apr 18:00 CEST; Good Friday and Easter Monday are holidays: Tue 7 Apr 09:00 CEST = 07:00 UTC.
    assertEquals(Instant.parse("2026-04-07T07:00:00Z"), BERLIN.nextWorkingTime(Instant.parse("2026-04-02T16:00:00Z")));
  }

  @Test
  void beforeOpeningTheSameDayCountsAndWorkingTimeIsItsOwnAnswer() {
    assertEquals(Instant.parse("2026-03-30T07:00:00Z"), BERLIN.nextWorkingTime(Instant.parse("2026-03-30T05:00:00Z")));
    Instant working = Instant.parse("2026-03-30T12:34:00Z");
    assertEquals(working, BERLIN.nextWorkingTime(working));
  }

  @Test
  void theAutumnChangeKeepsLocalOpeningTime() {
    // Clocks go back on Sun 25 Oct 2026: Mon 26 Oct 09:00 CET is 08:00 UTC (the Friday before opened at 07:00 UTC).
    assertEquals(Instant.parse("2026-10-26T08:00:00Z"), BERLIN.nextWorkingTime(Instant.parse("2026-10-23T15:30:00Z")));
  }

  @Test
  void badCalendarsAreRefusedByName() {
    assertEquals("end must be after start (09:00), was 09:00", assertThrows(IllegalArgumentException.class,
        () -> WorkingHours.weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(9, 0))).getMessage());
    assertEquals("workingDays must not be empty", assertThrows(IllegalArgumentException.class,
        () -> new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.<DayOfWeek>of(),
            Set.of())).getMessage());
  }

  @Test
  void aCalendarClosedForMoreThanAYearIsRefusedWhenBuiltAndOneClosedForAYearAnswers() {
    // Mondays only, every Monday a holiday for a year and more (53 Mondays from 2026-11-23): closed from the Tuesday
    // before the first; refused at the 52nd Monday, where the closure first passes 366 days.
    LocalDate monday = LocalDate.of(2026, 11, 23);
    java.util.List<LocalDate> holidays = new java.util.ArrayList<>();
    for (LocalDate day = monday; day.isBefore(monday.plusDays(53 * 7)); day = day.plusDays(7)) {
      holidays.add(day);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkingHours(ZoneId.of("UTC"),
        LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(DayOfWeek.MONDAY), Set.copyOf(holidays)));
    assertEquals("holidays must leave a working day at least every 366 days, were closed for 370 days from "
        + "2026-11-17 to 2027-11-21", e.getMessage());
    // 52 Mondays and the six days off around them are 370 days, also refused; 51 Mondays (363 days) pass.
    assertThrows(IllegalArgumentException.class, () -> new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0),
        LocalTime.of(17, 0), Set.of(DayOfWeek.MONDAY), Set.copyOf(holidays.subList(0, 52))));
    WorkingHours open = new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
        Set.of(DayOfWeek.MONDAY), Set.copyOf(holidays.subList(0, 51)));
    Instant at = monday.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    assertEquals(monday.plusDays(51 * 7).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), open.nextWorkingTime(at));
    // A holiday on a day off closes nothing more, and a free working day between two holidays breaks the run.
    WorkingHours weekdays = WorkingHours.weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0));
    // Every day for 602 days (to a Sunday) but one Monday after 43 weeks: two closures of 301 and 300 days,
    // accepted; for 800 days, the second closure is 499 days, refused.
    LocalDate free = monday.plusWeeks(43);
    java.util.List<LocalDate> everyDayButOne = new java.util.ArrayList<>();
    for (LocalDate day = monday; day.isBefore(monday.plusDays(800)); day = day.plusDays(1)) {
      if (!day.equals(free)) {
        everyDayButOne.add(day);
      }
    }
    WorkingHours twoClosures = new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
        weekdays.workingDays(), Set.copyOf(everyDayButOne.subList(0, 601)));
    assertEquals(free.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), twoClosures.nextWorkingTime(at));
    assertEquals(monday.plusDays(602).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC),
        twoClosures.nextWorkingTime(free.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC)));
    assertThrows(IllegalArgumentException.class, () -> new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0),
        LocalTime.of(17, 0), weekdays.workingDays(), Set.copyOf(everyDayButOne)));
  }

  @Test
  void theRepeatedAutumnHourInNewYorkIsWorkedTwiceAndEndsWhereItEnds() {
    // 00:30-01:30 every day; on 1 Nov 2026 the clocks go back at 02:00 EDT (06:00Z) to 01:00 EST: the hours are
    // 04:30Z-05:30Z (EDT) and again 06:00Z-06:30Z (EST).
    WorkingHours night = new WorkingHours(ZoneId.of("America/New_York"), LocalTime.of(0, 30), LocalTime.of(1, 30),
        EnumSet.allOf(DayOfWeek.class), Set.of());
    assertEquals(Instant.parse("2026-11-01T06:30:00Z"), night.endOfWork(Instant.parse("2026-11-01T06:10:00Z")));
    assertEquals(Instant.parse("2026-11-01T05:30:00Z"), night.endOfWork(Instant.parse("2026-11-01T05:00:00Z")));
    assertEquals(Instant.parse("2026-11-01T06:10:00Z"),
        night.plusWorkingTime(Instant.parse("2026-11-01T06:00:00Z"), java.time.Duration.ofMinutes(10)));
    assertEquals(Instant.parse("2026-11-01T06:00:00Z"), night.nextWorkingTime(Instant.parse("2026-11-01T05:30:00Z")));
    assertEquals(java.time.Duration.ofMinutes(90), night.workingTimeBetween(Instant.parse("2026-11-01T04:00:00Z"),
        Instant.parse("2026-11-01T07:00:00Z")));
  }

  /** A zone, a window of working hours and a daylight-saving change inside the days checked. */
  record DstCase(String zone, String start, String end, String around) {
    @Override
    public String toString() {
      return zone + " " + start + "-" + end + " around " + around;
    }
  }

  static java.util.stream.Stream<DstCase> daylightSavingChanges() {
    java.util.List<DstCase> cases = new java.util.ArrayList<>();
    // Spring and autumn changes in both hemispheres, at 01:00Z (London), 02:00 local (New York, Sydney), midnight
    // (Santiago), and by half an hour (Lord Howe).
    String[][] changes = {{"America/New_York", "2026-03-08", "2026-11-01"}, {"Europe/London", "2026-03-29",
        "2026-10-25"}, {"Australia/Sydney", "2026-04-05", "2026-10-04"}, {"America/Santiago", "2026-04-05",
        "2026-09-06"}, {"Australia/Lord_Howe", "2026-04-05", "2026-10-04"}};
    String[][] windows = {{"00:30", "01:30"}, {"01:15", "01:45"}, {"00:00", "02:30"}, {"01:30", "03:30"},
        {"02:15", "02:45"}, {"09:00", "17:00"}, {"23:00", "23:59"}, {"00:00", "00:30"}};
    for (String[] change : changes) {
      for (String[] window : windows) {
        cases.add(new DstCase(change[0], window[0], window[1], change[1]));
        cases.add(new DstCase(change[0], window[0], window[1], change[2]));
      }
    }
    return cases.stream();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("daylightSavingChanges")
  void acrossEveryDaylightSavingChangeTheCalendarAgreesWithTheWallClockMinuteByMinute(DstCase c) {
    // Against a model that reads the wall clock each minute for four days around the change (working = the local
    // time is in the hours on a working day): next working time, end of work, working time added and between.
    ZoneId zone = ZoneId.of(c.zone());
    WorkingHours hours = new WorkingHours(zone, LocalTime.parse(c.start()), LocalTime.parse(c.end()),
        EnumSet.complementOf(EnumSet.of(DayOfWeek.WEDNESDAY)), Set.of());
    Instant from = LocalDate.parse(c.around()).minusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    int minutes = 4 * 1440;
    boolean[] working = new boolean[minutes];
    for (int i = 0; i < minutes; i++) {
      java.time.ZonedDateTime local = from.plusSeconds(60L * i).atZone(zone);
      LocalTime time = local.toLocalTime();
      working[i] = local.getDayOfWeek() != DayOfWeek.WEDNESDAY && !time.isBefore(hours.start())
          && time.isBefore(hours.end());
    }
    int[] nextWorking = new int[minutes + 1];
    int[] nextIdle = new int[minutes + 1];
    nextWorking[minutes] = -1;
    nextIdle[minutes] = -1;
    for (int i = minutes - 1; i >= 0; i--) {
      nextWorking[i] = working[i] ? i : nextWorking[i + 1];
      nextIdle[i] = !working[i] ? i : nextIdle[i + 1];
    }
    for (int i = 0; i < minutes; i++) {
      Instant at = from.plusSeconds(60L * i);
      assertEquals(working[i], hours.isWorkingTime(at), () -> "working at " + at);
      if (nextWorking[i] >= 0) {
        assertEquals(from.plusSeconds(60L * nextWorking[i]), hours.nextWorkingTime(at), "next working time after " + at);
      }
      if (working[i] && nextIdle[i] >= 0) {
        assertEquals(from.plusSeconds(60L * nextIdle[i]), hours.endOfWork(at), "end of work after " + at);
        for (int add : new int[] {1, 10, 45, 90}) {
          int count = 0;
          int j = i;
          for (; j < minutes && count < add; j++) {
            count += working[j] ? 1 : 0;
          }
          if (count == add && nextIdle[i] < minutes - 1) {
            Instant expected = from.plusSeconds(60L * j);
            assertEquals(expected, hours.plusWorkingTime(at, java.time.Duration.ofMinutes(add)),
                "+" + add + " working minutes from " + at);
            assertEquals(java.time.Duration.ofMinutes(add), hours.workingTimeBetween(at, expected),
                "working time from " + at + " to " + expected);
          }
        }
      }
    }
  }

  @Test
  void alwaysIsWorkingTimeAndItsOwnNextWorkingTime() {
    Instant at = Instant.parse("2026-11-28T03:00:00Z");
    assertTrue(BusinessCalendar.always().isWorkingTime(at));
    assertEquals(at, BusinessCalendar.always().nextWorkingTime(at));
  }
}
