package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import java.time.Instant;

/**
 * The instants mim accepts from a host: from {@link #EARLIEST} to {@link #LATEST}, years 1970 to 9999. A command,
 * an event, a signal, a promised next update or a query dated outside is malformed and refused with an
 * {@link IllegalArgumentException} naming the field and the value. Bounding the input keeps every instant mim
 * computes from it (a deadline, a snooze's end, a report due a month later) far from {@link Instant#MAX}.
 */
public final class TimeRange {

  /** The earliest instant accepted: 1970-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Checks.EARLIEST;

  /** The latest instant accepted: 9999-12-31T23:59:59.999999999Z. */
  public static final Instant LATEST = Checks.LATEST;

  private TimeRange() {}

  /**
   * @param at an instant
   * @return true when mim accepts it
   */
  public static boolean contains(Instant at) {
    return at != null && !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
  }
}
