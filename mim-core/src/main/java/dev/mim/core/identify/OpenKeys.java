package dev.mim.core.identify;

import dev.mim.core.internal.Checks;
import java.util.Set;

/**
 * What the host already has open: a detector makes no proposal for a key while a candidate or major incident for
 * it is open.
 */
@FunctionalInterface
public interface OpenKeys {

  /**
   * @param key a signal key
   * @return true when a candidate or major incident for that key is open
   */
  boolean isOpen(String key);

  /** @return nothing is open */
  static OpenKeys none() {
    return key -> false;
  }

  /**
   * @param keys the open keys
   * @return those keys are open
   * @throws IllegalArgumentException when {@code keys} is null or holds null
   */
  static OpenKeys of(Set<String> keys) {
    Set<String> fixed = Set.copyOf(Checks.noNulls("keys", keys));
    return fixed::contains;
  }
}
