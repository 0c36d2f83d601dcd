package dev.mim.policies.escalation;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One level of an escalation chain: when {@code condition} has held for {@code after} (clock time from its anchor),
 * page {@code targets}, if the incident meets {@code when}. A rule whose {@code when} the incident does not meet is
 * passed over: its level is not paged, and the levels after it keep their numbers.
 *
 * @param condition what the escalation is about
 * @param priorities the priorities it applies to; empty for every priority
 * @param after how long the condition must hold; zero to {@link EscalationPlan#MAX_DELAY}
 * @param targets whom to page; at least one
 * @param reason why, in words, as the escalation will say it (for example "not acknowledged within 5 min")
 * @param when which incidents the rule pages for, asked with the incident as it stands ({@link #ALWAYS} for every
 *     one); it must be pure, and one that throws fails the plan's {@code due} as a failing host policy does
 */
public record EscalationRule(EscalationCondition condition, Set<Priority> priorities, Duration after,
    List<EscalationTarget> targets, String reason, Predicate<IncidentState> when) {

  /** The condition every incident meets; its {@code toString()} is {@code "always"}. */
  public static final Predicate<IncidentState> ALWAYS = Always.ALWAYS;

  /**
   * A rule for every incident of its priorities ({@code when} is {@link #ALWAYS}).
   *
   * @param condition what the escalation is about
   * @param priorities the priorities it applies to; empty for every priority
   * @param after how long the condition must hold
   * @param targets whom to page
   * @param reason why, in words
   * @throws IllegalArgumentException as the canonical constructor
   */
  public EscalationRule(EscalationCondition condition, Set<Priority> priorities, Duration after,
      List<EscalationTarget> targets, String reason) {
    this(condition, priorities, after, targets, reason, ALWAYS);
  }

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
    notNull("when", when);
  }

  /**
   * @param priority a priority
   * @return true when the rule applies to it
   */
  public boolean appliesTo(Priority priority) {
    return priorities.isEmpty() || priorities.contains(priority);
  }

  /**
   * @param incident an incident of a priority the rule applies to
   * @return true when the rule pages for it: {@code when} holds
   * @throws RuntimeException whatever {@code when} throws
   */
  public boolean pagesFor(IncidentState incident) {
    return when.test(incident);
  }

  private static SortedSet<Priority> unmodifiable(Set<Priority> priorities) {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(priorities));
  }

  private enum Always implements Predicate<IncidentState> {
    ALWAYS;

    @Override
    public boolean test(IncidentState incident) {
      return true;
    }

    @Override
    public String toString() {
      return "always";
    }
  }
}
