package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;

/**
 * Whom an escalation pages: a person, everyone holding a role, a resolver group, or whoever an on-call schedule
 * names at the time. In JSON a target carries its kind in {@code "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EscalationTarget.Person.class, name = "Person"),
    @JsonSubTypes.Type(value = EscalationTarget.Holders.class, name = "Role"),
    @JsonSubTypes.Type(value = EscalationTarget.Group.class, name = "Group"),
    @JsonSubTypes.Type(value = EscalationTarget.OnCall.class, name = "OnCall"),
})
public sealed interface EscalationTarget {

  /**
   * @param actor a person
   * @return that person as a target
   */
  static EscalationTarget person(Actor actor) {
    return new Person(actor);
  }

  /**
   * @param role a role
   * @return everyone holding it, as a target
   */
  static EscalationTarget role(Role role) {
    return new Holders(role);
  }

  /**
   * @param group a resolver group
   * @return that group, as a target
   */
  static EscalationTarget group(ResolverGroup group) {
    return new Group(group);
  }

  /**
   * @param schedule the on-call schedule's name
   * @return whoever it names at the time, as a target
   */
  static EscalationTarget onCall(String schedule) {
    return new OnCall(schedule);
  }

  /**
   * For JSON readers only: refuses a property the target does not have.
   *
   * @param name the property read
   * @param value its value
   * @throws IllegalArgumentException always, naming the property
   */
  @JsonAnySetter
  default void unknownProperty(String name, Object value) {
    Checks.unknownProperty(getClass().getSimpleName(), name);
  }

  /**
   * A person.
   *
   * @param actor the person
   */
  record Person(Actor actor) implements EscalationTarget {
    /** @throws IllegalArgumentException when {@code actor} is null */
    public Person {
      Checks.notNull("actor", actor);
    }

    @Override
    public String toString() {
      return actor.toString();
    }
  }

  /**
   * Everyone holding a role.
   *
   * @param role the role
   */
  record Holders(Role role) implements EscalationTarget {
    /** @throws IllegalArgumentException when {@code role} is null */
    public Holders {
      Checks.notNull("role", role);
    }

    @Override
    public String toString() {
      return "role " + role;
    }
  }

  /**
   * A resolver group.
   *
   * @param group the group
   */
  record Group(ResolverGroup group) implements EscalationTarget {
    /** @throws IllegalArgumentException when {@code group} is null */
    public Group {
      Checks.notNull("group", group);
    }

    @Override
    public String toString() {
      return "group " + group;
    }
  }

  /**
   * Whoever an on-call schedule names at the time.
   *
   * @param schedule the schedule's name, as the host knows it
   */
  record OnCall(String schedule) implements EscalationTarget {
    /** @throws IllegalArgumentException when {@code schedule} is null, blank or too long */
    public OnCall {
      Checks.id("schedule", schedule);
    }

    @Override
    public String toString() {
      return "on call in " + schedule;
    }
  }
}
