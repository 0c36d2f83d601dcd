package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The tenant an incident belongs to: the customer of a managed service provider, or {@link #DEFAULT} for a host
 * that serves one organisation. Set when the incident is identified; every command names it, and a command for
 * another tenant's incident is refused ({@code tenant-mismatch}).
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param value the identifier: not blank, at most 128 characters
 */
public record TenantId(@JsonValue String value) implements Comparable<TenantId> {

  /** The tenant of a host that serves one organisation, and of events stored before tenants existed. */
  public static final TenantId DEFAULT = new TenantId("default");

  /**
   * Creates the identifier.
   *
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  public TenantId {
    Checks.id("tenant", value);
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when {@code value} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
