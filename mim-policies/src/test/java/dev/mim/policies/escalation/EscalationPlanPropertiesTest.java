package dev.mim.policies.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of escalation plans, on incidents walked at random through the decider under each preset: steps along
 * the happy path, acknowledgements, the host recording what the plan has due, holds and resumes, reopenings and
 * reprioritisations, with time passing by minutes, hours or days.
 */
class EscalationPlanPropertiesTest {

  private static final int WALKS = Math.max(500, Integer.getInteger("mim.property.examples", 10_000) / 10);
  private static final List<Supplier<EscalationPlan>> PLANS = List.of(
      EscalationPresets::tiered,
      () -> EscalationPresets.pagerDutyStyle(List.of(
          new EscalationPresets.Level(Duration.ofMinutes(5), List.of(EscalationTarget.person(Actor.of("first")))),
          new EscalationPresets.Level(Duration.ofMinutes(20), List.of(EscalationTarget.person(Actor.of("second"))))),
          3),
      () -> EscalationPresets.opsgenieStyle(EscalationCondition.NOT_RESTORED, Duration.ofMinutes(30),
          EscalationTarget.person(Actor.of("duty")), Duration.ofHours(1), 20),
      () -> EscalationPresets.serviceNowStyle(Map.of(
          Priority.of(1), new EscalationPresets.Targets(Duration.ofMinutes(30), Duration.ofHours(4)),
          Priority.of(2), new EscalationPresets.Targets(Duration.ofHours(1), Duration.ofHours(8))),
          WorkingHours.weekdays(ZoneId.of("Europe/Paris"), LocalTime.of(8, 0), LocalTime.of(18, 0)),
          EscalationTarget.person(Actor.of("service-owner"))));

  /** A walk: the plan, then steps as [what, how long before it, a detail]; then instants to ask at. */
  private static final Gen<Integer> PLAN = Generate.range(0, PLANS.size() - 1);
  private static final Gen<List<int[]>> STEPS =
      lists().of(Generate.intArrays(Generate.constant(3), Generate.range(0, 999))).ofSizeBetween(1, 40);
  private static final Gen<int[]> ASKS = Generate.intArrays(Generate.constant(4), Generate.range(0, 999));

  @Test
  void withNoNewEventNoLevelOnceDueStopsBeingDueAsTimePasses() {
    // For a state and instants t1 <= t2 after its last event, every level due at t1 is due at t2 (so the highest
    // level due never goes down until an event, such as an acknowledgement, changes the state).
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(WALKS).forAll(PLAN, STEPS, ASKS).checkAssert((p, steps, asks) -> {
      EscalationPlan plan = PLANS.get(p).get();
      for (IncidentState s : walk(plan, steps)) {
        Instant t1 = later(s, asks[0]);
        Instant t2 = t1.plus(offset(asks[1]));
        for (Escalation e : plan.due(s, t1)) {
          if (e.isDueAt(t1)) {
            assertTrue(plan.due(s, t2).stream().anyMatch(f -> f.condition() == e.condition()
                && f.level() == e.level() && f.dueAt().equals(e.dueAt()) && f.isDueAt(t2)),
                e + " due at " + t1 + " but not at " + t2 + " in " + s);
            checked.incrementAndGet();
          }
        }
      }
    });
    assertTrue(checked.get() > WALKS * 5, "only " + checked + " due escalations were checked");
  }

  @Test
  void afterRestorationNothingEscalatesButAReviewNotCompleted() {
    // Once service is restored (restored, in review), only REVIEW_NOT_COMPLETED is owed; once closed or
    // downgraded, nothing at all.
    Map<IncidentStatus, Integer> seen = new java.util.EnumMap<>(IncidentStatus.class);
    qt().withExamples(WALKS).forAll(PLAN, STEPS, ASKS).checkAssert((p, steps, asks) -> {
      EscalationPlan plan = PLANS.get(p).get();
      for (IncidentState s : walk(plan, steps)) {
        List<Escalation> owed = plan.due(s, later(s, asks[0]));
        seen.merge(s.status(), owed.isEmpty() ? 0 : 1, Integer::sum);
        switch (s.status()) {
          case RESTORED, IN_REVIEW -> assertTrue(owed.stream()
              .allMatch(e -> e.condition() == EscalationCondition.REVIEW_NOT_COMPLETED), owed.toString());
          case CLOSED, DOWNGRADED -> assertEquals(List.of(), owed);
          default -> { }
        }
      }
    });
    // the walks get there, and restored incidents do owe their review
    assertTrue(seen.getOrDefault(IncidentStatus.RESTORED, 0) > 0 && seen.containsKey(IncidentStatus.CLOSED)
        && seen.getOrDefault(IncidentStatus.IN_REVIEW, 0) > 0, seen.toString());
  }

  @Test
  void noConditionIsOwedALevelBeyondItsChainTimesOnePlusItsRepeats() {
    // For every escalation owed, level <= (levels of its chain at the incident's priority) x (1 + repeats).
    qt().withExamples(WALKS).forAll(PLAN, STEPS, ASKS).checkAssert((p, steps, asks) -> {
      EscalationPlan plan = PLANS.get(p).get();
      for (IncidentState s : walk(plan, steps)) {
        for (Escalation e : plan.due(s, later(s, asks[0]).plus(Duration.ofDays(asks[1] % 90)))) {
          EscalationPlan.Repeat repeat = plan.repeats().get(e.condition());
          int bound = plan.chain(e.condition(), s.classification().priority()).size()
              * (1 + (repeat == null ? 0 : repeat.times()));
          assertTrue(e.level() >= 1 && e.level() <= bound, e + " beyond " + bound);
        }
      }
    });
  }

  @Test
  void askingTwiceOrAnotherPlanBuiltAlikeGivesTheSameAnswer() {
    // due(s, t) depends only on s, t and the plan's rules: asking again (after asking about other instants) or
    // asking an equal plan gives an equal answer.
    qt().withExamples(WALKS).forAll(PLAN, STEPS, ASKS).checkAssert((p, steps, asks) -> {
      EscalationPlan plan = PLANS.get(p).get();
      EscalationPlan twin = PLANS.get(p).get();
      assertEquals(plan, twin);
      for (IncidentState s : walk(plan, steps)) {
        Instant t = later(s, asks[0]);
        List<Escalation> first = plan.due(s, t);
        plan.due(s, t.plus(offset(asks[1])));
        assertEquals(first, plan.due(s, t));
        assertEquals(first, twin.due(s, t));
      }
    });
  }

  @Test
  void aHoldOnA24x7PlanDelaysEveryLevelDueAfterItByExactlyItsLength() {
    // Holding at h for d and resuming: a level due at or before h keeps its time; a level due after h is due
    // exactly d later; nothing is added or lost.
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(WALKS).forAll(Generate.pick(List.of(0, 1, 2)), STEPS, ASKS).checkAssert((p, steps, asks) -> {
      EscalationPlan plan = PLANS.get(p).get();
      assertEquals(BusinessCalendar.always(), plan.calendar());
      List<IncidentState> states = walk(plan, steps);
      IncidentState s = states.get(states.size() - 1);
      if (s.lastEventAt() == null || s.escalations().held()) {
        return;
      }
      Instant h = later(s, asks[0]);
      Duration d = offset(asks[1]).plusMinutes(1);
      PolicySet policies = PolicySet.custom().escalation(plan).build();
      Decision held = decide(s, h, new EscalationAction.HoldEscalations("waiting on the vendor"), policies);
      if (!held.isAccepted()) {
        return;
      }
      IncidentState resumed = decide(held.state(), h.plus(d), new EscalationAction.ResumeEscalations(null), policies).state();
      Instant far = h.plus(d).plus(Duration.ofDays(400));
      Map<String, Instant> before = byLevel(plan.due(s, far));
      Map<String, Instant> after = byLevel(plan.due(resumed, far));
      assertEquals(before.keySet(), after.keySet());
      before.forEach((level, due) -> assertEquals(due.isAfter(h) ? due.plus(d) : due, after.get(level), level));
      checked.incrementAndGet();
    });
    assertTrue(checked.get() > WALKS / 4, "only " + checked + " holds were accepted");
  }

  private static Map<String, Instant> byLevel(List<Escalation> owed) {
    Map<String, Instant> out = new HashMap<>();
    owed.forEach(e -> out.put(e.condition() + " " + e.level(), e.dueAt()));
    return out;
  }

  /** An instant after the state's last event: minutes, hours or days later. */
  private static Instant later(IncidentState s, int r) {
    return s.lastEventAt().plus(offset(r));
  }

  private static Duration offset(int r) {
    if (r < 600) {
      return Duration.ofMinutes(r % 60);
    }
    return r < 900 ? Duration.ofMinutes(r % 24 * 60L + r % 7) : Duration.ofDays(r % 20).plusMinutes(r % 13);
  }

  private static Decision decide(IncidentState s, Instant at, Action action, PolicySet policies) {
    return IncidentDecider.decide(s, IncidentCommand.of(IncidentDriver.MI, IncidentDriver.AMY, at, action), policies);
  }

  /** The states (after the first event) that a walk under {@code plan} passes through. */
  static List<IncidentState> walk(EscalationPlan plan, List<int[]> steps) {
    PolicySet policies = PolicySet.custom().escalation(plan).build();
    List<Action> path = List.of(
        IncidentDriver.identify(IdentificationSource.EVENT_MONITORING),
        new ContainmentAction.AssignManager(IncidentDriver.AMY),
        new IdentificationAction.EngageResolverGroup(IncidentDriver.NETWORK, true),
        new IdentificationAction.RecordValidation(dev.mim.core.incident.EvidenceKind.MONITORING_CONFIRMED, "all checks red"),
        new IdentificationAction.Declare(null),
        new ContainmentAction.Mobilise("bridge open"),
        new ResolutionAction.StartResolution("fail over to the standby", IncidentDriver.CHG, false),
        new ResolutionAction.ApplyWorkaround("traffic moved to standby"),
        new ResolutionAction.ConfirmRestoration(null),
        new MaintenanceAction.StartReview(IncidentDriver.BOB),
        new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS),
        new MaintenanceAction.SubmitReview(null),
        new MaintenanceAction.CompleteReview(null),
        new MaintenanceAction.Close(null));
    IncidentState s = IncidentDecider.initialState();
    Instant now = IncidentDriver.T0;
    int next = 0;
    List<IncidentState> states = new ArrayList<>();
    for (int[] step : steps) {
      now = now.plus(step[1] < 700 ? Duration.ofMinutes(step[1] % 20)
          : step[1] < 950 ? Duration.ofHours(step[1] % 6) : Duration.ofDays(step[1] % 8));
      Action action;
      if (step[0] < 350 || s.status() == IncidentStatus.NONE) {
        action = next < path.size() ? path.get(next) : new EscalationAction.Acknowledge();
      } else if (step[0] < 500) {
        action = new EscalationAction.Acknowledge();
      } else if (step[0] < 700) {
        Instant at = now;
        action = plan.due(s, now).stream().filter(e -> e.isDueAt(at)).findFirst()
            .<Action>map(e -> new EscalationAction.RecordEscalation(e.condition(), e.level(), e.targets(), e.reason()))
            .orElse(new EscalationAction.Acknowledge());
      } else if (step[0] < 800) {
        action = new EscalationAction.HoldEscalations("vendor engaged");
      } else if (step[0] < 900) {
        action = new EscalationAction.ResumeEscalations(null);
      } else if (step[0] < 950) {
        action = new ResolutionAction.Reopen("failed again");
      } else {
        action = new IdentificationAction.Reprioritise(Impact.HIGH, step[2] % 2 == 0 ? Urgency.HIGH : Urgency.MEDIUM, "rethought");
      }
      Decision decision = decide(s, now, action, policies);
      if (decision.isAccepted()) {
        if (next < path.size() && action == path.get(next)) {
          next++;
        }
        if (action instanceof ResolutionAction.Reopen) {
          next = 7; // back to resolving: a new workaround is applied and restoration confirmed again
        }
        s = decision.state();
        states.add(s);
      }
    }
    if (states.isEmpty()) {
      states.add(decide(s, now, path.get(0), policies).state());
    }
    return states;
  }
}
