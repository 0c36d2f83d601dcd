package dev.mim.testkit.generate;

import dev.mim.testkit.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Makes random values from a source of randomness: the same draws give the same value, so a seed reproduces it.
 * Plain Java, free of any property-testing tool: drive it from a JUnit loop with a seeded {@link SplittableRandom},
 * from QuickTheories through {@link dev.mim.testkit.quicktheories.MimGen}, or from any tool that hands out a
 * {@link RandomGenerator}.
 *
 * <p>Generators draw only bounded numbers ({@code nextInt(bound)}), so that a shrinking search that lowers each
 * draw towards zero moves each choice towards its first, simplest option.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * @param random where the draws come from
   * @return a value; never null
   */
  T next(RandomGenerator random);

  /**
   * @param mapping how to turn a value into another
   * @param <R> the other type
   * @return a generator of the mapped values
   * @throws IllegalArgumentException when {@code mapping} is null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapping) {
    Arguments.notNull("mapping", mapping);
    return random -> mapping.apply(next(random));
  }

  /**
   * The first {@code count} values from a {@link SplittableRandom} seeded with {@code seed}: the same seed gives
   * the same values on every machine and run.
   *
   * @param seed the seed
   * @param count how many; zero or more
   * @return the values
   * @throws IllegalArgumentException when {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    RandomGenerator random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return values;
  }
}
