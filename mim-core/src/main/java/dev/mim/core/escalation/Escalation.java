package dev.mim.core.escalation;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * An escalation an incident is owed: a level of a condition that has not been sent, whom it pages, why, and when it
 * falls due. The host sends it (a page, a call) and records it with the {@code RecordEscalation} command
 * ({@link #recordAction()}).
 *
 * <p><b>When to page:</b> when {@link #isDueAt isDueAt(now)} is true, that is from {@code dueAt} on, inclusive: the
 * decider accepts the record from that instant. {@link #overdue()} only says whether the instant asked about was
 * strictly after {@code dueAt} (a host paging exactly on time sees it false), for showing lateness, not for
 * deciding to page.
 *
 * @param condition what it is about
 * @param level its level, from 1; a repeat of a chain of levels counts on
 * @param targets whom it pages
 * @param reason why, in words (for example "not acknowledged within 5 min")
 * @param dueAt when it falls due
 * @param overdue whether the instant asked about is strictly after {@code dueAt}: for showing lateness; page on
 *     {@link #isDueAt}
 */
public record Escalation(EscalationCondition condition, int level, List<EscalationTarget> targets, String reason,
    Instant dueAt, boolean overdue) {

  /** @throws IllegalArgumentException when a field is null, the level below 1 or the targets empty */
  public Escalation {
    Checks.notNull("condition", condition);
    Checks.between("level", level, 1, Integer.MAX_VALUE);
    targets = List.copyOf(Checks.notEmpty("targets", targets));
    Checks.text("reason", reason);
    Checks.notNull("dueAt", dueAt);
  }

  /**
   * @param at an instant
   * @return true when the escalation has fallen due at {@code at}
   */
  public boolean isDueAt(Instant at) {
    return !at.isBefore(dueAt);
  }

  /**
   * The command that records this escalation once the host has sent it: its condition, level, targets and reason.
   *
   * @return the action, to decide at or after {@link #dueAt()}
   * @throws IllegalArgumentException when the level is above {@link Action#MAX_ESCALATION_LEVEL}, the highest
   *     recorded (an escalation policy that offers such a level is broken)
   */
  public EscalationAction.RecordEscalation recordAction() {
    return new EscalationAction.RecordEscalation(condition, level, targets, reason);
  }
}
