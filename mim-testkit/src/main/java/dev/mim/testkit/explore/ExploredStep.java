package dev.mim.testkit.explore;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;

/**
 * One command the explorer decided.
 *
 * @param before the incident before it
 * @param command the command
 * @param decision the decider's decision
 * @param after the incident after it: {@code before} when refused
 */
public record ExploredStep(Incident before, IncidentCommand command, Decision decision, Incident after) {

  /** @return true when the command was accepted */
  public boolean accepted() {
    return decision.isAccepted();
  }
}
