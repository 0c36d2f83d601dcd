package dev.mim.core.due;

import dev.mim.core.internal.Checks;
import java.time.Instant;

/**
 * One thing an incident is owed, of any kind, and when it falls due.
 *
 * @param kind what kind of thing it is
 * @param dueAt when it falls due: from this instant on it is owed
 * @param subject which one: the audience of a stakeholder update, the id of a regulatory report, the condition and
 *     level of an escalation ({@code NOT_ACKNOWLEDGED level 2}), the id of a review action item
 */
public record DueItem(Kind kind, Instant dueAt, String subject) {

  /** What kind of thing falls due. */
  public enum Kind {
    /** A stakeholder update owed to an audience (first notice, periodic update, restoration or final notice). */
    STAKEHOLDER_UPDATE,
    /** A report owed to a regulator under a regulatory regime. */
    REGULATORY_REPORT,
    /** An escalation level the escalation policy has due, an SLA warning included. */
    ESCALATION,
    /** An open review action item, due the day after its due date ends in the policies' due-date zone. */
    REVIEW_ACTION_ITEM
  }

  /** @throws IllegalArgumentException when a field is null or the subject blank */
  public DueItem {
    Checks.notNull("kind", kind);
    Checks.notNull("dueAt", dueAt);
    Checks.text("subject", subject);
  }

  /**
   * @param at an instant
   * @return true when it is owed at {@code at}: from {@code dueAt} on, inclusive
   */
  public boolean isDueAt(Instant at) {
    return !at.isBefore(dueAt);
  }
}
