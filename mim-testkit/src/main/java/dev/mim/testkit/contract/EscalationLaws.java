package dev.mim.testkit.contract;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Describe;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The laws of an escalation policy, checked on an incident asked about at two instants after its last event. */
final class EscalationLaws {

  /**
   * The most escalations of one condition a policy may have owed, asked a year after the last event: the highest
   * level the decider records, since a level above it could never be recorded and would stay owed for good.
   */
  static final int MAX_PER_CONDITION = Action.MAX_ESCALATION_LEVEL;

  private EscalationLaws() {}

  /**
   * An incident, asked about {@code wait} after its last event and again {@code later} after that.
   *
   * @param incident the incident
   * @param delay from its last event to the first question
   * @param later from the first question to the second
   */
  record Example(Incident incident, Duration delay, Duration later) implements HasIncident {
    Instant first() {
      IncidentState s = incident.state();
      return (s.lastEventAt() == null ? HappyPath.START : s.lastEventAt()).plus(delay);
    }

    Instant second() {
      return first().plus(later);
    }

    @Override
    public String toString() {
      return "asked at " + first() + " and at " + second() + " about " + Describe.incident(incident);
    }
  }

  static Generator<Example> examples(PolicySet policies) {
    Generator<Incident> incidents = Generators.incidents(policies, 20);
    // The fixed-size draws first, the incident last: shrinking the incident then leaves the instants as they were.
    return random -> {
      Duration delay = Duration.ofMinutes(random.nextInt(24 * 60));
      Duration later = Duration.ofMinutes(random.nextInt(3 * 24 * 60));
      return new Example(incidents.next(random), delay, later);
    };
  }

  static List<Law<Example>> of(EscalationPolicy policy, PolicySet incidents) {
    PolicySet governed = PolicySet.from(incidents).escalation(policy).build();
    return List.of(
        new Law<>("total: never an exception, a null or a null element", e -> {
          due(policy, e.incident().state(), e.first());
          due(policy, e.incident().state(), e.second());
        }),
        new Law<>("the same answer however often and in whichever order asked", e -> {
          List<Escalation> once = due(policy, e.incident().state(), e.first());
          due(policy, e.incident().state(), e.second());
          List<Escalation> again = due(policy, e.incident().state(), e.first());
          Law.require(once.equals(again), "asked at " + e.first() + " it answered " + once + ", then " + again);
        }),
        new Law<>("no de-escalation as time passes without events", e -> {
          Map<EscalationCondition, Integer> before = highestDue(due(policy, e.incident().state(), e.first()),
              e.first());
          Map<EscalationCondition, Integer> after = highestDue(due(policy, e.incident().state(), e.second()),
              e.second());
          before.forEach((condition, level) -> Law.require(after.getOrDefault(condition, 0) >= level,
              "level " + level + " of " + condition + " was due at " + e.first() + ", but at " + e.second()
                  + " the highest due was " + after.getOrDefault(condition, 0)));
        }),
        new Law<>("nothing after restoration but an uncompleted review's escalation; nothing once ended", e -> {
          IncidentState s = e.incident().state();
          for (Escalation owed : due(policy, s, e.first())) {
            Law.require(!s.status().isTerminal(), s.status() + " incidents are owed nothing, but got " + owed);
            boolean restored = s.status() == IncidentStatus.RESTORED || s.status() == IncidentStatus.IN_REVIEW;
            Law.require(!restored || owed.condition() == EscalationCondition.REVIEW_NOT_COMPLETED,
                "a " + s.status() + " incident is owed only a review's escalation, but got " + owed);
          }
        }),
        new Law<>("bounded repeats: at most " + MAX_PER_CONDITION + " per condition, a year on", e -> {
          Instant yearOn = e.first().plus(Duration.ofDays(365));
          Map<EscalationCondition, Integer> counts = new EnumMap<>(EscalationCondition.class);
          for (Escalation owed : due(policy, e.incident().state(), yearOn)) {
            int n = counts.merge(owed.condition(), 1, Integer::sum);
            Law.require(n <= MAX_PER_CONDITION, "asked at " + yearOn + " it owed more than " + MAX_PER_CONDITION
                + " escalations of " + owed.condition());
          }
        }),
        new Law<>("every escalation offered can be recorded at its due time, and is not offered again once recorded",
            e -> {
              for (Escalation offered : due(policy, e.incident().state(), e.first())) {
                recordable(policy, governed, e.incident(), offered);
              }
            }));
  }

  /**
   * Records {@code offered} as a host loop would, at its due time (or the incident's last event, if later): the
   * decider must accept it, and the policy, asked again then, must not offer that level of that condition again.
   */
  private static void recordable(EscalationPolicy policy, PolicySet governed, Incident incident, Escalation offered) {
    IncidentState s = incident.state();
    Instant at = s.lastEventAt() != null && offered.dueAt().isBefore(s.lastEventAt()) ? s.lastEventAt()
        : offered.dueAt();
    IncidentCommand record = IncidentCommand.of(s.tenant(), s.id(), ActionCatalogue.CAST.get(0), at,
        new EscalationAction.RecordEscalation(offered.condition(), offered.level(), offered.targets(), offered.reason()));
    Incident.Step step = incident.decide(record, governed);
    Law.require(step.accepted(), "it offered level " + offered.level() + " of " + offered.condition() + ", due at "
        + offered.dueAt() + ", but recording it at " + at + " was " + Describe.decision(step.decision()));
    for (Escalation again : due(policy, step.incident().state(), at)) {
      Law.require(again.condition() != offered.condition() || again.level() != offered.level(), "once level "
          + offered.level() + " of " + offered.condition() + " was recorded at " + at + ", it offered it again: "
          + again);
    }
  }

  private static List<Escalation> due(EscalationPolicy policy, IncidentState state, Instant at) {
    List<Escalation> due = Law.total("due(incident, " + at + ")", () -> policy.due(state, at));
    Law.require(!Law.holdsNull(due), "due(incident, " + at + ") held a null: " + due);
    return due;
  }

  private static Map<EscalationCondition, Integer> highestDue(List<Escalation> owed, Instant at) {
    Map<EscalationCondition, Integer> highest = new EnumMap<>(EscalationCondition.class);
    for (Escalation e : owed) {
      if (e.isDueAt(at)) {
        highest.merge(e.condition(), e.level(), Math::max);
      }
    }
    return highest;
  }
}
