package dev.mim.core.handling;

import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.Decision;
import org.jspecify.annotations.Nullable;

/**
 * What became of a command given to a {@link CommandHandler}: stored, refused by the decider, or not stored after
 * other writers kept appending first.
 */
public sealed interface Handled permits Handled.Stored, Handled.Refused, Handled.NotStored {

  /** @return how many times the command was decided */
  int attempts();

  /** @return the conflict of the last attempt that met one; null when none did */
  @Nullable Conflict lastConflict();

  /** @return how many attempts met another writer's append */
  int conflicts();

  /** @return the decision of the last attempt: accepted (stored or not) or refused */
  Decision decision();

  /** @return whether the command's events are stored */
  default boolean stored() {
    return this instanceof Stored;
  }

  /**
   * The decider accepted the command and its events are stored.
   *
   * @param decision the decision, whose events are stored
   * @param attempts how many times it was decided
   * @param lastConflict the conflict of the last attempt that met one; null when none did
   */
  record Stored(Decision.Accepted decision, int attempts, @Nullable Conflict lastConflict) implements Handled {
    /** @throws IllegalArgumentException when the decision is null or attempts below 1 */
    public Stored {
      Checks.notNull("decision", decision);
      Checks.between("attempts", attempts, 1, Integer.MAX_VALUE);
    }

    @Override
    public int conflicts() {
      return attempts - 1;
    }
  }

  /**
   * The decider refused the command; nothing is stored.
   *
   * @param decision the refusal
   * @param attempts how many times it was decided
   * @param lastConflict the conflict of the last attempt that met one; null when none did
   */
  record Refused(Decision.Rejected decision, int attempts, @Nullable Conflict lastConflict) implements Handled {
    /** @throws IllegalArgumentException when the decision is null or attempts below 1 */
    public Refused {
      Checks.notNull("decision", decision);
      Checks.between("attempts", attempts, 1, Integer.MAX_VALUE);
    }

    @Override
    public int conflicts() {
      return attempts - 1;
    }
  }

  /**
   * Every attempt met another writer's append: nothing is stored. Handling the command again later may succeed.
   *
   * @param decision the last decision made, accepted but not stored
   * @param attempts how many times it was decided: all that were allowed
   * @param lastConflict the last attempt's conflict
   */
  record NotStored(Decision.Accepted decision, int attempts, Conflict lastConflict) implements Handled {
    /** @throws IllegalArgumentException when a field is null or attempts below 1 */
    public NotStored {
      Checks.notNull("decision", decision);
      Checks.between("attempts", attempts, 1, Integer.MAX_VALUE);
      Checks.notNull("lastConflict", lastConflict);
    }

    @Override
    public int conflicts() {
      return attempts;
    }
  }
}
