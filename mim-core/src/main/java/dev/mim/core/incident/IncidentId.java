package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The identifier of an incident, as the host's ticketing system knows it (a major incident or a child incident).
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record IncidentId(@JsonValue String value) implements Comparable<IncidentId> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public IncidentId {
    Checks.id("incidentId", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IncidentId of(String value) {
    return new IncidentId(value);
  }

  @Override
  public int compareTo(IncidentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
