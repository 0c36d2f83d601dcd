package dev.mim.core.metrics;

import dev.mim.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A span of outage of a major incident: from the first signal (or a reopen) until the restoration that ended it,
 * or, while it lasts, until the instant measured.
 *
 * @param from when it began
 * @param until when it ended, or the instant measured while it lasts; not before {@code from}
 * @param ongoing true while it lasts
 */
public record OutageWindow(Instant from, Instant until, boolean ongoing) {

  /** @throws IllegalArgumentException when a time is null or the window ends before it begins */
  public OutageWindow {
    Checks.notNull("from", from);
    Checks.notNull("until", until);
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until must not be before from (" + from + "), was " + until);
    }
  }

  /** @return how long it lasted (so far) */
  public Duration length() {
    return Duration.between(from, until);
  }
}
