package dev.mim.policies.oncall;

import dev.mim.core.people.Actor;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time one person is on call ({@link OnCallSchedule#turns}).
 *
 * @param person who
 * @param from when it starts
 * @param until when it ends; after {@code from}
 * @param coveringFor whose turn it takes, under a cover or a swap; null otherwise
 */
public record OnCallTurn(Actor person, Instant from, Instant until, @Nullable Actor coveringFor) {

  /** @throws IllegalArgumentException when a value is null or the period empty */
  public OnCallTurn {
    if (person == null || from == null || until == null || !until.isAfter(from)) {
      throw new IllegalArgumentException("a turn needs a person and a non-empty period, was " + person + ", " + from
          + ", " + until);
    }
  }
}
