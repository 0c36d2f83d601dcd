package dev.mim.core.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The identifier of a business service in the host's service catalogue.
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record ServiceId(@JsonValue String value) implements Comparable<ServiceId> {

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public ServiceId {
    Checks.id("serviceId", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public int compareTo(ServiceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
