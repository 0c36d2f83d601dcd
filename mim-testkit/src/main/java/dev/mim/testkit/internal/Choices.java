package dev.mim.testkit.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where the parameters of an action come from: drawn at random by the generators, enumerated by the explorer.
 * Every choice is an index below a bound, so that a shrinking search moves each one towards its first option.
 */
public interface Choices {

  /**
   * @param options how many options there are; at least 1
   * @return the index of the option taken, from 0 to {@code options - 1}
   */
  int pick(int options);

  /**
   * @param options the options; not empty
   * @param <T> their type
   * @return the option taken
   */
  default <T> T pick(List<T> options) {
    return options.get(pick(options.size()));
  }

  /**
   * A text the practice requires. Drawn at random it is now and then left out (null) or blank, so that the refusal
   * of a missing text happens too; enumerated it is always given.
   *
   * @param text the text when given
   * @return the text, null or blank
   */
  String required(String text);

  /** @return the choices of the explorer's {@code variant}: every pick is {@code variant} modulo its bound */
  static Choices variant(int variant) {
    return new Choices() {
      @Override
      public int pick(int options) {
        return variant % options;
      }

      @Override
      public String required(String text) {
        return text;
      }
    };
  }

  /**
   * @param picks the index of each pick in turn; a pick beyond them takes the first option
   * @return the choices that take {@code picks[i]} (modulo its bound) at the {@code i}-th pick, texts always given
   */
  static Choices of(int... picks) {
    int[] copy = picks.clone();
    return new Choices() {
      private int next;

      @Override
      public int pick(int options) {
        int i = next++;
        return i < copy.length ? copy[i] % options : 0;
      }

      @Override
      public String required(String text) {
        return text;
      }
    };
  }

  /** @return choices drawn from {@code random} */
  static Choices drawnFrom(RandomGenerator random) {
    return new Choices() {
      @Override
      public int pick(int options) {
        return options == 1 ? 0 : random.nextInt(options);
      }

      @Override
      public String required(String text) {
        int r = random.nextInt(24);
        return r == 22 ? null : r == 23 ? " " : text;
      }
    };
  }
}
