package dev.mim.core.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * A role in major incident management, which decides what an actor may do. mim names the practice's roles; a host
 * may define its own with {@link #of}. An actor holds a role globally (the host's directory says so) or in one
 * incident (its manager, a member of its team).
 *
 * <p>Serialised to JSON as a plain string.
 *
 * @param name the role's name: not blank, at most 128 characters
 */
public record Role(@JsonValue String name) implements Comparable<Role> {

  /** Service desk agents: log and link tickets, raise candidates, act for the manager out of hours. */
  public static final Role SERVICE_DESK_AGENT = new Role("service-desk-agent");

  /** The Major Incident Manager, who coordinates. */
  public static final Role MAJOR_INCIDENT_MANAGER = new Role("major-incident-manager");

  /** A member of a technical resolver group, who diagnoses and fixes. */
  public static final Role RESOLVER = new Role("resolver");

  /** Drafts and sends stakeholder communications. */
  public static final Role COMMUNICATIONS_LEAD = new Role("communications-lead");

  /** Runs the post-incident review and owns the problem record. */
  public static final Role PROBLEM_MANAGER = new Role("problem-manager");

  /** Watches; may do nothing. */
  public static final Role OBSERVER = new Role("observer");

  /** The host's own automation: monitoring, integrations, the escalation engine. */
  public static final Role AUTOMATION = new Role("automation");

  /**
   * Creates the role.
   *
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  public Role {
    Checks.id("role", name);
  }

  /**
   * A role, one of mim's or the host's own.
   *
   * @param name the role's name
   * @return the role
   * @throws IllegalArgumentException when {@code name} is null, blank or longer than 128 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Role of(String name) {
    return new Role(name);
  }

  @Override
  public int compareTo(Role other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
