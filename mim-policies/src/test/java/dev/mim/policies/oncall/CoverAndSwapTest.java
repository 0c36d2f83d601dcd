package dev.mim.policies.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.people.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cover requests and swaps: overrides that keep both names, refused when they do not match the turns. */
class CoverAndSwapTest {

  private static final Actor AMY = Actor.of("amy");
  private static final Actor BOB = Actor.of("bob");
  private static final Actor CAROL = Actor.of("carol");

  /** Daily turns at 09:00 UTC from Monday 21 December 2026: amy, bob, amy, bob, ... */
  private static final OnCallSchedule DAILY = OnCallSchedule.of("ops", OnCallSchedule.Layer.rotation("daily",
      ZoneOffset.UTC, LocalDateTime.of(2026, 12, 21, 9, 0), Duration.ofDays(1), List.of(AMY, BOB)));

  private static Instant at(String dayTime) {
    return Instant.parse("2026-12-" + dayTime + ":00Z");
  }

  @Test
  void aCoverTakesTheTurnOfWhoeverIsOnCallAndNamesThem() {
    OnCallSchedule covered = DAILY.cover(CAROL, at("21T20:00"), at("22T02:00"));
    assertEquals(Optional.of(CAROL), covered.onCallAt(at("21T23:00")));
    assertEquals(Optional.of(AMY), covered.onCallAt(at("22T02:00")), "the cover ends before its until");
    OnCallSchedule.ScheduleOverride cover = covered.overrideAt(at("21T23:00")).orElseThrow();
    assertEquals(new OnCallSchedule.ScheduleOverride(CAROL, at("21T20:00"), at("22T02:00"), AMY), cover);
    assertEquals(Optional.empty(), covered.overrideAt(at("22T03:00")));
    assertEquals(List.of(new OnCallTurn(AMY, at("21T09:00"), at("21T20:00"), null),
        new OnCallTurn(CAROL, at("21T20:00"), at("22T02:00"), AMY),
        new OnCallTurn(AMY, at("22T02:00"), at("22T09:00"), null),
        new OnCallTurn(BOB, at("22T09:00"), at("22T12:00"), null)), covered.turns(at("21T06:00"), at("22T12:00")),
        "nobody before the rotation starts; a turn cut by the cover; the period's end cuts bob's turn");
  }

  @Test
  void aSwapExchangesTwoTurnsAsTwoOverridesEachNamingBoth() {
    OnCallSchedule swapped = DAILY.swap(AMY, at("23T09:00"), at("24T09:00"), BOB, at("24T09:00"), at("25T09:00"));
    assertEquals(Optional.of(BOB), swapped.onCallAt(at("23T12:00")));
    assertEquals(Optional.of(AMY), swapped.onCallAt(at("24T12:00")));
    assertEquals(AMY, swapped.overrideAt(at("23T12:00")).orElseThrow().coveringFor());
    assertEquals(BOB, swapped.overrideAt(at("24T12:00")).orElseThrow().coveringFor());
    assertEquals(2, swapped.overrides().size());
  }

  @Test
  void aCoverOrSwapThatDoesNotMatchTheTurnsIsRefusedSayingWhy() {
    IllegalArgumentException spans = assertThrows(IllegalArgumentException.class,
        () -> DAILY.cover(CAROL, at("21T20:00"), at("22T10:00")));
    assertEquals("the cover from 2026-12-21T20:00:00Z to 2026-12-22T10:00:00Z spans more than amy's turn: from "
        + "2026-12-22T09:00:00Z bob is on call; split it", spans.getMessage());
    IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
        () -> DAILY.cover(CAROL, at("20T20:00"), at("20T22:00")));
    assertTrue(nobody.getMessage().endsWith("finds nobody on call then in schedule ops"), nobody.getMessage());
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
        () -> DAILY.cover(AMY, at("21T20:00"), at("21T22:00")));
    assertEquals("coveringFor must be someone else than the person, was amy", self.getMessage());
    IllegalArgumentException notHers = assertThrows(IllegalArgumentException.class,
        () -> DAILY.swap(AMY, at("22T10:00"), at("22T12:00"), BOB, at("23T10:00"), at("23T12:00")));
    assertEquals("the swap gives away amy's turn from 2026-12-22T10:00:00Z to 2026-12-22T12:00:00Z, but bob is on "
        + "call then", notHers.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DAILY.swap(AMY, at("21T10:00"), at("21T12:00"), BOB, at("21T11:00"), at("21T13:00")), "overlap");
    assertThrows(IllegalArgumentException.class,
        () -> DAILY.swap(AMY, at("21T10:00"), at("21T12:00"), AMY, at("22T10:00"), at("22T12:00")), "one person");
  }
}
