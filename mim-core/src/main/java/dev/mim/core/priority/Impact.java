package dev.mim.core.priority;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;

/**
 * How widely an incident affects the business: users, sites, services.
 *
 * <p>Level 1 is the highest. A {@link PriorityMatrix} says how many levels it knows (3 to 5); a level
 * beyond that is refused when the matrix is consulted. Serialised to JSON as the plain level number.
 *
 * @param level from 1 (highest) to {@value #MAX_LEVEL}
 */
public record Impact(@JsonValue int level) implements Comparable<Impact> {

  /** The largest level any matrix may use. */
  public static final int MAX_LEVEL = 5;

  /** Level 1: the highest. */
  public static final Impact HIGH = new Impact(1);

  /** Level 2. */
  public static final Impact MEDIUM = new Impact(2);

  /** Level 3: the lowest of the ITIL three-level scale. */
  public static final Impact LOW = new Impact(3);

  /**
   * Creates the level.
   *
   * @throws IllegalArgumentException when {@code level} is not between 1 and {@value #MAX_LEVEL}
   */
  public Impact {
    Checks.between("impact", level, 1, MAX_LEVEL);
  }

  /**
   * Returns the level {@code level}.
   *
   * @param level from 1 (highest) to {@value #MAX_LEVEL}
   * @return the level
   * @throws IllegalArgumentException when {@code level} is out of range
   */
  public static Impact of(int level) {
    return new Impact(level);
  }

  /** Orders from the highest (level 1) to the lowest. */
  @Override
  public int compareTo(Impact other) {
    return Integer.compare(level, other.level);
  }

  @Override
  public String toString() {
    return "impact " + level;
  }

  /** JSON gives the level as a whole number only: a fraction, a text or anything else is refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Impact fromJson(Object level) {
    return of(Checks.wholeInt("impact", level));
  }
}
