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

  /** @throws NullPointerException when a value is null */
  public Violation {
    path = List.copyOf(path);
  }

  @Override
  public String toString() {
    return "invariant \"" + invariant + "\" broken after " + path.size() + " command" + (path.size() == 1 ? "" : "s")
        + " from " + Describe.state(root) + ":\n" + Describe.commands(path) + "  " + detail;
  }
}
