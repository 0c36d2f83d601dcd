package dev.mim.testkit.quicktheories;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} over QuickTheories' source of draws. Each bounded draw is one constrained draw whose
 * shrink point is its lowest value, so that when QuickTheories shrinks a failing example it moves each of a
 * generator's choices towards its first option, and a shorter list is simply fewer draws.
 */
final class SourceRandom implements RandomGenerator {

  private final RandomnessSource source;

  SourceRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE).withShrinkPoint(0));
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) source.next(Constraint.between(0, bound - 1L).withShrinkPoint(0));
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (bound <= origin) {
      throw new IllegalArgumentException("bound must be above origin (" + origin + "), was " + bound);
    }
    return (int) source.next(Constraint.between(origin, bound - 1L).withShrinkPoint(origin));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return source.next(Constraint.between(0, bound - 1).withShrinkPoint(0));
  }

  @Override
  public boolean nextBoolean() {
    return nextInt(2) == 1;
  }

  @Override
  public double nextDouble() {
    return nextLong(1L << 53) * 0x1.0p-53;
  }
}
