package dev.mim.core.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * A technical resolver group (TRG): the team that diagnoses and fixes, by the host's identifier for it.
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record ResolverGroup(@JsonValue String value) implements Comparable<ResolverGroup> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public ResolverGroup {
    Checks.id("resolverGroup", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResolverGroup of(String value) {
    return new ResolverGroup(value);
  }

  @Override
  public int compareTo(ResolverGroup other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
