package dev.mim.spring.boot;

import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.DecisionListener;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Decision;
import java.util.List;

/**
 * The application's decision listeners as one, told in bean order. The command handler guards the one it is given,
 * so a listener that throws stops the ones after it for that call only; it is told to the tenant's policy failures.
 */
final class DecisionListeners implements DecisionListener {

  private final List<DecisionListener> listeners;

  private DecisionListeners(List<DecisionListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  static DecisionListener of(List<DecisionListener> listeners) {
    return listeners.size() == 1 ? listeners.get(0) : new DecisionListeners(listeners);
  }

  @Override
  public void deciding(IncidentCommand command) {
    listeners.forEach(l -> l.deciding(command));
  }

  @Override
  public void decided(IncidentCommand command, Decision decision) {
    listeners.forEach(l -> l.decided(command, decision));
  }

  @Override
  public void conflicted(IncidentCommand command, Conflict conflict) {
    listeners.forEach(l -> l.conflicted(command, conflict));
  }

  @Override
  public void handled(IncidentCommand command, Handled handled) {
    listeners.forEach(l -> l.handled(command, handled));
  }

  @Override
  public String toString() {
    return "DecisionListeners" + listeners;
  }
}
