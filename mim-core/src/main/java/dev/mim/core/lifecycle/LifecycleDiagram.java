package dev.mim.core.lifecycle;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Transitions;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the lifecycle as a Mermaid state diagram, straight from the {@link Transitions} table: every move between
 * statuses is an arrow labelled with its action; the actions that keep a status are listed in a note beside it.
 * The project keeps a generated copy in {@code docs/lifecycle.md} and in the README, checked by a test.
 */
public final class LifecycleDiagram {

  private LifecycleDiagram() {}

  /** @return the Mermaid {@code stateDiagram-v2} source, one line per element, ending with a newline */
  public static String mermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (IncidentStatus s : IncidentStatus.values()) {
      if (s != IncidentStatus.NONE) {
        out.append("    ").append(s).append(" : ").append(s).append(" (").append(s.stage().label())
            .append(")\n");
      }
    }
    for (IncidentStatus from : IncidentStatus.values()) {
      for (ActionKind action : ActionKind.values()) {
        IncidentStatus to = Transitions.target(from, action);
        if (to != null && to != from) {
          out.append("    ").append(from == IncidentStatus.NONE ? "[*]" : from.name()).append(" --> ")
              .append(to).append(" : ").append(label(action)).append('\n');
        }
      }
      if (from.isTerminal()) {
        out.append("    ").append(from).append(" --> [*]\n");
      }
    }
    for (IncidentStatus s : IncidentStatus.values()) {
      List<String> stays = new ArrayList<>();
      for (ActionKind action : ActionKind.values()) {
        if (Transitions.target(s, action) == s) {
          stays.add(label(action));
        }
      }
      if (!stays.isEmpty()) {
        out.append("    note right of ").append(s).append(" : also ").append(String.join(", ", stays)).append('\n');
      }
    }
    return out.toString();
  }

  /** The action's record name, for example {@code ConfirmRestoration}. */
  static String label(ActionKind action) {
    return action.label();
  }
}
