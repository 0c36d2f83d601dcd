package dev.mim.testkit.explore;

import dev.mim.testkit.internal.Arguments;
import dev.mim.core.incident.IncidentState;
import java.util.function.Predicate;

/**
 * A host's invariant of its workflow, checked by the explorer after every command it decides.
 */
@FunctionalInterface
public interface StepInvariant {

  /**
   * @param step a command decided during the exploration, with the incident before and after it
   * @return true when the invariant holds
   */
  boolean holds(ExploredStep step);

  /**
   * @param invariant what every state reached must satisfy
   * @return the step invariant that checks the state after each step
   * @throws IllegalArgumentException when {@code invariant} is null
   */
  static StepInvariant ofState(Predicate<IncidentState> invariant) {
    Arguments.notNull("invariant", invariant);
    return step -> invariant.test(step.after().state());
  }
}
