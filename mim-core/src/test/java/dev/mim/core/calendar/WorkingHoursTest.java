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
  void aCalendarWithNoWorkingTimeLeftIsFoundOutAfterThreeYearsOfSearching() {
    // Mondays only, asked on a Monday after opening: the search covers the 1,098 days from Tuesday on. Every
    // Monday among them is a holiday; the next free Monday is the day after the search.
    LocalDate monday = LocalDate.of(2026, 11, 23);
    LocalDate firstSearched = monday.plusDays(1);
    java.util.List<LocalDate> holidays = new java.util.ArrayList<>();
    for (LocalDate day = monday; day.isBefore(firstSearched.plusDays(1098)); day = day.plusDays(7)) {
      holidays.add(day);
    }
    WorkingHours mondaysOnly = new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
        Set.of(DayOfWeek.MONDAY), Set.copyOf(holidays));
    Instant at = monday.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> mondaysOnly.nextWorkingTime(at));
    assertTrue(e.getMessage().startsWith("calendar has no working time within 1098 days after"), e.getMessage());
    // One free Monday inside the search is found.
    WorkingHours lastMondayFree = new WorkingHours(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
        Set.of(DayOfWeek.MONDAY), Set.copyOf(holidays.subList(0, holidays.size() - 1)));
    assertEquals(holidays.get(holidays.size() - 1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC),
        lastMondayFree.nextWorkingTime(at));
  }

  @Test
  void alwaysIsWorkingTimeAndItsOwnNextWorkingTime() {
    Instant at = Instant.parse("2026-11-28T03:00:00Z");
    assertTrue(BusinessCalendar.always().isWorkingTime(at));
    assertEquals(at, BusinessCalendar.always().nextWorkingTime(at));
  }
}
