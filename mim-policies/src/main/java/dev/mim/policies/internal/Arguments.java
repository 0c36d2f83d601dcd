package dev.mim.policies.internal;

import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the policies; every refusal names the field. Not exported. */
public final class Arguments {

  private Arguments() {}

  /**
   * @param field the field's name, for the message
   * @param value its value
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException when it is null
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Whether a collection holds null. Unlike {@code contains(null)}, safe on the collections of {@code List.of} and
   * {@code Set.of}, which throw on it.
   *
   * @param values a collection, not null
   * @return true when one of its elements is null
   */
  public static boolean holdsNull(Collection<?> values) {
    return values.stream().anyMatch(Objects::isNull);
  }
}
