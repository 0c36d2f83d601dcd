package dev.mim.policies.escalation;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One level of an escalation chain: when {@code condition} has held for {@code after} (clock time from its anchor),
 * page {@code targets}.
 *
 * @param condition what the escalation is about
 * @param priorities the priorities it applies to; empty for every priority
 * @param after how long the condition must hold; zero to {@link EscalationPlan#MAX_DELAY}
 * @param targets whom to page; at least one
 * @param reason why, in words, as the escalation will say it (for example "not acknowledged within 5 min")
 */
public record EscalationRule(EscalationCondition condition, Set<Priority> priorities, Duration after,
    List<EscalationTarget> targets, String reason) {

  /** @throws IllegalArgumentException when a field is null, a collection holds null, or a value is out of range */
  public EscalationRule {
    notNull("condition", condition);
    notNull("priorities", priorities);
    if (holdsNull(priorities)) {
      throw new IllegalArgumentException("priorities must not hold null");
    }
    priorities = unmodifiable(priorities);
    notNull("after", after);
    if (after.isNegative() || after.compareTo(EscalationPlan.MAX_DELAY) > 0) {
      throw new IllegalArgumentException("after must be from zero to " + EscalationPlan.MAX_DELAY + ", was " + after);
    }
    notNull("targets", targets);
    if (targets.isEmpty() || holdsNull(targets)) {
      throw new IllegalArgumentException("targets must hold at least one target and no null, was " + targets);
    }
    targets = List.copyOf(targets);
    notNull("reason", reason);
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /**
   * @param priority a priority
   * @return true when the rule applies to it
   */
  public boolean appliesTo(Priority priority) {
    return priorities.isEmpty() || priorities.contains(priority);
  }

  private static SortedSet<Priority> unmodifiable(Set<Priority> priorities) {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(priorities));
  }

}
