package dev.mim.testkit.internal;

/** The testkit's argument checks: a bad value is an {@link IllegalArgumentException} naming it, as everywhere in mim. */
public final class Arguments {

  private Arguments() {}

  /**
   * @param name the argument's name
   * @param value its value
   * @param <T> its type
   * @return {@code value}
   * @throws IllegalArgumentException when {@code value} is null
   */
  public static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
