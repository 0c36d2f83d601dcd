package dev.mim.core.calendar;

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
  }
}
