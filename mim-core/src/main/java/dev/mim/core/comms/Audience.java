package dev.mim.core.comms;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;

/**
 * A group of stakeholders who are kept informed during a major incident. Five audiences come with mim; a host
 * may define its own with {@link #internal} or {@link #external} and reuse the same value throughout.
 *
 * <p>An <em>external</em> audience (customers, a regulator) is outside the organisation: updates to it must not
 * carry internal-only content (see {@link StakeholderUpdate}).
 *
 * @param name the audience's name: not blank, at most 128 characters
 * @param external whether it is outside the organisation
 */
public record Audience(String name, @JsonProperty(required = true) boolean external)
    implements Comparable<Audience> {

  /** Senior management and business owners. */
  public static final Audience EXECUTIVES = internal("executives");

  /** The service desk, which answers the users who call in. */
  public static final Audience SERVICE_DESK = internal("service-desk");

  /** The customers or users affected by the incident. External. */
  public static final Audience AFFECTED_CUSTOMERS = external("affected-customers");

  /** Technical teams not in the major incident team who need to know. */
  public static final Audience TECHNICAL_TEAMS = internal("technical-teams");

  /** A regulator or supervisory authority (for example under DORA or NIS2). External. */
  public static final Audience REGULATOR = external("regulator");

  /**
   * Stands, in a {@link CommunicationPlan}, for the subscribers of an incident's affected services (the service
   * catalogue's {@code subscribers}): its entry at a priority is the plan of every subscriber audience the plan
   * does not name itself. It is never owed an update itself.
   */
  public static final Audience SUBSCRIBERS = internal("subscribers");

  /**
   * Creates the audience.
   *
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public Audience {
    Checks.id("audience", name);
  }

  /**
   * An audience inside the organisation.
   *
   * @param name its name
   * @return the audience
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public static Audience internal(String name) {
    return new Audience(name, false);
  }

  /**
   * An audience outside the organisation, to which no internal-only content may go.
   *
   * @param name its name
   * @return the audience
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public static Audience external(String name) {
    return new Audience(name, true);
  }

  @JsonAnySetter
  private void unknownProperty(String key, Object value) {
    Checks.unknownProperty("Audience", key);
  }

  /** Orders by name, then internal before external. */
  @Override
  public int compareTo(Audience other) {
    int c = name.compareTo(other.name);
    return c != 0 ? c : Boolean.compare(external, other.external);
  }

  @Override
  public String toString() {
    return name;
  }
}
