package dev.mim.ical;

import dev.mim.core.people.Actor;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.policies.oncall.OnCallTurn;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An on-call schedule as an iCalendar (RFC 5545) feed: one event per turn ({@link OnCallSchedule#turns}), titled
 * with the schedule and the person ("On call: ops (amy)", "On call: ops (carol, covering for amy)"), in UTC. An
 * event's UID is stable (the schedule, the person and the turn's start), so a calendar that subscribes to the feed
 * updates a turn instead of adding it twice.
 *
 * <pre>{@code
 * String feed = OnCallCalendar.of(schedule, Actor.of("amy"), from, from.plus(Duration.ofDays(90)), now);
 * }</pre>
 */
public final class OnCallCalendar {

  /** The feed's product identifier. */
  public static final String PRODUCT = "-//mim//on-call//EN";

  private OnCallCalendar() {}

  /**
   * @param schedule the schedule
   * @param from the period's start
   * @param until the period's end; after {@code from}, at most a year and a day later
   * @param generatedAt when the feed is written (each event's DTSTAMP)
   * @return everyone's turns in the period, as iCalendar text (CRLF line ends, long lines folded)
   * @throws IllegalArgumentException when a value is null or the period empty or longer than a year and a day
   */
  public static String of(OnCallSchedule schedule, Instant from, Instant until, Instant generatedAt) {
    return write(schedule, from, until, generatedAt, t -> true);
  }

  /**
   * @param schedule the schedule
   * @param person whose turns
   * @param from the period's start
   * @param until the period's end; after {@code from}, at most a year and a day later
   * @param generatedAt when the feed is written (each event's DTSTAMP)
   * @return {@code person}'s turns in the period, as iCalendar text
   * @throws IllegalArgumentException when a value is null or the period empty or longer than a year and a day
   */
  public static String of(OnCallSchedule schedule, Actor person, Instant from, Instant until, Instant generatedAt) {
    if (person == null) {
      throw new IllegalArgumentException("person must not be null");
    }
    return write(schedule, from, until, generatedAt, t -> t.person().equals(person));
  }

  private static String write(OnCallSchedule schedule, Instant from, Instant until, Instant generatedAt,
      Predicate<OnCallTurn> which) {
    if (schedule == null || generatedAt == null) {
      throw new IllegalArgumentException("schedule and generatedAt must not be null, were " + schedule + " and "
          + generatedAt);
    }
    List<OnCallTurn> turns = schedule.turns(from, until);
    Calendar calendar = new Calendar().add(new ProdId(PRODUCT)).add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN);
    for (OnCallTurn t : turns) {
      if (which.test(t)) {
        calendar.add(event(schedule.name(), t, generatedAt));
      }
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent event(String schedule, OnCallTurn t, Instant generatedAt) {
    String who = t.coveringFor() == null ? t.person().value()
        : t.person().value() + ", covering for " + t.coveringFor().value();
    // Not VEvent's (start, end, summary) constructor: it stamps the event with the clock's time.
    VEvent event = new VEvent(false);
    event.add(new Uid(schedule + "/" + t.person().value() + "/" + t.from() + "@mim"));
    event.add(new DtStamp(generatedAt));
    event.add(new DtStart<>(t.from()));
    event.add(new DtEnd<>(t.until()));
    event.add(new Summary("On call: " + schedule + " (" + who + ")"));
    if (t.coveringFor() != null) {
      event.add(new Description(t.person().value() + " covers " + t.coveringFor().value() + "'s turn"));
    }
    return event;
  }
}
