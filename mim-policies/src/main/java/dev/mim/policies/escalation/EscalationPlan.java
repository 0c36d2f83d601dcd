package dev.mim.policies.escalation;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.EscalationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An escalation policy made of rules: for each condition, a chain of levels (the rules for that condition and the
 * incident's priority, in order of their delay), optionally repeated (the whole chain again, {@code every} later,
 * up to {@code times} more times), on a clock that runs in working time of a calendar ({@link
 * BusinessCalendar#always()} for 24x7) and stops while escalations are held. Levels count on through the repeats:
 * with a chain of 3, the first repeat's levels are 4 to 6. A chain with its repeats has at most
 * {@link Action#MAX_ESCALATION_LEVEL} levels at any priority, the highest level the decider records; a plan with more
 * is refused when built, so every level it offers can be recorded.
 *
 * <p>What {@link #due} returns: for each condition that holds, every level not yet sent whose time has come (with
 * {@code overdue} set once its time has passed), and the next level, not yet due; a level whose rule's {@code when}
 * the incident does not meet is passed over, and the levels after it keep their numbers. Pure: the answer depends only on
 * the state, the instant and the plan. Build one with {@link #custom()}.
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public abstract class EscalationPlan implements EscalationPolicy {

  /** The longest delay of a rule, or interval of a repeat: 30 days. */
  public static final Duration MAX_DELAY = Duration.ofDays(30);

  /** The most repeats of a chain (Opsgenie's bound). */
  public static final int MAX_REPEATS = 20;

  EscalationPlan() {}

  /** @return a builder of an empty plan, which escalates nothing */
  public static Builder custom() {
    return new Builder();
  }

  /** @return a name for the plan, shown in logs; default "escalation plan" */
  @Value.Default
  public String name() {
    return "escalation plan";
  }

  /** @return the rules, each one level of its condition's chain */
  public abstract List<EscalationRule> rules();

  /** @return for each condition whose chain repeats, how */
  public abstract Map<EscalationCondition, Repeat> repeats();

  /**
   * @return where each condition's clock starts, for the conditions whose clock does not start when the condition
   *     began to hold ({@link ClockStart#CONDITION}, the default)
   */
  public abstract Map<EscalationCondition, ClockStart> clockStarts();

  /** @return the calendar the clocks run on; default 24x7 */
  @Value.Default
  public BusinessCalendar calendar() {
    return BusinessCalendar.always();
  }

  @Override
  public List<Escalation> due(IncidentState incident, Instant at) {
    if (incident == null || at == null) {
      throw new IllegalArgumentException("incident and at must not be null, were " + incident + ", " + at);
    }
    List<Escalation> out = new ArrayList<>();
    if (incident.classification() == null) {
      return out;
    }
    Priority priority = incident.classification().priority();
    for (EscalationCondition condition : EscalationCondition.values()) {
      Instant anchor = EscalationClock.anchor(incident, condition);
      if (anchor != null) {
        List<EscalationRule> chain = chain(condition, priority);
        if (!chain.isEmpty()) {
          Instant start = clockStarts().getOrDefault(condition, ClockStart.CONDITION).start(incident, anchor);
          owed(incident, at, start, condition, chain, out);
        }
      }
    }
    out.sort(Comparator.comparing(Escalation::dueAt).thenComparing(Escalation::condition)
        .thenComparingInt(Escalation::level));
    return out;
  }

  /** The levels of one condition's chain that are due, and the next one. */
  void owed(IncidentState incident, Instant at, Instant anchor, EscalationCondition condition,
      List<EscalationRule> chain, List<Escalation> out) {
    int sent = EscalationClock.levelSent(incident, condition);
    Repeat repeat = repeats().get(condition);
    int loops = repeat == null ? 0 : repeat.times();
    Boolean[] pages = new Boolean[chain.size()]; // each rule's when, asked once and only when reached
    for (int loop = 0; loop <= loops; loop++) {
      for (int i = 0; i < chain.size(); i++) {
        int level = loop * chain.size() + i + 1;
        if (level <= sent) {
          continue;
        }
        EscalationRule rule = chain.get(i);
        if (pages[i] == null) {
          pages[i] = rule.pagesFor(incident);
        }
        if (!pages[i]) {
          continue; // passed over: the levels after it keep their numbers
        }
        Instant dueAt = EscalationClock.after(incident, anchor, delay(rule, repeat, loop), calendar());
        if (dueAt == null) {
          return; // held since before this level's time: it and what follows wait for the resume
        }
        if (!rule.during().isWorkingTime(dueAt)) {
          continue; // outside the level's hours: passed over, as a rule whose when does not hold
        }
        out.add(new Escalation(condition, level, rule.targetsFor(incident, loop), loop == 0 ? rule.reason()
            : rule.reason() + " (repeat " + loop + ")", dueAt, at.isAfter(dueAt)));
        if (dueAt.isAfter(at)) {
          return; // the next level, not yet due
        }
      }
    }
  }

  static Duration delay(EscalationRule rule, @Nullable Repeat repeat, int loop) {
    return loop == 0 ? rule.after() : rule.after().plus(repeat.every().multipliedBy(loop));
  }

  /**
   * The reminders of the last level sent of each condition that still holds, for the levels whose rule has
   * {@link EscalationRule#remindEvery()}: reminder {@code n} is due {@code n} times that interval (clock time) after
   * the level fell due, while the next level has not come and escalations are not held. A host pages each
   * reminder once (its condition, level and number identify it); nothing is recorded.
   *
   * @param incident the incident
   * @param at the instant asked about
   * @return for each such level, the latest reminder fallen due (if any) and the next one (if it comes before the
   *     next level), earliest first; empty when none
   * @throws IllegalArgumentException when an argument is null
   * @throws RuntimeException what a rule's {@code when} throws
   */
  public List<EscalationReminder> reminders(IncidentState incident, Instant at) {
    if (incident == null || at == null) {
      throw new IllegalArgumentException("incident and at must not be null, were " + incident + ", " + at);
    }
    return Reminders.of(this, incident, at);
  }

  /** The rules of {@code condition} that apply at {@code priority}, by delay. */
  List<EscalationRule> chain(EscalationCondition condition, Priority priority) {
    List<EscalationRule> chain = new ArrayList<>();
    for (EscalationRule r : rules()) {
      if (r.condition() == condition && r.appliesTo(priority)) {
        chain.add(r);
      }
    }
    chain.sort(Comparator.comparing(EscalationRule::after));
    return chain;
  }

  @Value.Check
  void check() {
    if (name() == null || name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was " + name());
    }
    if (calendar() == null) {
      throw new IllegalArgumentException("calendar must not be null");
    }
    for (EscalationRule r : rules()) {
      if (r == null) {
        throw new IllegalArgumentException("rules must not hold null");
      }
    }
    repeats().forEach((condition, repeat) -> {
      if (condition == null || repeat == null) {
        throw new IllegalArgumentException("repeats must not hold null, found " + condition + " -> " + repeat);
      }
      for (EscalationRule r : rules()) {
        if (r.condition() == condition && repeat.every().compareTo(r.after()) < 0) {
          throw new IllegalArgumentException("repeat every of " + condition + " must not be shorter than its "
              + "longest delay " + r.after() + ", was " + repeat.every());
        }
      }
    });
    for (EscalationCondition condition : EscalationCondition.values()) {
      Repeat repeat = repeats().get(condition);
      long passes = repeat == null ? 1 : repeat.times() + 1L;
      for (int level = 1; level <= Priority.MAX_LEVEL; level++) {
        long levels = chain(condition, Priority.of(level)).size() * passes;
        if (levels > Action.MAX_ESCALATION_LEVEL) {
          throw new IllegalArgumentException("levels of " + condition + " at " + Priority.of(level) + " must be at "
              + "most " + Action.MAX_ESCALATION_LEVEL + " with their repeats (the highest level recorded), were "
              + levels);
        }
      }
    }
  }

  /**
   * The plan as a Markdown table, one row per rule (by condition, priority and delay; a rule's {@code when}, unless
   * {@link EscalationRule#ALWAYS}, follows its condition), followed by a line listing the repeats; README shows the
   * tiered default this way.
   *
   * @return the table, ending with a newline
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("| condition | priorities | after | pages | reason |\n")
        .append("|---|---|---|---|---|\n");
    List<EscalationRule> sorted = new ArrayList<>(rules());
    sorted.sort(Comparator.comparing(EscalationRule::condition)
        .thenComparing(r -> r.priorities().isEmpty() ? "" : r.priorities().toString())
        .thenComparing(EscalationRule::after));
    for (EscalationRule r : sorted) {
      out.append("| `").append(r.condition()).append('`')
          .append(r.when() == EscalationRule.ALWAYS ? "" : " when `" + r.when() + "`").append(" | ")
          .append(r.priorities().isEmpty() ? "all" : String.join(", ", r.priorities().stream()
              .map(Priority::toString).toList()))
          .append(" | ").append(words(r.after())).append(" | ")
          .append(r.roundRobin() ? "one in turn of " : "")
          .append(String.join(", ", r.targets().stream().map(Object::toString).toList()))
          .append(r.during() == BusinessCalendar.always() ? "" : ", during " + r.during())
          .append(r.remindEvery() == null ? "" : ", reminded every " + words(r.remindEvery()))
          .append(" | ").append(r.reason()).append(" |\n");
    }
    if (!repeats().isEmpty()) {
      out.append("\nRepeats: ").append(String.join("; ", repeats().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> "`" + e.getKey() + "` every " + words(e.getValue().every()) + ", " + e.getValue().times()
              + (e.getValue().times() == 1 ? " time" : " times")).toList())).append(".\n");
    }
    return out.toString();
  }

  private static String words(Duration d) {
    if (d.toMinutes() < 60 || d.toMinutesPart() != 0 || d.toSecondsPart() != 0) {
      return d.toMinutes() + " min";
    }
    if (d.toHours() < 24 || d.toHoursPart() != 0) {
      return d.toHours() + " h";
    }
    return d.toDays() == 1 ? "1 day" : d.toDays() + " days";
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * Where a condition's clock starts. Whatever the start, a condition escalates only while it holds, and its levels
   * start again when it begins to hold again (a hand-over for {@code NOT_ACKNOWLEDGED}).
   */
  public enum ClockStart {
    /**
     * When the condition began to hold ({@link EscalationClock#anchor}): for {@code NOT_ACKNOWLEDGED} the
     * manager's assignment or hand-over. The default.
     */
    CONDITION,
    /** When the incident was declared; when the condition began, for a candidate not declared yet. */
    DECLARATION,
    /** When the incident was identified. */
    IDENTIFICATION;

    Instant start(IncidentState incident, Instant anchor) {
      return switch (this) {
        case CONDITION -> anchor;
        case DECLARATION -> incident.declaredAt() != null ? incident.declaredAt() : anchor;
        case IDENTIFICATION -> incident.classification().identifiedAt();
      };
    }
  }

  /**
   * How a condition's chain repeats.
   *
   * @param every how much later each repeat starts than the one before; positive, at most {@link #MAX_DELAY}, and not
   *     shorter than the chain's longest delay
   * @param times how many repeats, from 1 to {@link #MAX_REPEATS}
   */
  public record Repeat(Duration every, int times) {
    /** @throws IllegalArgumentException when a value is out of range */
    public Repeat {
      if (every == null || every.isZero() || every.isNegative() || every.compareTo(MAX_DELAY) > 0) {
        throw new IllegalArgumentException("every must be positive and at most " + MAX_DELAY + ", was " + every);
      }
      if (times < 1 || times > MAX_REPEATS) {
        throw new IllegalArgumentException("times must be between 1 and " + MAX_REPEATS + ", was " + times);
      }
    }
  }

  /** Builds an {@link EscalationPlan}; generated by Immutables, with {@link #rule} and {@link #repeat} added. */
  public static final class Builder extends ImmutableEscalationPlan.Builder {
    Builder() {}

    /**
     * Adds a level: when {@code condition} has held {@code after}, page {@code targets}.
     *
     * @param condition the condition
     * @param priorities the priorities it applies to; empty for all
     * @param after how long
     * @param reason why, in words
     * @param targets whom to page
     * @return this builder
     * @throws IllegalArgumentException as {@link EscalationRule}
     */
    public Builder rule(EscalationCondition condition, Set<Priority> priorities, Duration after, String reason,
        EscalationTarget... targets) {
      addRules(new EscalationRule(condition, priorities, after, List.of(targets), reason));
      return this;
    }

    /**
     * Adds a level that pages only for the incidents that meet {@code when}.
     *
     * @param condition the condition
     * @param priorities the priorities it applies to; empty for all
     * @param after how long
     * @param reason why, in words
     * @param when which incidents it pages for
     * @param targets whom to page
     * @return this builder
     * @throws IllegalArgumentException as {@link EscalationRule}
     */
    public Builder rule(EscalationCondition condition, Set<Priority> priorities, Duration after, String reason,
        Predicate<IncidentState> when, EscalationTarget... targets) {
      addRules(new EscalationRule(condition, priorities, after, List.of(targets), reason, when));
      return this;
    }

    /**
     * Repeats {@code condition}'s chain.
     *
     * @param condition the condition
     * @param every how much later each repeat starts
     * @param times how many repeats
     * @return this builder
     * @throws IllegalArgumentException as {@link Repeat}
     */
    public Builder repeat(EscalationCondition condition, Duration every, int times) {
      putRepeats(condition, new Repeat(every, times));
      return this;
    }

    /**
     * Starts {@code condition}'s clock at {@code start} instead of when the condition began to hold.
     *
     * @param condition the condition
     * @param start where its clock starts
     * @return this builder
     */
    public Builder clockStart(EscalationCondition condition, ClockStart start) {
      putClockStarts(condition, start);
      return this;
    }
  }
}
