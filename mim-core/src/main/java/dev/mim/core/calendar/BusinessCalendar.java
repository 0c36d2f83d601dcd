package dev.mim.core.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * When people work. Used for audiences that are updated only in business hours: an update falling due outside
 * working time is due at the next working instant instead.
 *
 * <p>Implementations must be pure and consistent: {@link #nextWorkingTime} returns an instant for which
 * {@link #isWorkingTime} is true, and returns its argument when that is working time.
 */
public interface BusinessCalendar {

  /**
   * @param at an instant
   * @return true when {@code at} is working time
   */
  boolean isWorkingTime(Instant at);

  /**
   * @param at an instant
   * @return the earliest working instant at or after {@code at}
   */
  Instant nextWorkingTime(Instant at);

  /**
   * @param working an instant of working time
   * @return the end (excluded) of the working period that holds it
   */
  Instant endOfWork(Instant working);

  /**
   * Returns the instant when {@code amount} of working time has passed since {@code from}: how escalation clocks
   * measured on business hours run.
   *
   * @param from where to count from
   * @param amount how much working time; zero or more
   * @return the instant reached, in working time (or {@code from}'s next working time for zero)
   */
  default Instant plusWorkingTime(Instant from, Duration amount) {
    Instant cursor = nextWorkingTime(from);
    Duration left = amount;
    while (true) {
      Instant end = endOfWork(cursor);
      Duration available = Duration.between(cursor, end);
      if (left.compareTo(available) <= 0) {
        return cursor.plus(left);
      }
      left = left.minus(available);
      cursor = nextWorkingTime(end);
    }
  }

  /**
   * @param from the start
   * @param to the end; not before {@code from}
   * @return how much working time lies between them
   */
  default Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    Instant cursor = nextWorkingTime(from);
    while (cursor.isBefore(to)) {
      Instant end = endOfWork(cursor);
      total = total.plus(Duration.between(cursor, end.isBefore(to) ? end : to));
      cursor = nextWorkingTime(end);
    }
    return total;
  }

  /** @return the calendar in which every instant is working time (24/7 operations): mim's default */
  static BusinessCalendar always() {
    return Always.INSTANCE;
  }

  /** The 24/7 calendar. */
  enum Always implements BusinessCalendar {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean isWorkingTime(Instant at) {
      return true;
    }

    @Override
    public Instant nextWorkingTime(Instant at) {
      return at;
    }

    @Override
    public Instant endOfWork(Instant working) {
      return Instant.MAX;
    }

    @Override
    public Instant plusWorkingTime(Instant from, Duration amount) {
      return from.plus(amount);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      return Duration.between(from, to);
    }
  }
}
