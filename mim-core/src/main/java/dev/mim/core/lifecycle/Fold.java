package dev.mim.core.lifecycle;

import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.TriageFact;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fold of the event-sourced lifecycle: the state after an event. Stored events are untrusted input, so every
 * event is checked against the state it follows, by the {@link Envelope} and by the rules of the fact's stage,
 * before it is applied; a breach throws an {@link IllegalArgumentException} naming the event's sequence, the field
 * and the rule. This class only dispatches: each stage's rules class checks and folds its own facts.
 */
final class Fold {

  /** Sends each fact to the rules of its stage, which check it against the history and fold it. */
  private static final Fact.Visitor<Step, @Nullable IncidentState> BY_STAGE = new Fact.Visitor<>() {
    @Override
    public @Nullable IncidentState identification(IdentificationFact fact, Step step) {
      return fact.accept(IdentificationRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState triage(TriageFact fact, Step step) {
      return fact.accept(TriageRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState containment(ContainmentFact fact, Step step) {
      return fact.accept(ContainmentRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState resolution(ResolutionFact fact, Step step) {
      return fact.accept(ResolutionRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState maintenance(MaintenanceFact fact, Step step) {
      return fact.accept(MaintenanceRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState communication(CommunicationFact fact, Step step) {
      return fact.accept(CommunicationRules.EVOLVE, step);
    }

    @Override
    public @Nullable IncidentState escalation(EscalationFact fact, Step step) {
      return fact.accept(EscalationRules.EVOLVE, step);
    }
  };

  private Fold() {}

  /**
   * Checks the step's event against the state before it and applies it.
   *
   * @return the next state, or null when a rule refused (only a {@link Verdict} collects refusals; a replay
   *     throws)
   */
  static @Nullable IncidentState apply(Step step) {
    return step.event().fact().accept(BY_STAGE, step);
  }

  /** Checks {@code event} against {@code state}, then applies it; throws at the first breach. */
  static IncidentState evolve(IncidentState state, IncidentEvent event, Replay replay) {
    try {
      Envelope.of(state, event, replay);
      replay.at(state, event);
      return apply(replay);
    } catch (IllegalArgumentException breach) {
      throw new IllegalArgumentException("event " + event.sequence() + " of incident " + event.incidentId()
          + " (" + event.fact().kind() + "): " + breach.getMessage(), breach);
    }
  }

  /** The step of a replay: throws at the first breach, naming the fact's field. */
  static final class Replay extends Step {
    @Override
    public void refuse(ViolationCode code, String field, Supplier<String> message) {
      refuseAt(code, field == null ? null : "fact." + field, message);
    }

    @Override
    public void refuseAt(ViolationCode code, String path, Supplier<String> message) {
      throw new IllegalArgumentException((path == null ? "" : path + ": ") + code.code() + ": " + message.get());
    }

    @Override
    boolean refused() {
      return false;
    }
  }
}
