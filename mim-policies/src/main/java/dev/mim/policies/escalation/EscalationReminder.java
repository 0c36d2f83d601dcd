package dev.mim.policies.escalation;

import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import java.time.Instant;
import java.util.List;

/**
 * A reminder to the targets of a level already paged, whose condition still holds ({@link EscalationPlan#reminders}).
 *
 * @param condition the condition
 * @param level the level paged
 * @param number which reminder of that level, from 1
 * @param targets whom to remind: the level's targets (its one in turn, in round robin)
 * @param dueAt when it is due
 * @param overdue whether {@code dueAt} has passed
 */
public record EscalationReminder(EscalationCondition condition, int level, int number,
    List<EscalationTarget> targets, Instant dueAt, boolean overdue) {

  /** Copies the targets. */
  public EscalationReminder {
    targets = List.copyOf(targets);
  }
}
