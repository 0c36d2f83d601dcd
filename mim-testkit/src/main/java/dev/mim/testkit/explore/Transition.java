package dev.mim.testkit.explore;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentStatus;

/**
 * An accepted command's move in the lifecycle: from a status, by an action, to a status (the same one for an
 * action that keeps it). The lifecycle's table ({@link dev.mim.core.incident.Transitions}) lists the legal ones.
 *
 * @param from the status before
 * @param action the action's kind
 * @param to the status after
 */
public record Transition(IncidentStatus from, ActionKind action, IncidentStatus to) {

  @Override
  public String toString() {
    return from + " --" + action + "--> " + to;
  }
}
