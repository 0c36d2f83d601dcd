/**
 * Escalation: what an incident is owed when a step of its lifecycle does not happen in time
 * ({@link dev.mim.core.escalation.Escalation}), and the clocks that escalation policies read from the incident's
 * state ({@link dev.mim.core.escalation.EscalationClock}). Policies are in {@code spi} and, ready-made, in
 * mim-policies.
 */
@NullMarked
package dev.mim.core.escalation;

import org.jspecify.annotations.NullMarked;
