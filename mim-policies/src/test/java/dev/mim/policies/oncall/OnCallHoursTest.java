package dev.mim.policies.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.people.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hours on call per person, split by the business calendar, for fairness and compensation. */
class OnCallHoursTest {

  private static final Actor AMY = Actor.of("amy");
  private static final Actor BOB = Actor.of("bob");
  private static final Actor CAROL = Actor.of("carol");
  /** Weekdays 09:00 to 17:00 UTC; Christmas, a Friday, is a holiday. */
  private static final WorkingHours CALENDAR = WorkingHours.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0),
      LocalTime.of(17, 0)).withHolidays(LocalDate.of(2026, 12, 25));
  private static final Instant MONDAY = Instant.parse("2026-12-21T09:00:00Z");

  private static Duration h(long hours) {
    return Duration.ofHours(hours);
  }

  /** Daily turns at 09:00, amy first; carol covers Wednesday 20:00 to Thursday 02:00. */
  private static OnCallSchedule week() {
    return OnCallSchedule.of("ops", OnCallSchedule.Layer.rotation("daily", ZoneOffset.UTC,
        LocalDateTime.of(2026, 12, 21, 9, 0), Duration.ofDays(1), List.of(AMY, BOB)))
        .with(new OnCallSchedule.ScheduleOverride(CAROL, Instant.parse("2026-12-23T20:00:00Z"),
            Instant.parse("2026-12-24T02:00:00Z")));
  }

  @Test
  void eachPersonsHoursAreSplitIntoWorkingHoursOutOfHoursWeekendsAndHolidays() {
    Map<Actor, OnCallHours> hours = OnCallHours.of(week(), MONDAY, MONDAY.plus(Duration.ofDays(7)), CALENDAR);
    // amy: Mon 09-Tue 09, Wed 09-Thu 09 but carol's 6 h, Christmas 09-Sat 09, Sun 09-Mon 09.
    assertEquals(new OnCallHours(AMY, h(90), h(16), h(16 + 10 + 9), h(9 + 15), h(15)), hours.get(AMY));
    // bob: Tue 09-Wed 09, Thu 09-Christmas 09, Sat 09-Sun 09.
    assertEquals(new OnCallHours(BOB, h(72), h(16), h(16 + 7), h(24), h(9)), hours.get(BOB));
    assertEquals(new OnCallHours(CAROL, h(6), h(0), h(6), h(0), h(0)), hours.get(CAROL));
    assertEquals(List.of(AMY, BOB, CAROL), List.copyOf(hours.keySet()));
  }

  @Test
  void aPeriodCutsTurnsAtItsEdgesAndTimeWithNobodyOnCallCountsForNobody() {
    // The rotation starts on Monday at 09:00: from 06:00 nobody is on call for three hours, then amy for two.
    Instant from = Instant.parse("2026-12-21T06:00:00Z");
    Map<Actor, OnCallHours> hours = OnCallHours.of(week(), from, from.plus(Duration.ofHours(5)), CALENDAR);
    assertEquals(Map.of(AMY, new OnCallHours(AMY, h(2), h(2), h(0), h(0), h(0))), hours);
    Instant evening = Instant.parse("2026-12-21T16:30:00Z");
    assertEquals(new OnCallHours(AMY, h(1), Duration.ofMinutes(30), Duration.ofMinutes(30), h(0), h(0)),
        OnCallHours.of(week(), evening, evening.plus(Duration.ofHours(1)), CALENDAR).get(AMY));
  }

  @Test
  void aPeriodThatIsEmptyTooLongOrNullIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OnCallHours.of(week(), MONDAY, MONDAY, CALENDAR));
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> OnCallHours.of(week(), MONDAY, MONDAY.plus(Duration.ofDays(367)), CALENDAR));
    assertTrue(tooLong.getMessage().startsWith("until must be after from (2026-12-21T09:00:00Z) and at most PT8784H"),
        tooLong.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OnCallHours.of(null, MONDAY, MONDAY, CALENDAR));
    assertThrows(IllegalArgumentException.class,
        () -> new OnCallHours(AMY, h(2), h(1), h(0), h(0), h(0)), "the parts must add up");
  }
}
