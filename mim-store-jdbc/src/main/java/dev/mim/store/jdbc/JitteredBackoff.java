package dev.mim.store.jdbc;

import dev.mim.core.handling.CommandHandler;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * A {@link CommandHandler.Pause} for writers that race on one incident: before retry {@code n} it sleeps a random
 * "full jitter" time, from zero up to {@code base * 2^(n - 1)}, at most {@code cap}, so that the writers spread out
 * instead of colliding again.
 *
 * @param base the bound of the first wait; zero for none at all
 * @param cap the longest wait; not shorter than {@code base}
 */
public record JitteredBackoff(Duration base, Duration cap) implements CommandHandler.Pause {

  /** The default: first bound 2 ms, longest wait 100 ms. */
  public static final JitteredBackoff DEFAULT = new JitteredBackoff(Duration.ofMillis(2), Duration.ofMillis(100));

  /**
   * @throws IllegalArgumentException when a value is null or negative, or {@code cap} is shorter than {@code base}
   */
  public JitteredBackoff {
    if (base == null || cap == null || base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff must be from zero up, its cap not below it, were " + base + ", "
          + cap);
    }
  }

  /** Sleeps before {@code retry}; an interrupt ends the wait early and is kept set for the caller. */
  @Override
  public void before(int retry) {
    Duration wait = waitBefore(retry, ThreadLocalRandom.current());
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller's thread is being stopped: retry at once, and say so on
    }
  }

  /** The wait before retry {@code retry} (from 1): uniform from zero to {@code base * 2^(retry - 1)}, at most cap. */
  Duration waitBefore(int retry, RandomGenerator random) {
    long bound = base.toNanos();
    for (int i = 1; i < retry && bound < cap.toNanos(); i++) {
      bound *= 2;
    }
    bound = Math.min(bound, cap.toNanos());
    return bound == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(bound + 1));
  }
}
