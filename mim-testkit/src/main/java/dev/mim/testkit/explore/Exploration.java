package dev.mim.testkit.explore;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Transitions;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an exploration reached and found.
 *
 * @param depth how many commands deep it went from each starting incident
 * @param states the distinct states reached (see {@link WorkflowExplorer} for what makes two states one)
 * @param decided the commands decided
 * @param accepted of those, the ones accepted
 * @param combinations the distinct commands' actions tried (a kind with its parameters), across all states
 * @param seed the seed the parameter combinations beyond the enumerated ones were drawn with
 * @param statuses the statuses reached
 * @param transitions the transitions accepted commands made
 * @param violations the first violation of each invariant broken, each with the shortest path found
 * @param truncated true when it stopped taking new states at its bound, so that it did not go everywhere
 * @param elapsed how long it took, by the testkit's own clock
 */
public record Exploration(int depth, long states, long decided, long accepted, long combinations, long seed,
    Set<IncidentStatus> statuses,
    Set<Transition> transitions, List<Violation> violations, boolean truncated, Duration elapsed) {

  /** Copies the collections. */
  public Exploration {
    statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses.isEmpty()
        ? EnumSet.noneOf(IncidentStatus.class) : statuses));
    transitions = Set.copyOf(transitions);
    violations = List.copyOf(violations);
  }

  /** @return every transition the lifecycle's table allows, in the table's order */
  public static Set<Transition> legalTransitions() {
    Set<Transition> legal = new LinkedHashSet<>();
    for (IncidentStatus from : IncidentStatus.values()) {
      for (ActionKind action : Transitions.legalActions(from)) {
        legal.add(new Transition(from, action, Transitions.target(from, action)));
      }
    }
    return Collections.unmodifiableSet(legal);
  }

  /** @return the legal transitions the exploration did not make, sorted */
  public Set<Transition> transitionsMissed() {
    Set<Transition> missed = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    missed.addAll(legalTransitions());
    missed.removeAll(transitions);
    return missed;
  }

  /**
   * @throws AssertionError listing every violation, each with its shortest path, when there is one
   */
  public void assertNoViolations() {
    if (!violations.isEmpty()) {
      StringBuilder out = new StringBuilder(violations.size() + " invariant(s) broken (explorer seed " + seed
          + ", WorkflowExplorer.seed(" + seed + "L) or -D" + WorkflowExplorer.SEED_PROPERTY + "=" + seed
          + " explores the same commands):\n");
      violations.forEach(v -> out.append(v).append('\n'));
      throw new AssertionError(out.toString());
    }
  }

  /** @return the figures in one line: states, commands, statuses, transitions of the legal ones, time */
  public String summary() {
    return "depth " + depth + ": " + states + " states, " + decided + " commands decided (" + accepted
        + " accepted), " + combinations + " parameter combinations (seed " + seed + "), " + statuses.size() + " of " + IncidentStatus.values().length + " statuses, "
        + (legalTransitions().size() - transitionsMissed().size()) + " of " + legalTransitions().size()
        + " legal transitions, " + violations.size() + " violations" + (truncated ? ", truncated" : "") + ", "
        + elapsed.toMillis() + " ms";
  }
}
