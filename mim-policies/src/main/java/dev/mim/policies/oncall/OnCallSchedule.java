package dev.mim.policies.oncall;

import static dev.mim.policies.internal.Arguments.holdsNull;

import dev.mim.core.people.Actor;
import dev.mim.core.spi.OnCallRota;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is on call: layers of rotations, each in its own time zone, with restrictions to times of day and days of the
 * week, and overrides that win over every layer. A later layer wins over an earlier one where both are active (as
 * PagerDuty's higher layer does). "Who is on call at instant t" is a pure function. Immutable.
 *
 * @param name the schedule's name, as escalation targets name it
 * @param layers the layers, lowest first
 * @param overrides the overrides; where two cover an instant, the later in the list wins
 */
public record OnCallSchedule(String name, List<Layer> layers, List<ScheduleOverride> overrides)
    implements OnCallRota {

  /** @throws IllegalArgumentException when a value is null, blank or holds null, or there is no layer */
  public OnCallSchedule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was " + name);
    }
    if (layers == null || layers.isEmpty() || holdsNull(layers)) {
      throw new IllegalArgumentException("layers must hold at least one layer and no null, was " + layers);
    }
    if (overrides == null || holdsNull(overrides)) {
      throw new IllegalArgumentException("overrides must not be null or hold null, was " + overrides);
    }
    layers = List.copyOf(layers);
    overrides = List.copyOf(overrides);
  }

  /**
   * A schedule of one layer, without overrides.
   *
   * @param name the schedule's name
   * @param layer the layer
   * @return the schedule
   */
  public static OnCallSchedule of(String name, Layer layer) {
    return new OnCallSchedule(name, List.of(layer), List.of());
  }

  /**
   * Follow the sun: one layer per region, each on call during its own working hours in its own zone.
   *
   * @param name the schedule's name
   * @param regions the regions, each with its zone, hours and people
   * @return the schedule
   * @throws IllegalArgumentException when a region is missing
   */
  public static OnCallSchedule followTheSun(String name, List<Layer> regions) {
    return new OnCallSchedule(name, regions, List.of());
  }

  /**
   * @param override an override to add
   * @return a copy with it, winning over earlier overrides
   */
  public OnCallSchedule with(ScheduleOverride override) {
    List<ScheduleOverride> more = new ArrayList<>(overrides);
    more.add(override);
    return new OnCallSchedule(name, layers, more);
  }

  /**
   * A cover request: {@code coverer} takes the turn of whoever is on call from {@code from} to {@code until}, as an
   * override that names both.
   *
   * @param coverer who covers
   * @param from when the cover starts
   * @param until when it ends; after {@code from}
   * @return a copy with the cover
   * @throws IllegalArgumentException when a value is null or the period empty, nobody is on call at {@code from},
   *     the person on call changes within the period (split the request), or {@code coverer} is the one on call
   */
  public OnCallSchedule cover(Actor coverer, Instant from, Instant until) {
    if (coverer == null || from == null || until == null || !until.isAfter(from)) {
      throw new IllegalArgumentException("a cover needs a coverer and a non-empty period, was " + coverer + ", "
          + from + ", " + until);
    }
    Actor covered = onCallThroughout(from, until, "the cover");
    return with(new ScheduleOverride(coverer, from, until, covered));
  }

  /**
   * A swap: {@code first} and {@code second} take each other's turns, {@code first}'s from {@code firstFrom} to
   * {@code firstUntil} and {@code second}'s from {@code secondFrom} to {@code secondUntil}, as two overrides that
   * each name both.
   *
   * @return a copy with the two overrides
   * @throws IllegalArgumentException when a value is null or a period empty, the periods overlap, or either period
   *     is not wholly its person's turn
   */
  public OnCallSchedule swap(Actor first, Instant firstFrom, Instant firstUntil, Actor second, Instant secondFrom,
      Instant secondUntil) {
    if (first == null || second == null || first.equals(second)) {
      throw new IllegalArgumentException("a swap needs two people, was " + first + " and " + second);
    }
    ScheduleOverride byFirst = new ScheduleOverride(first, secondFrom, secondUntil, second);
    ScheduleOverride bySecond = new ScheduleOverride(second, firstFrom, firstUntil, first);
    if (firstFrom.isBefore(secondUntil) && secondFrom.isBefore(firstUntil)) {
      throw new IllegalArgumentException("the swapped turns must not overlap, were " + firstFrom + " to "
          + firstUntil + " and " + secondFrom + " to " + secondUntil);
    }
    requireTurn(first, firstFrom, firstUntil);
    requireTurn(second, secondFrom, secondUntil);
    return with(bySecond).with(byFirst);
  }

  private void requireTurn(Actor person, Instant from, Instant until) {
    Actor onCall = onCallThroughout(from, until, "the swap");
    if (!onCall.equals(person)) {
      throw new IllegalArgumentException("the swap gives away " + person + "'s turn from " + from + " to " + until
          + ", but " + onCall + " is on call then");
    }
  }

  /**
   * @param at an instant
   * @return the override in effect then (with whom it covers for, if anyone); empty when the rotation applies
   */
  public Optional<ScheduleOverride> overrideAt(Instant at) {
    for (int i = overrides.size() - 1; i >= 0; i--) {
      if (overrides.get(i).covers(at)) {
        return Optional.of(overrides.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Who is on call when, from {@code from} to {@code until}: the period cut wherever the person on call changes,
   * each piece with its person and, within an override that covers for someone, whom it covers for. Pieces with
   * nobody on call are left out; consecutive pieces of one person under the same cover are one turn.
   *
   * @param from the period's start
   * @param until the period's end; after {@code from}, at most a year and a day later
   * @return the turns, in order
   * @throws IllegalArgumentException when a value is null or the period empty or longer than a year and a day
   */
  public List<OnCallTurn> turns(Instant from, Instant until) {
    return Changes.turns(this, from, until);
  }

  /** The one person on call through the period; refused when nobody is, or the person changes within it. */
  private Actor onCallThroughout(Instant from, Instant until, String what) {
    Actor onCall = onCallAt(from).orElseThrow(() -> new IllegalArgumentException(what + " from " + from
        + " finds nobody on call then in schedule " + name));
    for (Instant change : Changes.of(this, from, until)) {
      Optional<Actor> then = onCallAt(change);
      if (change.isBefore(until) && !then.equals(Optional.of(onCall))) {
        throw new IllegalArgumentException(what + " from " + from + " to " + until + " spans more than "
            + onCall + "'s turn: from " + change + " " + then.map(Actor::value).orElse("nobody")
            + " is on call; split it");
      }
    }
    return onCall;
  }

  /**
   * @param at an instant
   * @return who is on call then: the latest override covering it, else the person of the highest layer active then;
   *     empty when nobody is
   */
  public Optional<Actor> onCallAt(Instant at) {
    Optional<ScheduleOverride> override = overrideAt(at);
    if (override.isPresent()) {
      return Optional.of(override.get().person());
    }
    for (int i = layers.size() - 1; i >= 0; i--) {
      Optional<Actor> person = layers.get(i).onCallAt(at);
      if (person.isPresent()) {
        return person;
      }
    }
    return Optional.empty();
  }

  /**
   * A rotation: from {@code start} (local time in {@code zone}), each person in turn for {@code turn} of local
   * clock time (so a daily hand-off at 09:00 stays at 09:00 across daylight-saving changes), active only within its
   * restrictions if it has any.
   *
   * @param name the layer's name
   * @param zone the time zone of its start and restrictions
   * @param start when the first turn begins, local time
   * @param turn how long each turn lasts, in local clock time; at least a minute
   * @param people who rotates, in order
   * @param restrictions when the layer is active; none for always
   */
  public record Layer(String name, ZoneId zone, LocalDateTime start, Duration turn, List<Actor> people,
      List<Restriction> restrictions) {

    /** @throws IllegalArgumentException when a value is null, the turn shorter than a minute, or no one rotates */
    public Layer {
      if (name == null || name.isBlank() || zone == null || start == null || turn == null) {
        throw new IllegalArgumentException("a layer needs a name, zone, start and turn, was " + name + ", " + zone
            + ", " + start + ", " + turn);
      }
      if (turn.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("turn must be at least a minute, was " + turn);
      }
      if (people == null || people.isEmpty() || holdsNull(people)) {
        throw new IllegalArgumentException("people must hold at least one person and no null, was " + people);
      }
      if (restrictions == null || holdsNull(restrictions)) {
        throw new IllegalArgumentException("restrictions must not be null or hold null, was " + restrictions);
      }
      people = List.copyOf(people);
      restrictions = List.copyOf(restrictions);
    }

    /**
     * An unrestricted rotation.
     *
     * @param name the layer's name
     * @param zone its zone
     * @param start when the first turn begins, local time
     * @param turn how long each turn lasts
     * @param people who rotates
     * @return the layer
     */
    public static Layer rotation(String name, ZoneId zone, LocalDateTime start, Duration turn, List<Actor> people) {
      return new Layer(name, zone, start, turn, people, List.of());
    }

    /**
     * @param restriction when the layer is active
     * @return a copy restricted to it (and to the restrictions it had)
     */
    public Layer restrictedTo(Restriction restriction) {
      List<Restriction> more = new ArrayList<>(restrictions);
      more.add(restriction);
      return new Layer(name, zone, start, turn, people, more);
    }

    /**
     * @param at an instant
     * @return true when the layer has started and a restriction (if any) covers {@code at}
     */
    public boolean isActiveAt(Instant at) {
      LocalDateTime local = LocalDateTime.ofInstant(at, zone);
      if (local.isBefore(start)) {
        return false;
      }
      if (restrictions.isEmpty()) {
        return true;
      }
      for (Restriction r : restrictions) {
        if (r.covers(local)) {
          return true;
        }
      }
      return false;
    }

    /**
     * @param at an instant
     * @return the person whose turn it is, when the layer is active; empty otherwise
     */
    public Optional<Actor> onCallAt(Instant at) {
      if (!isActiveAt(at)) {
        return Optional.empty();
      }
      Duration elapsed = Duration.between(start, LocalDateTime.ofInstant(at, zone));
      long turns = elapsed.toSeconds() / turn.toSeconds();
      return Optional.of(people.get((int) (turns % people.size())));
    }
  }

  /**
   * A window of the day on some days of the week, local time: from {@code from} (included) to {@code to}
   * (excluded). Split a window across midnight into two.
   *
   * @param days the days it applies to
   * @param from when it opens
   * @param to when it closes; after {@code from}
   */
  public record Restriction(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    /** @throws IllegalArgumentException when a value is null, no day is given, or the window is empty */
    public Restriction {
      if (days == null || days.isEmpty() || holdsNull(days) || from == null || to == null) {
        throw new IllegalArgumentException("a restriction needs days and a window, was " + days + ", " + from + ", "
            + to);
      }
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("to must be after from (" + from + "), was " + to);
      }
      days = Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * Every day, from {@code from} to {@code to}.
     *
     * @param from when it opens
     * @param to when it closes
     * @return the restriction
     */
    public static Restriction daily(LocalTime from, LocalTime to) {
      return new Restriction(EnumSet.allOf(DayOfWeek.class), from, to);
    }

    boolean covers(LocalDateTime local) {
      LocalTime time = local.toLocalTime();
      return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }
  }

  /**
   * Someone on call in place of the rotation, from {@code from} (included) to {@code until} (excluded); when it
   * comes from a cover request or a swap ({@link #cover}, {@link #swap}), also whom it covers for, so that both
   * names stay on record.
   *
   * @param person who
   * @param from when it starts
   * @param until when it ends; after {@code from}
   * @param coveringFor whose turn it takes; null when it is not a cover (a manual override)
   */
  public record ScheduleOverride(Actor person, Instant from, Instant until, @Nullable Actor coveringFor) {
    /** @throws IllegalArgumentException when a value is null, the period empty, or a person covers for themself */
    public ScheduleOverride {
      if (person == null || from == null || until == null || !until.isAfter(from)) {
        throw new IllegalArgumentException("an override needs a person and a non-empty period, was " + person + ", "
            + from + ", " + until);
      }
      if (person.equals(coveringFor)) {
        throw new IllegalArgumentException("coveringFor must be someone else than the person, was " + coveringFor);
      }
    }

    /**
     * An override that covers for nobody in particular.
     *
     * @param person who
     * @param from when it starts
     * @param until when it ends; after {@code from}
     */
    public ScheduleOverride(Actor person, Instant from, Instant until) {
      this(person, from, until, null);
    }

    boolean covers(Instant at) {
      return !at.isBefore(from) && at.isBefore(until);
    }
  }
}
