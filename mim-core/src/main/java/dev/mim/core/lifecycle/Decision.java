package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import java.util.List;

/**
 * What the decider answered to a command: {@link Accepted} with the events it causes, or {@link Rejected} with
 * the reasons. A refusal is a value, never an exception.
 */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  /** @return the events caused; empty when rejected */
  List<IncidentEvent> events();

  /** @return the state after the events; the unchanged state when rejected */
  IncidentState state();

  /** @return true for {@link Accepted} */
  boolean isAccepted();

  /**
   * The command was accepted.
   *
   * @param events the events it causes, to be persisted by the host in this order
   * @param state the state after them; its {@code version()} is the new version
   * @param advisories remarks worth showing; may be empty
   */
  record Accepted(List<IncidentEvent> events, IncidentState state, List<Advisory> advisories) implements Decision {
    /** Copies the lists. */
    public Accepted {
      events = List.copyOf(events);
      advisories = List.copyOf(advisories);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The command was refused: nothing happened.
   *
   * @param state the state, unchanged
   * @param violations why, at least one
   */
  record Rejected(IncidentState state, List<Violation> violations) implements Decision {
    /** Copies the list. */
    public Rejected {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("violations must not be empty");
      }
    }

    @Override
    public List<IncidentEvent> events() {
      return List.of();
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /**
     * Tells whether one of the violations has {@code code}.
     *
     * @param code a code
     * @return true when refused (also) for that reason
     */
    public boolean has(ViolationCode code) {
      for (Violation v : violations) {
        if (v.code() == code) {
          return true;
        }
      }
      return false;
    }
  }
}
