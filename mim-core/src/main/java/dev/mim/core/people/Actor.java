package dev.mim.core.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * Who did something: a person or an automated agent, by the host's identifier for it.
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record Actor(@JsonValue String value) implements Comparable<Actor> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public Actor {
    Checks.id("actor", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Actor of(String value) {
    return new Actor(value);
  }

  @Override
  public int compareTo(Actor other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
