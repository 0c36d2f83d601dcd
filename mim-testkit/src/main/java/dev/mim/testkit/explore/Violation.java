package dev.mim.testkit.explore;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.testkit.internal.Describe;
import java.util.List;

/**
 * An invariant broken during an exploration, with the shortest command path to it that the breadth-first search
 * found.
 *
 * @param invariant the invariant's name
 * @param root the state the path starts from
 * @param path the commands from {@code root}, the last one the step that broke it
 * @param detail what was seen
 */
public record Violation(String invariant, IncidentState root, List<IncidentCommand> path, String detail) {

  /** Copies the collections. */
  public Violation {
    path = List.copyOf(path);
  }

  /**
   * @return how many commands from a new incident reproduce it: those that made the root (one per event) and the
   *     path; counted as {@link dev.mim.testkit.contract.ContractViolation#steps()} counts them
   */
  public int steps() {
    return Math.toIntExact(root.version()) + path.size();
  }

  @Override
  public String toString() {
    return "invariant \"" + invariant + "\" broken after " + path.size() + " command" + (path.size() == 1 ? "" : "s")
        + " from " + Describe.state(root) + " (" + steps() + " from a new incident):\n" + Describe.commands(path)
        + "  " + detail;
  }
}
