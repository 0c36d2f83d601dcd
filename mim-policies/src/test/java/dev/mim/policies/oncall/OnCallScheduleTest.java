package dev.mim.policies.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.policies.oncall.OnCallSchedule.Layer;
import dev.mim.policies.oncall.OnCallSchedule.Restriction;
import dev.mim.policies.oncall.OnCallSchedule.ScheduleOverride;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-written timelines: daylight-saving changes, layers, restrictions, overrides, follow the sun. */
class OnCallScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final Actor ANA = Actor.of("ana");
  private static final Actor BEN = Actor.of("ben");
  private static final Actor CAI = Actor.of("cai");
  private static final Actor DEV = Actor.of("dev");

  private static Optional<Actor> who(OnCallSchedule s, String instant) {
    return s.onCallAt(Instant.parse(instant));
  }

  @Test
  void aDailyHandOffAtNineLondonTimeStaysAtNineAcrossTheSpringChange() {
    // Clocks go forward at 01:00 GMT on Sunday 29 March 2026.
    OnCallSchedule s = OnCallSchedule.of("managers", Layer.rotation("daily", LONDON,
        LocalDateTime.of(2026, 3, 27, 9, 0), Duration.ofDays(1), List.of(ANA, BEN, CAI)));
    assertEquals(Optional.of(ANA), who(s, "2026-03-27T09:00:00Z")); // Friday 09:00 GMT
    assertEquals(Optional.of(ANA), who(s, "2026-03-28T08:59:00Z"));
    assertEquals(Optional.of(BEN), who(s, "2026-03-28T09:00:00Z")); // Saturday 09:00 GMT
    assertEquals(Optional.of(BEN), who(s, "2026-03-29T07:59:00Z")); // Sunday 08:59 BST: still Saturday's turn
    assertEquals(Optional.of(CAI), who(s, "2026-03-29T08:00:00Z")); // Sunday 09:00 BST, a 23-hour turn for ben
    assertEquals(Optional.of(ANA), who(s, "2026-03-30T08:00:00Z")); // Monday 09:00 BST: round again
  }

  @Test
  void aTwelveHourRotationInNewYorkGivesTheNightShiftTheExtraHourWhenClocksGoBack() {
    // Clocks go back from 02:00 EDT to 01:00 EST on Sunday 1 November 2026.
    OnCallSchedule s = OnCallSchedule.of("managers", Layer.rotation("shifts", NEW_YORK,
        LocalDateTime.of(2026, 10, 31, 8, 0), Duration.ofHours(12), List.of(ANA, BEN)));
    assertEquals(Optional.of(ANA), who(s, "2026-10-31T12:00:00Z")); // 08:00 EDT
    assertEquals(Optional.of(BEN), who(s, "2026-11-01T00:00:00Z")); // 20:00 EDT
    assertEquals(Optional.of(BEN), who(s, "2026-11-01T05:30:00Z")); // 01:30 EDT
    assertEquals(Optional.of(BEN), who(s, "2026-11-01T06:30:00Z")); // 01:30 EST, the hour again
    assertEquals(Optional.of(BEN), who(s, "2026-11-01T12:59:00Z")); // 07:59 EST
    assertEquals(Optional.of(ANA), who(s, "2026-11-01T13:00:00Z")); // 08:00 EST: a 13-hour night for ben
    assertEquals(Optional.of(BEN), who(s, "2026-11-02T01:00:00Z")); // 20:00 EST
  }

  @Test
  void aRestrictedHigherLayerWinsWhereItIsActiveAndTheLowerCoversTheRest() {
    Layer weekdays = Layer.rotation("weekly", LONDON, LocalDateTime.of(2026, 11, 2, 9, 0), Duration.ofDays(7),
        List.of(ANA, BEN));
    Layer weekendNights = Layer.rotation("weekend nights", LONDON, LocalDateTime.of(2026, 11, 1, 0, 0),
        Duration.ofDays(7), List.of(DEV))
        .restrictedTo(new Restriction(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(0, 0),
            LocalTime.of(8, 0)));
    OnCallSchedule s = new OnCallSchedule("managers", List.of(weekdays, weekendNights), List.of());
    assertEquals(Optional.empty(), who(s, "2026-11-02T08:59:00Z")); // before any layer has started but DEV's,
                                                                     // which is restricted to weekend nights
    assertEquals(Optional.of(ANA), who(s, "2026-11-02T09:00:00Z"));
    assertEquals(Optional.of(DEV), who(s, "2026-11-07T07:59:00Z")); // Saturday 07:59
    assertEquals(Optional.of(ANA), who(s, "2026-11-07T08:00:00Z")); // Saturday 08:00, restriction over
    assertEquals(Optional.of(BEN), who(s, "2026-11-09T09:00:00Z"));
    assertFalse(weekendNights.isActiveAt(Instant.parse("2026-11-09T07:00:00Z"))); // a Monday
    assertTrue(weekendNights.isActiveAt(Instant.parse("2026-11-08T07:00:00Z")));
  }

  @Test
  void anOverrideWinsForItsPeriodAndTheLaterOfTwoOverlappingOverridesWins() {
    OnCallSchedule s = OnCallSchedule.of("managers", Layer.rotation("daily", LONDON,
        LocalDateTime.of(2026, 11, 1, 9, 0), Duration.ofDays(1), List.of(ANA, BEN)))
        .with(new ScheduleOverride(CAI, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T18:00:00Z")))
        .with(new ScheduleOverride(DEV, Instant.parse("2026-11-23T14:00:00Z"), Instant.parse("2026-11-23T15:00:00Z")));
    assertEquals(Optional.of(ANA), who(s, "2026-11-23T11:59:59Z"));
    assertEquals(Optional.of(CAI), who(s, "2026-11-23T12:00:00Z"));
    assertEquals(Optional.of(DEV), who(s, "2026-11-23T14:00:00Z"));
    assertEquals(Optional.of(CAI), who(s, "2026-11-23T15:00:00Z"));
    assertEquals(Optional.of(ANA), who(s, "2026-11-23T18:00:00Z"));
    assertEquals(2, s.overrides().size());
  }

  @Test
  void followTheSunHandsTheManagerRoleFromSydneyToLondonToNewYork() {
    Restriction office = Restriction.daily(LocalTime.of(8, 0), LocalTime.of(17, 0));
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
    OnCallSchedule s = OnCallSchedule.followTheSun("managers", List.of(
        Layer.rotation("apac", SYDNEY, start, Duration.ofDays(7), List.of(ANA)).restrictedTo(office),
        Layer.rotation("emea", LONDON, start, Duration.ofDays(7), List.of(BEN)).restrictedTo(office),
        Layer.rotation("amer", NEW_YORK, start, Duration.ofDays(7), List.of(CAI)).restrictedTo(office)));
    assertEquals(Optional.of(ANA), who(s, "2026-11-23T00:00:00Z")); // 11:00 in Sydney (AEDT)
    assertEquals(Optional.of(BEN), who(s, "2026-11-23T09:00:00Z")); // 09:00 in London
    assertEquals(Optional.of(CAI), who(s, "2026-11-23T14:00:00Z")); // 14:00 in London, 09:00 in New York: amer
    assertEquals(Optional.of(CAI), who(s, "2026-11-23T21:59:00Z")); // 16:59 in New York
    assertEquals(Optional.of(ANA), who(s, "2026-11-23T22:00:00Z")); // 17:00 NY, 09:00 in Sydney
  }

  @Test
  void theRosterNamesWhomATargetPages() {
    OnCallSchedule managers = OnCallSchedule.of("managers", Layer.rotation("daily", LONDON,
        LocalDateTime.of(2026, 11, 1, 9, 0), Duration.ofDays(1), List.of(ANA, BEN)));
    OnCallRoster roster = OnCallRoster.of(List.of(managers));
    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    assertEquals(managers.onCallAt(at), roster.personFor(EscalationTarget.onCall("managers"), at));
    assertEquals(Optional.of(DEV), roster.personFor(EscalationTarget.person(DEV), at));
    assertEquals(Optional.empty(), roster.personFor(EscalationTarget.onCall("unknown"), at));
    assertEquals(Optional.empty(), roster.personFor(EscalationTarget.role(Role.OBSERVER), at));
    assertEquals(Optional.empty(), roster.personFor(EscalationTarget.group(ResolverGroup.of("network")), at));
    assertEquals(Optional.of(managers), roster.schedule("managers"));
    assertEquals("OnCallRoster[managers]", roster.toString());
    assertMessage("schedules must have distinct names, managers is twice",
        () -> OnCallRoster.of(List.of(managers, managers)));
    assertMessage("target must not be null", () -> roster.personFor(null, at));
  }

  @Test
  void badSchedulesAreRefusedNamingTheField() {
    Layer layer = Layer.rotation("daily", LONDON, LocalDateTime.of(2026, 11, 1, 9, 0), Duration.ofDays(1),
        List.of(ANA));
    assertMessage("turn must be at least a minute, was PT59S", () -> Layer.rotation("daily", LONDON,
        LocalDateTime.of(2026, 11, 1, 9, 0), Duration.ofSeconds(59), List.of(ANA)));
    assertMessage("people must hold at least one person and no null, was []", () -> Layer.rotation("daily", LONDON,
        LocalDateTime.of(2026, 11, 1, 9, 0), Duration.ofDays(1), List.of()));
    assertMessage("layers must hold at least one layer and no null, was []",
        () -> new OnCallSchedule("managers", List.of(), List.of()));
    assertMessage("name must not be blank, was  ", () -> OnCallSchedule.of(" ", layer));
    assertMessage("to must be after from (09:00), was 09:00",
        () -> Restriction.daily(LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertMessage("an override needs a person and a non-empty period, was ana, 2026-11-23T12:00:00Z, "
        + "2026-11-23T12:00:00Z", () -> new ScheduleOverride(ANA, Instant.parse("2026-11-23T12:00:00Z"),
            Instant.parse("2026-11-23T12:00:00Z")));
  }

  private static void assertMessage(String message, org.junit.jupiter.api.function.Executable code) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, code).getMessage());
  }
}
