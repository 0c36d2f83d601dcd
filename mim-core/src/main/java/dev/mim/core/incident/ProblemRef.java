package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The reference of a problem record in the host's problem-management system: where a review hands on its
 * root-cause analysis, or what an action item is linked to.
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record ProblemRef(@JsonValue String value) implements Comparable<ProblemRef> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public ProblemRef {
    Checks.id("problem", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ProblemRef of(String value) {
    return new ProblemRef(value);
  }

  @Override
  public int compareTo(ProblemRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
