package dev.mim.policies.escalation;

import static dev.mim.core.incident.EscalationCondition.*;
import static dev.mim.policies.internal.Arguments.holdsNull;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ready escalation plans: mim's tiered default, and plans shaped like three products hosts know. Each is an
 * {@link EscalationPlan}; pass it to {@code PolicySet.custom().escalation(...)}.
 */
public final class EscalationPresets {

  /** The role paged when a manager does not answer: the head of operations. */
  public static final Role HEAD_OF_OPERATIONS = Role.of("head-of-operations");

  /** The role paged when a major incident runs long: the executive on call. */
  public static final Role EXECUTIVE_ON_CALL = Role.of("executive-on-call");

  /** The on-call schedule of the Major Incident Managers. */
  public static final String MANAGERS_ON_CALL = "major-incident-managers";

  private static final Set<Priority> P1 = Set.of(Priority.of(1));
  private static final Set<Priority> P2 = Set.of(Priority.of(2));

  private EscalationPresets() {}

  /**
   * mim's default, tiered by priority, 24x7 (README shows it as a table):
   * <ul>
   *   <li>P1: a candidate not validated after 10 min, not declared after 15 min: the on-call manager; a manager not
   *       acknowledged after 5 min: the on-call manager, after 15 min: the head of operations; not mobilised after
   *       15 min: the manager, after 30 min: the head of operations; not restored after 1 h: the head of operations,
   *       after 2 h: the executive on call;</li>
   *   <li>P2: the same steps at twice the delays;</li>
   *   <li>not restored: the chain repeats every 4 h, up to 3 times;</li>
   *   <li>any priority: a review not completed 5 days after restoration: the problem manager, then every 5 days, up
   *       to 2 times.</li>
   * </ul>
   *
   * @return the plan
   */
  public static EscalationPlan tiered() {
    EscalationTarget onCall = EscalationTarget.onCall(MANAGERS_ON_CALL);
    EscalationTarget manager = EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER);
    EscalationTarget head = EscalationTarget.role(HEAD_OF_OPERATIONS);
    EscalationTarget executive = EscalationTarget.role(EXECUTIVE_ON_CALL);
    EscalationPlan.Builder b = EscalationPlan.custom().name("mim tiered default");
    for (int tier = 1; tier <= 2; tier++) {
      Set<Priority> p = tier == 1 ? P1 : P2;
      long x = tier;
      b.rule(NOT_VALIDATED, p, min(10 * x), "candidate not validated within " + 10 * x + " min", onCall)
          .rule(NOT_DECLARED, p, min(15 * x), "candidate not declared within " + 15 * x + " min", onCall)
          .rule(NOT_ACKNOWLEDGED, p, min(5 * x), "not acknowledged within " + 5 * x + " min", onCall)
          .rule(NOT_ACKNOWLEDGED, p, min(15 * x), "not acknowledged within " + 15 * x + " min", head)
          .rule(NOT_MOBILISED, p, min(15 * x), "not mobilised within " + 15 * x + " min of declaration", manager)
          .rule(NOT_MOBILISED, p, min(30 * x), "not mobilised within " + 30 * x + " min of declaration", head)
          .rule(NOT_RESTORED, p, min(60 * x), "not restored within " + x + " h of declaration", head)
          .rule(NOT_RESTORED, p, min(120 * x), "not restored within " + 2 * x + " h of declaration", executive);
    }
    return b.repeat(NOT_RESTORED, Duration.ofHours(4), 3)
        .rule(REVIEW_NOT_COMPLETED, Set.of(), Duration.ofDays(5), "review not completed within 5 days",
            EscalationTarget.role(Role.PROBLEM_MANAGER))
        .repeat(REVIEW_NOT_COMPLETED, Duration.ofDays(5), 2)
        .build();
  }

  /**
   * Shaped like a PagerDuty escalation policy: an ordered list of rules, at every priority, 24x7. The first rule
   * pages its targets as soon as a manager is assigned and has not acknowledged; each rule waits its delay before the
   * next one pages; after the last rule's delay the whole list starts again, {@code loops} more times.
   *
   * @param levels the rules, in order
   * @param loops how many times the list repeats after the first pass, 0 to {@link EscalationPlan#MAX_REPEATS}
   * @return the plan
   * @throws IllegalArgumentException when there is no level or a value is out of range
   */
  public static EscalationPlan pagerDutyStyle(List<Level> levels, int loops) {
    return pagerDutyStyle(levels, loops, EscalationPlan.ClockStart.CONDITION);
  }

  /**
   * As {@link #pagerDutyStyle(List, int)}, with the first rule's clock started at {@code start}: {@code
   * DECLARATION} pages as soon as the incident is declared with an unacknowledged manager, as PagerDuty pages when
   * an incident triggers.
   *
   * @param levels the rules, in order
   * @param loops how many times the list repeats after the first pass, 0 to {@link EscalationPlan#MAX_REPEATS}
   * @param start where the "not acknowledged" clock starts; {@code CONDITION} (the manager's assignment) by default
   * @return the plan
   * @throws IllegalArgumentException when there is no level or a value is out of range or null
   */
  public static EscalationPlan pagerDutyStyle(List<Level> levels, int loops, EscalationPlan.ClockStart start) {
    if (levels == null || levels.isEmpty() || holdsNull(levels)) {
      throw new IllegalArgumentException("levels must hold at least one level and no null, was " + levels);
    }
    if (start == null) {
      throw new IllegalArgumentException("start must not be null");
    }
    EscalationPlan.Builder b = EscalationPlan.custom().name("PagerDuty-style escalation policy")
        .clockStart(NOT_ACKNOWLEDGED, start);
    Duration after = Duration.ZERO;
    for (int i = 0; i < levels.size(); i++) {
      b.rule(NOT_ACKNOWLEDGED, Set.of(), after, "not acknowledged: escalation rule " + (i + 1),
          levels.get(i).targets().toArray(new EscalationTarget[0]));
      after = after.plus(levels.get(i).delay());
    }
    return loops == 0 ? b.build() : b.repeat(NOT_ACKNOWLEDGED, after, loops).build();
  }

  /**
   * Shaped like an Opsgenie escalation: when {@code condition} (not acknowledged, or not restored for "not closed")
   * still holds {@code delay} after it began, notify {@code recipient}, then again every {@code interval}, up to
   * {@code repeats} more times (at most 20), at every priority, 24x7.
   *
   * @param condition {@link EscalationCondition#NOT_ACKNOWLEDGED} or {@link EscalationCondition#NOT_RESTORED}
   * @param delay when the first notification goes
   * @param recipient whom to notify
   * @param interval how much later each repeat goes; not shorter than {@code delay}
   * @param repeats how many repeats, 0 to 20
   * @return the plan
   * @throws IllegalArgumentException when a value is out of range
   */
  public static EscalationPlan opsgenieStyle(EscalationCondition condition, Duration delay,
      EscalationTarget recipient, Duration interval, int repeats) {
    return opsgenieStyle(condition, delay, recipient, interval, repeats, EscalationPlan.ClockStart.CONDITION);
  }

  /**
   * As {@link #opsgenieStyle(EscalationCondition, Duration, EscalationTarget, Duration, int)}, with the
   * condition's clock started at {@code start} ({@code DECLARATION}: from the alert's creation, as Opsgenie
   * counts).
   *
   * @param condition {@link EscalationCondition#NOT_ACKNOWLEDGED} or {@link EscalationCondition#NOT_RESTORED}
   * @param delay when the first notification goes
   * @param recipient whom to notify
   * @param interval how much later each repeat goes; not shorter than {@code delay}
   * @param repeats how many repeats, 0 to 20
   * @param start where the clock starts; {@code CONDITION} (when the condition began to hold) by default
   * @return the plan
   * @throws IllegalArgumentException when a value is out of range or null
   */
  public static EscalationPlan opsgenieStyle(EscalationCondition condition, Duration delay,
      EscalationTarget recipient, Duration interval, int repeats, EscalationPlan.ClockStart start) {
    if (condition != NOT_ACKNOWLEDGED && condition != NOT_RESTORED) {
      throw new IllegalArgumentException("condition must be NOT_ACKNOWLEDGED or NOT_RESTORED, was " + condition);
    }
    if (start == null) {
      throw new IllegalArgumentException("start must not be null");
    }
    EscalationPlan.Builder b = EscalationPlan.custom().name("Opsgenie-style escalation").clockStart(condition, start)
        .rule(condition, Set.of(), delay, condition == NOT_ACKNOWLEDGED ? "not acknowledged" : "not closed",
            recipient);
    return repeats == 0 ? b.build() : b.repeat(condition, interval, repeats).build();
  }

  /**
   * Shaped like ServiceNow's SLA escalation: per priority a response target (acknowledgement) and a restoration
   * target, measured on {@code schedule} (business hours or 24x7), with warnings at 50 %, 75 % and 100 % of each
   * target, paging {@code whom}. Held escalations pause the clocks, as a pause condition does.
   *
   * @param targets per priority, the response and restoration targets
   * @param schedule the calendar the targets are measured on
   * @param whom whom the warnings page
   * @return the plan
   * @throws IllegalArgumentException when a value is null or out of range
   */
  public static EscalationPlan serviceNowStyle(Map<Priority, Targets> targets, BusinessCalendar schedule,
      EscalationTarget whom) {
    if (targets == null || targets.isEmpty() || schedule == null || whom == null) {
      throw new IllegalArgumentException("targets, schedule and whom must be given, were " + targets + ", "
          + schedule + ", " + whom);
    }
    EscalationPlan.Builder b = EscalationPlan.custom().name("ServiceNow-style SLA").calendar(schedule);
    targets.forEach((priority, t) -> {
      for (int percent : new int[] {50, 75, 100}) {
        if (t.response() != null) {
          b.rule(NOT_ACKNOWLEDGED, Set.of(priority), t.response().multipliedBy(percent).dividedBy(100),
              percent + " % of the " + priority + " response target used", whom);
        }
        b.rule(NOT_RESTORED, Set.of(priority), t.restoration().multipliedBy(percent).dividedBy(100),
            percent + " % of the " + priority + " restoration target used", whom);
      }
    });
    return b.build();
  }

  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  /**
   * One rule of a PagerDuty-style policy.
   *
   * @param delay how long it waits, once it has paged, before the next rule pages (or, after the last, the list
   *     starts again); positive
   * @param targets whom it pages
   */
  public record Level(Duration delay, List<EscalationTarget> targets) {
    /** @throws IllegalArgumentException when a value is null, the delay not positive or the targets empty */
    public Level {
      if (delay == null || delay.isNegative() || delay.isZero() || targets == null || targets.isEmpty()
          || holdsNull(targets)) {
        throw new IllegalArgumentException("a level needs a positive delay and at least one target, was "
            + delay + ", " + targets);
      }
      targets = List.copyOf(targets);
    }
  }

  /**
   * A priority's SLA targets.
   *
   * @param response how soon the manager must acknowledge; null for an SLA that measures restoration only
   * @param restoration how soon service must be restored
   */
  public record Targets(@Nullable Duration response, Duration restoration) {
    /** @throws IllegalArgumentException when the restoration target is null, or a target given is not positive */
    public Targets {
      if (response != null && (response.isZero() || response.isNegative()) || restoration == null
          || restoration.isZero() || restoration.isNegative()) {
        throw new IllegalArgumentException("targets must be positive (the response target may be left out), were "
            + response + ", " + restoration);
      }
    }

    /**
     * @param restoration how soon service must be restored
     * @return targets with no response target: only restoration is measured
     * @throws IllegalArgumentException when {@code restoration} is null or not positive
     */
    public static Targets restorationOnly(Duration restoration) {
      return new Targets(null, restoration);
    }
  }
}
