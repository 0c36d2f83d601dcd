package dev.mim.policies.escalation;

import static dev.mim.core.incident.EscalationCondition.NOT_ACKNOWLEDGED;
import static dev.mim.core.incident.EscalationCondition.NOT_RESTORED;
import static dev.mim.core.incident.EscalationCondition.REVIEW_NOT_COMPLETED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An escalation plan as it is built: refused when it could not be kept, put in time order, shown as a table. */
class EscalationPlanBuildingTest {

  @Test
  void aPlanOfferingLevelsAboveTheHighestRecordedIsRefusedWhenBuilt() {
    // 48 rules looping 20 times would make levels up to 1,008 due, where the decider records at most level 1,000.
    List<EscalationPresets.Level> levels = java.util.Collections.nCopies(48,
        new EscalationPresets.Level(Duration.ofMinutes(1), List.of(EscalationPlanTest.ON_CALL)));
    EscalationPlanTest.assertMessage("levels of NOT_ACKNOWLEDGED at P1 must be at most 1000 with their repeats (the highest level "
        + "recorded), were 1008", () -> EscalationPresets.pagerDutyStyle(levels, 20));
    // 1,000 levels exactly are built.
    EscalationPlan plan = EscalationPresets.pagerDutyStyle(java.util.Collections.nCopies(50, levels.get(0)), 19);
    assertEquals(1000, plan.chain(NOT_ACKNOWLEDGED, dev.mim.core.priority.Priority.of(1)).size() * 20);
  }

  @Test
  void aPlanAsATableSaysEachDelayInTheLargestWholeUnit() {
    EscalationPlan plan = EscalationPlan.custom()
        .rule(NOT_RESTORED, Set.of(Priority.of(2), Priority.of(1)), Duration.ofMinutes(90), "slow", EscalationPlanTest.HEAD)
        .rule(NOT_RESTORED, Set.of(), Duration.ofHours(48), "very slow", EscalationPlanTest.EXEC, EscalationPlanTest.MANAGER)
        .repeat(NOT_RESTORED, Duration.ofDays(3), 1)
        .build();
    assertEquals("""
        | condition | priorities | after | pages | reason |
        |---|---|---|---|---|
        | `NOT_RESTORED` | all | 2 days | role executive-on-call, role major-incident-manager | very slow |
        | `NOT_RESTORED` | P1, P2 | 90 min | role head-of-operations | slow |

        Repeats: `NOT_RESTORED` every 3 days, 1 time.
        """, plan.toMarkdown());
    assertEquals("""
        | condition | priorities | after | pages | reason |
        |---|---|---|---|---|
        | `NOT_RESTORED` | all | 25 h | role head-of-operations | a day and an hour |
        """, EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(25), "a day and an hour", EscalationPlanTest.HEAD)
        .build().toMarkdown());
  }

  @Test
  void rulesAndEscalationsAreOrderedByTimeWhateverOrderTheyWereGivenIn() {
    // rules given latest first; a not-restored level falls due before a not-acknowledged one
    EscalationPlan plan = EscalationPlan.custom()
        .rule(NOT_ACKNOWLEDGED, Set.of(), Duration.ofMinutes(50), "still not acknowledged", EscalationPlanTest.HEAD)
        .rule(NOT_ACKNOWLEDGED, Set.of(), Duration.ofMinutes(20), "not acknowledged", EscalationPlanTest.ON_CALL)
        .rule(NOT_RESTORED, Set.of(), Duration.ofMinutes(10), "not restored", EscalationPlanTest.EXEC)
        .build();
    assertEquals(List.of("not acknowledged", "still not acknowledged"),
        plan.chain(NOT_ACKNOWLEDGED, Priority.of(1)).stream().map(EscalationRule::reason).toList());
    IncidentDriver d = EscalationPlanTest.declaredWithManager(plan);
    assertEquals(List.of("not restored", "not acknowledged"),
        plan.due(d.state, EscalationPlanTest.at("08:06")).stream().map(Escalation::reason).toList());
  }

  @Test
  void theLongestDelayAndIntervalAreAccepted() {
    EscalationPlan plan = EscalationPlan.custom()
        .rule(REVIEW_NOT_COMPLETED, Set.of(), EscalationPlan.MAX_DELAY, "a month on", EscalationPlanTest.HEAD)
        .repeat(REVIEW_NOT_COMPLETED, EscalationPlan.MAX_DELAY, 1).build();
    assertEquals("| `REVIEW_NOT_COMPLETED` | all | 30 days | role head-of-operations | a month on |",
        plan.toMarkdown().lines().toList().get(2));
    assertEquals("| `NOT_RESTORED` | all | 1 day | role head-of-operations | a day |",
        EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(24), "a day", EscalationPlanTest.HEAD).build()
            .toMarkdown().lines().toList().get(2));
    EscalationPlan once = EscalationPresets.opsgenieStyle(NOT_ACKNOWLEDGED, Duration.ofMinutes(5), EscalationPlanTest.ON_CALL,
        Duration.ofMinutes(5), 0);
    assertEquals(Map.of(), once.repeats());
    assertEquals(1, once.rules().size());
  }

  @Test
  void badPlansAreRefusedNamingTheField() {
    EscalationPlanTest.assertMessage("repeat every of NOT_RESTORED must not be shorter than its longest delay PT2H, was PT1H",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(2), "late", EscalationPlanTest.HEAD)
            .repeat(NOT_RESTORED, Duration.ofHours(1), 2).build());
    EscalationPlanTest.assertMessage("after must be from zero to PT720H, was PT-1M",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofMinutes(-1), "late", EscalationPlanTest.HEAD));
    EscalationPlanTest.assertMessage("after must be from zero to PT720H, was PT721H",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(721), "late", EscalationPlanTest.HEAD));
    EscalationPlanTest.assertMessage("targets must hold at least one target and no null, was []",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(1), "late"));
    EscalationPlanTest.assertMessage("reason must not be blank",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, Set.of(), Duration.ofHours(1), " ", EscalationPlanTest.HEAD));
    EscalationPlanTest.assertMessage("condition must not be null",
        () -> EscalationPlan.custom().rule(null, Set.of(), Duration.ofHours(1), "late", EscalationPlanTest.HEAD));
    EscalationPlanTest.assertMessage("times must be between 1 and 20, was 21",
        () -> EscalationPlan.custom().repeat(NOT_RESTORED, Duration.ofHours(1), 21));
    EscalationPlanTest.assertMessage("times must be between 1 and 20, was 0",
        () -> EscalationPlan.custom().repeat(NOT_RESTORED, Duration.ofHours(1), 0));
    EscalationPlanTest.assertMessage("every must be positive and at most PT720H, was PT0S",
        () -> EscalationPlan.custom().repeat(NOT_RESTORED, Duration.ZERO, 1));
    EscalationPlanTest.assertMessage("name must not be blank, was ", () -> EscalationPlan.custom().name("").build());
    EscalationPlanTest.assertMessage("incident and at must not be null, were null, null",
        () -> EscalationPresets.tiered().due(null, null));
    java.util.Set<Priority> withNull = new java.util.HashSet<>();
    withNull.add(null);
    EscalationPlanTest.assertMessage("priorities must not hold null",
        () -> EscalationPlan.custom().rule(NOT_RESTORED, withNull, Duration.ofHours(1), "late", EscalationPlanTest.HEAD));
  }

}
