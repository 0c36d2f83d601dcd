package dev.mim.policies.escalation;

import static dev.mim.policies.internal.Arguments.holdsNull;
import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.calendar.BusinessCalendar;
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
import org.jspecify.annotations.Nullable;

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
 * @param roundRobin whether the level pages one of its targets in turn rather than all of them: the incident's id
 *     picks the first (so that incidents spread over the targets), and each repeat of the chain the next
 * @param during when the level applies: a level falling due outside the calendar's working time (support hours)
 *     is passed over, as one whose {@code when} does not hold; {@link BusinessCalendar#always()} for always
 * @param remindEvery how often the level's targets are reminded while its condition still holds and the next level
 *     has not come ({@link EscalationPlan#reminders}); null for no reminder; positive, at most
 *     {@link EscalationPlan#MAX_DELAY}
 */
public record EscalationRule(EscalationCondition condition, Set<Priority> priorities, Duration after,
    List<EscalationTarget> targets, String reason, Predicate<IncidentState> when, boolean roundRobin,
    BusinessCalendar during, @Nullable Duration remindEvery) {

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

  /**
   * A rule that pages all its targets, at any time, without reminders.
   *
   * @param condition what the escalation is about
   * @param priorities the priorities it applies to; empty for every priority
   * @param after how long the condition must hold
   * @param targets whom to page
   * @param reason why, in words
   * @param when which incidents the rule pages for
   * @throws IllegalArgumentException as the canonical constructor
   */
  public EscalationRule(EscalationCondition condition, Set<Priority> priorities, Duration after,
      List<EscalationTarget> targets, String reason, Predicate<IncidentState> when) {
    this(condition, priorities, after, targets, reason, when, false, BusinessCalendar.always(), null);
  }

  /** @return a copy that pages one of its targets in turn */
  public EscalationRule inRoundRobin() {
    return new EscalationRule(condition, priorities, after, targets, reason, when, true, during, remindEvery);
  }

  /**
   * @param hours when the level applies, for example support hours
   * @return a copy passed over when it falls due outside them
   * @throws IllegalArgumentException when {@code hours} is null
   */
  public EscalationRule during(BusinessCalendar hours) {
    return new EscalationRule(condition, priorities, after, targets, reason, when, roundRobin, hours, remindEvery);
  }

  /**
   * @param every how often to remind the level's targets
   * @return a copy with reminders
   * @throws IllegalArgumentException when {@code every} is not positive or longer than {@link EscalationPlan#MAX_DELAY}
   */
  public EscalationRule remindingEvery(Duration every) {
    return new EscalationRule(condition, priorities, after, targets, reason, when, roundRobin, during,
        notNull("every", every));
  }

  /**
   * The targets paged for {@code incident} on the chain's {@code loop}-th pass: all of them, or in round robin the
   * one whose turn it is.
   *
   * @param incident the incident
   * @param loop 0 for the first pass of the chain, 1 for its first repeat, ...
   * @return the targets
   */
  public List<EscalationTarget> targetsFor(IncidentState incident, int loop) {
    if (!roundRobin || targets.size() == 1) {
      return targets;
    }
    String id = incident.id() == null ? "" : incident.id().value();
    return List.of(targets.get(Math.floorMod(id.hashCode() + loop, targets.size())));
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
    notNull("during", during);
    if (remindEvery != null && (remindEvery.isNegative() || remindEvery.isZero()
        || remindEvery.compareTo(EscalationPlan.MAX_DELAY) > 0)) {
      throw new IllegalArgumentException("remindEvery must be positive and at most " + EscalationPlan.MAX_DELAY
          + ", was " + remindEvery);
    }
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
