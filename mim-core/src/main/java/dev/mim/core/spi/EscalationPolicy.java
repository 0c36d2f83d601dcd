package dev.mim.core.spi;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.IncidentState;
import java.time.Instant;
import java.util.List;

/**
 * Decides which escalations an incident is owed at an instant. mim-policies ships rule-based plans and presets
 * shaped like PagerDuty, Opsgenie and ServiceNow; hosts may write their own.
 *
 * <h2>Laws</h2>
 * An implementation is pure: the answer depends only on the incident's state, the instant and the policy, never on
 * how often or in which order it is asked. With no new event, the highest level due never goes down as time passes;
 * nothing is due after restoration except an uncompleted review; repeats are bounded; held escalations' clocks stop
 * for exactly as long as they are held ({@link dev.mim.core.escalation.EscalationClock} does the arithmetic).
 * mim-testkit's {@code PolicyContracts.escalation} checks all but the last.
 * The decider asks it when a sent escalation is recorded, guarded: an exception, a null or a list holding null is
 * a {@code policy-failed} refusal, logged once.
 */
@FunctionalInterface
public interface EscalationPolicy {

  /**
   * Returns the escalations {@code incident} is owed at {@code at}: those fallen due and not yet sent, and the next
   * one of each condition that holds.
   *
   * @param incident the incident's state
   * @param at the instant asked about
   * @return the escalations, earliest due first; empty when none
   */
  List<Escalation> due(IncidentState incident, Instant at);

  /** @return the policy under which nothing ever escalates: mim-core's default */
  static EscalationPolicy none() {
    return (incident, at) -> List.of();
  }
}
