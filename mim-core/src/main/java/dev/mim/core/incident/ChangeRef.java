package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The reference of a change (request for change) in the host's change-management system.
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record ChangeRef(@JsonValue String value) implements Comparable<ChangeRef> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public ChangeRef {
    Checks.id("change", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ChangeRef of(String value) {
    return new ChangeRef(value);
  }

  @Override
  public int compareTo(ChangeRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
