package dev.mim.policies.escalation;

import static dev.mim.core.incident.EscalationCondition.NOT_ACKNOWLEDGED;
import static dev.mim.policies.escalation.EscalationPlanTest.EXEC;
import static dev.mim.policies.escalation.EscalationPlanTest.HEAD;
import static dev.mim.policies.escalation.EscalationPlanTest.ON_CALL;
import static dev.mim.policies.escalation.EscalationPlanTest.at;
import static dev.mim.policies.escalation.EscalationPlanTest.declaredWithManager;
import static dev.mim.policies.escalation.EscalationPlanTest.recordAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.logging.RecordingLogs;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A rule's {@code when}: which incidents it pages for, and what happens to the levels around one passed over. */
class EscalationRuleWhenTest {

  /** On call at once, the head of operations after 10 min if {@code head}, executives after 30 min; repeated. */
  static EscalationPlan plan(Predicate<IncidentState> head) {
    return EscalationPlan.custom()
        .rule(NOT_ACKNOWLEDGED, Set.of(), Duration.ZERO, "on call", ON_CALL)
        .rule(NOT_ACKNOWLEDGED, Set.of(), Duration.ofMinutes(10), "head", head, HEAD)
        .rule(NOT_ACKNOWLEDGED, Set.of(), Duration.ofMinutes(30), "executives", EXEC)
        .putRepeats(NOT_ACKNOWLEDGED, new EscalationPlan.Repeat(Duration.ofMinutes(30), 1))
        .build();
  }

  @Test
  void aRuleWhoseWhenTheIncidentDoesNotMeetIsPassedOverAndTheLevelsAfterItKeepTheirNumbers() {
    List<String> met = recordAll(plan(EscalationRule.ALWAYS), declaredWithManager(plan(EscalationRule.ALWAYS)),
        NOT_ACKNOWLEDGED).stream().map(EscalationPlanTest::levelAt).toList();
    assertEquals(List.of("1@08:05", "2@08:15", "3@08:35", "4@08:35", "5@08:45", "6@09:05"), met);

    EscalationPlan notMet = plan(incident -> false);
    List<String> passedOver = recordAll(notMet, declaredWithManager(notMet), NOT_ACKNOWLEDGED).stream()
        .map(EscalationPlanTest::levelAt).toList();
    assertEquals(List.of("1@08:05", "3@08:35", "4@08:35", "6@09:05"), passedOver);
  }

  @Test
  void whenIsAskedWithTheIncidentAsItStandsAtMostOncePerRulePerQuestion() {
    int[] asked = {0};
    IncidentState[] seen = {null};
    EscalationPlan plan = plan(incident -> {
      asked[0]++;
      seen[0] = incident;
      return incident.children().size() > 0;
    });
    IncidentDriver d = declaredWithManager(plan);
    assertEquals(List.of(1), plan.due(d.state, at("08:04")).stream().map(e -> e.level()).toList(),
        "before level 1 is due, it is the next and only level owed");
    assertEquals(0, asked[0], "the rule is not asked before its level is reached");
    assertEquals(List.of(1, 3, 4, 6), plan.due(d.state, at("08:40")).stream().map(e -> e.level()).toList());
    assertEquals(1, asked[0], "once for both passes of the chain");
    assertEquals(d.state, seen[0]);
  }

  @Test
  void aWhenThatThrowsRefusesTheEscalationAsAFailingHostPolicyWithAWarning() {
    EscalationPlan plan = plan(incident -> {
      throw new IllegalStateException("CMDB unreachable");
    });
    IncidentDriver d = declaredWithManager(plan);
    assertThrows(IllegalStateException.class, () -> plan.due(d.state, at("08:20")));
    RecordingLogs.clear();
    d.now = at("08:19");
    d.no(ViolationCode.POLICY_FAILED, new EscalationAction.RecordEscalation(NOT_ACKNOWLEDGED, 1, List.of(ON_CALL),
        "on call"));
    assertEquals(1, RecordingLogs.warnings().size(), RecordingLogs.warnings().toString());
  }

  @Test
  void theMarkdownTableSaysWhenARuleIsConditional() {
    Predicate<IncidentState> withChildren = new Predicate<>() {
      @Override
      public boolean test(IncidentState incident) {
        return !incident.children().isEmpty();
      }

      @Override
      public String toString() {
        return "children > 0";
      }
    };
    String table = plan(withChildren).toMarkdown();
    assertTrue(table.contains("| `NOT_ACKNOWLEDGED` when `children > 0` | all | 10 min |"), table);
    assertTrue(table.contains("| `NOT_ACKNOWLEDGED` | all | 0 min |"), table);
    assertEquals("always", EscalationRule.ALWAYS.toString());
  }
}
