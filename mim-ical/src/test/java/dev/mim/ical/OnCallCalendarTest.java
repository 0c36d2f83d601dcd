package dev.mim.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.people.Actor;
import dev.mim.policies.oncall.OnCallSchedule;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A schedule as a feed: one event per turn, read back by ical4j's own parser and valid under its validator. */
class OnCallCalendarTest {

  private static final Actor AMY = Actor.of("amy");
  private static final Actor BOB = Actor.of("bob");
  private static final Actor CAROL = Actor.of("carol");
  private static final Instant NOW = Instant.parse("2026-12-20T12:00:00Z");
  private static final OnCallSchedule DAILY = OnCallSchedule.of("ops", OnCallSchedule.Layer.rotation("daily",
      ZoneOffset.UTC, LocalDateTime.of(2026, 12, 21, 9, 0), Duration.ofDays(1), List.of(AMY, BOB)))
      .cover(CAROL, Instant.parse("2026-12-21T20:00:00Z"), Instant.parse("2026-12-22T02:00:00Z"));

  private static Calendar parsed(String feed) throws Exception {
    return new CalendarBuilder().build(new StringReader(feed));
  }

  private static List<String> summaries(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getSummary().getValue() + " " + e.getDateTimeStart().getValue() + "-"
            + e.getDateTimeEnd().getValue()).toList();
  }

  @Test
  void everyTurnIsAnEventAndACoverNamesBoth() throws Exception {
    String feed = OnCallCalendar.of(DAILY, Instant.parse("2026-12-21T09:00:00Z"),
        Instant.parse("2026-12-23T09:00:00Z"), NOW);
    Calendar calendar = parsed(feed);
    assertEquals(List.of("On call: ops (amy) 20261221T090000Z-20261221T200000Z",
        "On call: ops (carol, covering for amy) 20261221T200000Z-20261222T020000Z",
        "On call: ops (amy) 20261222T020000Z-20261222T090000Z",
        "On call: ops (bob) 20261222T090000Z-20261223T090000Z"), summaries(calendar));
    assertTrue(calendar.validate().getEntries().isEmpty(), calendar.validate().toString());
    assertTrue(feed.contains("PRODID:" + OnCallCalendar.PRODUCT + "\r\n"), feed);
    assertEquals(4, feed.split("DTSTAMP:20261220T120000Z\r\n", -1).length - 1, "one DTSTAMP per event, as given");
    assertTrue(feed.contains("UID:ops/carol/2026-12-21T20:00:00Z@mim\r\n"), feed);
  }

  @Test
  void aPersonsFeedHoldsTheirTurnsOnlyAndTheSameTurnsGiveTheSameFeed() throws Exception {
    Instant from = Instant.parse("2026-12-21T09:00:00Z");
    String amy = OnCallCalendar.of(DAILY, AMY, from, from.plus(Duration.ofDays(4)), NOW);
    assertEquals(List.of("On call: ops (amy) 20261221T090000Z-20261221T200000Z",
        "On call: ops (amy) 20261222T020000Z-20261222T090000Z",
        "On call: ops (amy) 20261223T090000Z-20261224T090000Z"), summaries(parsed(amy)));
    assertEquals(amy, OnCallCalendar.of(DAILY, AMY, from, from.plus(Duration.ofDays(4)), NOW), "deterministic");
    assertThrows(IllegalArgumentException.class, () -> OnCallCalendar.of(DAILY, from, from, NOW));
    assertThrows(IllegalArgumentException.class, () -> OnCallCalendar.of(DAILY, null, from, from, NOW));
  }
}
