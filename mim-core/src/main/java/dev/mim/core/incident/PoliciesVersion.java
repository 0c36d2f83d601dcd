package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;

/**
 * Which policy set, at which version: recorded on each event decided under a policy set that has one (one read from
 * a versioned document, as mim-config's are), so that an audit can say which rules applied.
 *
 * <p>JSON shape: {@code {"id":"acme","version":3}}.
 *
 * @param id the policy set's id (a tenant's, a preset's); not blank, at most 128 characters
 * @param version its version, 1 or more
 */
public record PoliciesVersion(String id, long version) {

  /** @throws IllegalArgumentException when the id is null, blank or too long, or the version below 1 */
  public PoliciesVersion {
    Checks.id("id", id);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }

  /** Reads the JSON form strictly: the version a whole number, both fields required. */
  @JsonCreator
  private static PoliciesVersion fromJson(@JsonProperty("id") String id, @JsonProperty("version") Object version) {
    return new PoliciesVersion(id, Checks.wholeNumber("version", version));
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("PoliciesVersion", name);
  }

  /** @return {@code acme v3} */
  @Override
  public String toString() {
    return id + " v" + version;
  }
}
