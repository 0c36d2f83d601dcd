package dev.mim.testkit.contract;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One law of a contract: its name as the interface's Javadoc states it, and a check of one example that throws an
 * {@link AssertionError} saying what went wrong when the law does not hold.
 *
 * @param name the law
 * @param check the check of one example
 * @param <C> the examples it is checked on
 */
record Law<C>(String name, Consumer<C> check) {

  /** Fails the check with {@code message} unless {@code holds}. */
  static void require(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }

  /** @return true when {@code values} holds a null (asked without {@code contains(null)}, which some lists refuse) */
  static boolean holdsNull(Iterable<?> values) {
    for (Object v : values) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code call}, turning an exception into a failure that names what was asked. */
  static <T> T total(String asked, Supplier<T> call) {
    T answer;
    try {
      answer = call.get();
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(asked + " threw " + e, e);
    }
    if (answer == null) {
      throw new AssertionError(asked + " returned null");
    }
    return answer;
  }
}
