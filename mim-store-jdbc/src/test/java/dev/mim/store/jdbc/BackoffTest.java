package dev.mim.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The wait between a command handler's attempts on a shared store: random, doubling its bound per retry, never past the cap. */
class BackoffTest {

  private static final Duration BASE = Duration.ofMillis(2);
  private static final Duration CAP = Duration.ofMillis(100);

  @Test
  void eachWaitIsJitteredWithinABoundThatDoublesUpToTheCap() {
    SplittableRandom random = new SplittableRandom(7);
    for (int retry = 1; retry <= 12; retry++) {
      long bound = Math.min(BASE.toNanos() << (retry - 1), CAP.toNanos());
      Set<Duration> seen = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        Duration wait = new JitteredBackoff(BASE, CAP).waitBefore(retry, random);
        assertTrue(!wait.isNegative() && wait.toNanos() <= bound, retry + ": " + wait + " past " + bound);
        seen.add(wait);
      }
      assertTrue(seen.size() > 100, "jittered, not one wait: " + seen.size());
    }
    assertEquals(Duration.ZERO, new JitteredBackoff(Duration.ZERO, Duration.ZERO).waitBefore(5, random));
  }

  @Test
  void aBadBackoffIsRefusedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new JitteredBackoff(CAP, BASE)).getMessage()
        .startsWith("backoff must be from zero up, its cap not below it, were PT0.1S, PT0.002S"));
    assertThrows(IllegalArgumentException.class, () -> new JitteredBackoff(Duration.ofMillis(-1), CAP));
  }
}
