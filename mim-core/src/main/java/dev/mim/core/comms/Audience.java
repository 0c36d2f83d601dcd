package dev.mim.core.comms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * A group of stakeholders who are kept informed during a major incident. Five audiences come with mim;
 * a host may name its own with {@link #of}. Serialised to JSON as its plain name.
 *
 * @param name the audience's name: not blank, at most 128 characters; compared exactly
 */
public record Audience(@JsonValue String name) implements Comparable<Audience> {

  /** Senior management and business owners. */
  public static final Audience EXECUTIVES = new Audience("executives");

  /** The service desk, which answers the users who call in. */
  public static final Audience SERVICE_DESK = new Audience("service-desk");

  /** The customers or users affected by the incident. */
  public static final Audience AFFECTED_CUSTOMERS = new Audience("affected-customers");

  /** Technical teams not in the major incident team who need to know. */
  public static final Audience TECHNICAL_TEAMS = new Audience("technical-teams");

  /** A regulator or supervisory authority (for example under DORA or NIS2). */
  public static final Audience REGULATOR = new Audience("regulator");

  /**
   * Creates the audience.
   *
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public Audience {
    Checks.id("audience", name);
  }

  /**
   * Returns the audience named {@code name}, one of mim's or the host's own.
   *
   * @param name the audience's name
   * @return the audience
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Audience of(String name) {
    return new Audience(name);
  }

  @Override
  public int compareTo(Audience other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
