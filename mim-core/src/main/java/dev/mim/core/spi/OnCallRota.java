package dev.mim.core.spi;

import dev.mim.core.people.Actor;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is on call at an instant: the rota an escalation target names ({@code EscalationTarget.onCall(name)}). A host
 * with its own rota (its on-call product, its HR system) implements this; mim-policies' {@code OnCallSchedule}
 * (layers, restrictions, overrides) is one implementation, and its {@code OnCallRoster} resolves targets over any.
 *
 * <h2>Laws</h2>
 * Pure and total: the same instant gets the same answer however often, and in whichever order, asked; never an
 * exception or a null. mim-testkit's {@code PolicyContracts.onCall} checks them on any implementation.
 */
public interface OnCallRota {

  /** @return the rota's name, as escalation targets name it; not blank */
  String name();

  /**
   * @param at an instant
   * @return who is on call then; empty when nobody is
   */
  Optional<Actor> onCallAt(Instant at);
}
