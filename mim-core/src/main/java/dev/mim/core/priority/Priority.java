package dev.mim.core.priority;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * The priority of an incident, P1 (most severe) to P{@value #MAX_LEVEL}, derived from impact and urgency by a
 * {@link PriorityMatrix}. Serialised to JSON as the plain level number.
 *
 * @param level from 1 (P1, most severe) to {@value #MAX_LEVEL}
 */
public record Priority(@JsonValue int level) implements Comparable<Priority> {

  /** The largest priority level any matrix may produce. */
  public static final int MAX_LEVEL = 9;

  /**
   * Creates the priority.
   *
   * @throws IllegalArgumentException when {@code level} is not between 1 and {@value #MAX_LEVEL}
   */
  public Priority {
    Checks.between("priority", level, 1, MAX_LEVEL);
  }

  /**
   * Returns priority P{@code level}.
   *
   * @param level from 1 to {@value #MAX_LEVEL}
   * @return the priority
   * @throws IllegalArgumentException when {@code level} is out of range
   */
  public static Priority of(int level) {
    return new Priority(level);
  }

  /**
   * Tells whether this priority is at least as severe as {@code other} (P1 is at least as severe as P2).
   *
   * @param other the priority to compare with
   * @return true when this level is lower than or equal to the other's
   */
  public boolean isAtLeast(Priority other) {
    return level <= other.level;
  }

  /** Orders from the most severe (P1) to the least. */
  @Override
  public int compareTo(Priority other) {
    return Integer.compare(level, other.level);
  }

  @Override
  public String toString() {
    return "P" + level;
  }

  /** JSON gives the level as a whole number only: a fraction, a text or anything else is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Priority fromJson(Object level) {
    return of(Checks.wholeInt("priority", level));
  }
}
