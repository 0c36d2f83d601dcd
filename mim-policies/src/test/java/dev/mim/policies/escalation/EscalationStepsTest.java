package dev.mim.policies.escalation;

import static dev.mim.core.incident.EscalationCondition.NOT_ACKNOWLEDGED;
import static dev.mim.policies.escalation.EscalationPlanTest.at;
import static dev.mim.policies.escalation.EscalationPlanTest.declaredWithManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Actor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The anchors' escalation steps: round robin among a step's targets, steps in support hours only, reminders. */
class EscalationStepsTest {

  private static final EscalationTarget AMY = EscalationTarget.person(Actor.of("amy"));
  private static final EscalationTarget BOB = EscalationTarget.person(Actor.of("bob"));
  private static final EscalationTarget CAROL = EscalationTarget.person(Actor.of("carol"));
  private static final EscalationTarget DESK_LEADS = EscalationTarget.person(Actor.of("desk-lead"));

  private static EscalationRule rule(Duration after, String reason, EscalationTarget... targets) {
    return new EscalationRule(NOT_ACKNOWLEDGED, Set.of(), after, List.of(targets), reason);
  }

  @Test
  void aRoundRobinStepPagesOneTargetInTurnSpreadingIncidentsAndMovingOnWithEachRepeat() {
    EscalationPlan plan = EscalationPlan.custom()
        .addRules(rule(Duration.ofMinutes(5), "not acknowledged", AMY, BOB, CAROL).inRoundRobin())
        .repeat(NOT_ACKNOWLEDGED, Duration.ofMinutes(10), 2).build();
    IncidentDriver d = declaredWithManager(plan);
    List<Escalation> all = plan.due(d.state, at("08:40"));
    assertEquals(3, all.size());
    List<EscalationTarget> turns = all.stream().map(e -> e.targets().get(0)).toList();
    assertTrue(all.stream().allMatch(e -> e.targets().size() == 1), all.toString());
    assertEquals(Set.of(AMY, BOB, CAROL), new HashSet<>(turns), "each repeat pages the next target");
    // Incidents with other ids start elsewhere in the turn.
    Set<EscalationTarget> firsts = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      IncidentState other = new IncidentState(dev.mim.core.incident.IncidentId.of("MI-" + i), d.state.tenant(),
          d.state.status(), d.state.version(), d.state.lastEventAt(), d.state.classification(), d.state.evidence(),
          d.state.declaredAt(), d.state.team(), d.state.resolution(), d.state.children(), d.state.review(),
          d.state.communications(), d.state.escalations(), d.state.endedAt(), d.state.downgradeReason(),
          d.state.schemaVersion());
      firsts.add(plan.due(other, at("08:40")).get(0).targets().get(0));
    }
    assertEquals(Set.of(AMY, BOB, CAROL), firsts);
  }

  @Test
  void aStepForSupportHoursIsPassedOverWhenItFallsDueOutsideThemAndTheLevelsAfterItKeepTheirNumbers() {
    // Support hours 09:00 to 17:00 UTC on weekdays; the incident's manager is assigned at 08:05 on a Monday.
    WorkingHours support = new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
    EscalationPlan plan = EscalationPlan.custom()
        .addRules(rule(Duration.ofMinutes(5), "desk leads, in support hours", DESK_LEADS).during(support))
        .addRules(rule(Duration.ofMinutes(15), "amy", AMY))
        .addRules(rule(Duration.ofMinutes(60), "bob, in support hours", BOB).during(support))
        .build();
    IncidentDriver d = declaredWithManager(plan);
    // 08:10 is outside support hours: level 1 is passed over; level 2 (amy, 08:20) and level 3 (bob, 09:05) stay.
    List<Escalation> due = plan.due(d.state, at("08:30"));
    assertEquals(List.of(2, 3), due.stream().map(Escalation::level).toList());
    assertEquals(List.of(List.of(AMY), List.of(BOB)), due.stream().map(Escalation::targets).toList());
    assertEquals(at("09:05"), due.get(1).dueAt());
    d.okAt(at("08:30"), new EscalationAction.RecordEscalation(NOT_ACKNOWLEDGED, 2, List.of(AMY), "amy"));
    assertTrue(plan.toMarkdown().contains("| desk-lead, during "), plan.toMarkdown());
  }

  @Test
  void aRemindedLevelRepagesItsTargetsUntilAcknowledgedOrTheNextLevelComes() {
    EscalationPlan plan = EscalationPlan.custom()
        .addRules(rule(Duration.ofMinutes(5), "on call", AMY).remindingEvery(Duration.ofMinutes(2)))
        .addRules(rule(Duration.ofMinutes(15), "head of operations", BOB))
        .build();
    IncidentDriver d = declaredWithManager(plan);
    assertEquals(List.of(), plan.reminders(d.state, at("08:12")), "nothing is reminded before the level is sent");
    d.okAt(at("08:11"), new EscalationAction.RecordEscalation(NOT_ACKNOWLEDGED, 1, List.of(AMY), "on call"));
    // Level 1 fell due at 08:10: reminders at 08:12, 08:14, ... until level 2 at 08:20.
    assertEquals(List.of(new EscalationReminder(NOT_ACKNOWLEDGED, 1, 1, List.of(AMY), at("08:12"), false)),
        plan.reminders(d.state, at("08:11")));
    assertEquals(List.of(new EscalationReminder(NOT_ACKNOWLEDGED, 1, 3, List.of(AMY), at("08:16"), true),
        new EscalationReminder(NOT_ACKNOWLEDGED, 1, 4, List.of(AMY), at("08:18"), false)),
        plan.reminders(d.state, at("08:17")));
    assertEquals(List.of(new EscalationReminder(NOT_ACKNOWLEDGED, 1, 4, List.of(AMY), at("08:18"), true)),
        plan.reminders(d.state, at("08:19")), "no reminder at or after the next level's time");
    d.okAt(at("08:19"), new EscalationAction.Acknowledge());
    assertEquals(List.of(), plan.reminders(d.state, at("08:30")), "acknowledged: the condition no longer holds");
  }

  @Test
  void heldEscalationsRemindNobodyAndABadIntervalIsRefused() {
    EscalationPlan plan = EscalationPlan.custom()
        .addRules(rule(Duration.ofMinutes(5), "on call", AMY).remindingEvery(Duration.ofMinutes(2))).build();
    IncidentDriver d = declaredWithManager(plan);
    d.okAt(at("08:11"), new EscalationAction.RecordEscalation(NOT_ACKNOWLEDGED, 1, List.of(AMY), "on call"));
    d.okAt(at("08:12"), new EscalationAction.HoldEscalations("vendor on the bridge"));
    assertEquals(List.of(), plan.reminders(d.state, at("08:20")));
    assertEquals("remindEvery must be positive and at most PT720H, was PT0S", assertThrows(
        IllegalArgumentException.class, () -> rule(Duration.ZERO, "x", AMY).remindingEvery(Duration.ZERO))
        .getMessage());
  }
}
