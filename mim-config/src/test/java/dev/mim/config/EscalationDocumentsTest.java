package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.PolicyPresets;
import dev.mim.policies.PriorityMatrices;
import dev.mim.policies.escalation.EscalationPlan;
import dev.mim.policies.escalation.EscalationPresets.Level;
import dev.mim.policies.escalation.EscalationPresets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Escalation plans and on-call schedules as documents: the same plans as mim-policies' presets build in Java. */
class EscalationDocumentsTest {

  static final long SEED = 0x5EED_E5CAL;
  static final int SEQUENCES = 1_000;

  private static final String MANAGERS = """
      onCall:
        - name: major-incident-managers
          layers: [{name: daily, zone: UTC, start: "2026-11-02T09:00", turn: P1D, people: [amy, bob]}]
      """;

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read("id: x\nversion: 1\n" + yaml, DocumentFormat.YAML);
  }

  @Test
  void theTieredPresetByNameIsThePresetAndDecidesEveryGeneratedSequenceAsItDoes() {
    PolicySet document = read(MANAGERS + "escalation: tiered\n").policySet();
    assertEquals(EscalationPresets.tiered(), document.escalation());
    PolicySet java = PolicySet.from(PolicyPresets.validateFirst()).escalation(EscalationPresets.tiered()).build();
    // Invariant: for any command sequence, the document's policy set makes the same decision at every step (its
    // events also name the document).
    Decisions.sameOnGeneratedSequences(java, document, SEED, SEQUENCES, "tiered escalation");
  }

  @Test
  void pagerDutyAndOpsgenieShapedPlansAreWrittenAsRulesAndEqualThePresets() {
    EscalationPlan pagerDuty = EscalationPresets.pagerDutyStyle(List.of(
        new Level(Duration.ofMinutes(5), List.of(EscalationTarget.onCall("major-incident-managers"))),
        new Level(Duration.ofMinutes(10), List.of(EscalationTarget.role(Role.of("head-of-operations"))))), 2);
    assertEquals(pagerDuty, read(MANAGERS + """
        escalation:
          name: PagerDuty-style escalation policy
          rules:
            - {condition: NOT_ACKNOWLEDGED, after: PT0S, reason: "not acknowledged: escalation rule 1",
               targets: [{onCall: major-incident-managers}]}
            - {condition: NOT_ACKNOWLEDGED, after: PT5M, reason: "not acknowledged: escalation rule 2",
               targets: [{role: head-of-operations}]}
          repeats: {NOT_ACKNOWLEDGED: {every: PT15M, times: 2}}
          clockStarts: {NOT_ACKNOWLEDGED: CONDITION}
        """).policySet().escalation());
    EscalationPlan opsgenie = EscalationPresets.opsgenieStyle(EscalationCondition.NOT_RESTORED,
        Duration.ofMinutes(30), EscalationTarget.person(Actor.of("amy")), Duration.ofHours(1), 5,
        EscalationPlan.ClockStart.DECLARATION);
    assertEquals(opsgenie, read("""
        escalation:
          name: Opsgenie-style escalation
          rules: [{condition: NOT_RESTORED, after: PT30M, reason: not closed, targets: [{person: amy}]}]
          repeats: {NOT_RESTORED: {every: PT1H, times: 5}}
          clockStarts: {NOT_RESTORED: DECLARATION}
        """).policySet().escalation());
  }

  @Test
  void aServiceNowShapedPlanOfSlaTargetsOnABusinessCalendarIsWrittenAsRulesAndEqualsThePreset() {
    EscalationPlan serviceNow = EscalationPresets.serviceNowStyle(
        Map.of(Priority.of(1), new EscalationPresets.Targets(Duration.ofMinutes(15), Duration.ofHours(4))),
        WorkingHours.weekdays(ZoneId.of("Europe/London"), LocalTime.of(9, 0), LocalTime.of(17, 0)),
        EscalationTarget.role(Role.of("service-desk-manager")));
    StringBuilder rules = new StringBuilder();
    for (int percent : new int[] {50, 75, 100}) {
      rules.append("    - {condition: NOT_ACKNOWLEDGED, priorities: [P1], after: ")
          .append(Duration.ofMinutes(15).multipliedBy(percent).dividedBy(100)).append(", reason: \"").append(percent)
          .append(" % of the P1 response target used\", targets: [{role: service-desk-manager}]}\n")
          .append("    - {condition: NOT_RESTORED, priorities: [P1], after: ")
          .append(Duration.ofHours(4).multipliedBy(percent).dividedBy(100)).append(", reason: \"").append(percent)
          .append(" % of the P1 restoration target used\", targets: [{role: service-desk-manager}]}\n");
    }
    assertEquals(serviceNow, read("escalation:\n  name: ServiceNow-style SLA\n"
        + "  calendar: {zone: Europe/London, start: \"09:00\", end: \"17:00\"}\n  rules:\n" + rules)
        .policySet().escalation());
  }

  @Test
  void everyMatrixPresetWrittenAsCellsIsThePreset() {
    for (PriorityMatrix preset : List.of(PriorityMatrices.itil3x3(), PriorityMatrices.fiveByFive(),
        PriorityMatrices.serviceNowEventLog())) {
      StringBuilder cells = new StringBuilder();
      for (int[] row : preset.table()) {
        cells.append(cells.length() == 0 ? "" : ", ").append(Arrays.stream(row).mapToObj(l -> "P" + l)
            .collect(Collectors.joining(", ", "[", "]")));
      }
      assertEquals(preset, read("priorityMatrix: {cells: [" + cells + "], monotonic: " + preset.isMonotonic()
          + "}\n").policySet().priorityMatrix());
    }
  }

  @Test
  void theOnCallSchedulesAreTheDocumentsRoster() {
    PolicyDocument acme = Documents.acme();
    // weekly turns from Monday 2 November 09:00 Paris: amy, bob, carol; erin overrides over Christmas, in bob's week
    assertEquals(Actor.of("bob"), acme.onCall().schedule("incident-managers").orElseThrow()
        .onCallAt(Instant.parse("2026-11-10T12:00:00Z")).orElseThrow());
    assertEquals(Actor.of("bob"), acme.onCall().schedule("incident-managers").orElseThrow()
        .onCallAt(Instant.parse("2026-12-23T12:00:00Z")).orElseThrow());
    assertEquals(Actor.of("erin"), acme.onCall().schedule("incident-managers").orElseThrow()
        .onCallAt(Instant.parse("2026-12-25T12:00:00Z")).orElseThrow());
    EscalationPlan plan = (EscalationPlan) acme.policySet().escalation();
    assertEquals(4, plan.rules().size());
    assertEquals(Set.of(Priority.of(1), Priority.of(2)), plan.rules().get(0).priorities());
    // The anchors' steps: a reminder, a step only in office hours, a round robin.
    assertEquals(java.time.Duration.ofMinutes(2), plan.rules().get(0).remindEvery());
    assertFalse(plan.rules().get(1).during().isWorkingTime(Instant.parse("2026-11-23T22:00:00Z")));
    assertTrue(plan.rules().get(1).during().isWorkingTime(Instant.parse("2026-11-23T10:00:00Z")));
    assertTrue(plan.rules().get(2).roundRobin() && !plan.rules().get(0).roundRobin());
    assertEquals(EscalationPlan.ClockStart.DECLARATION, plan.clockStarts().get(EscalationCondition.NOT_RESTORED));
  }

  @Test
  void anEscalationTargetNamingAScheduleTheDocumentDoesNotDefineIsRefusedWhereItIsNamed() {
    InvalidPolicyDocumentException tiered = assertThrows(InvalidPolicyDocumentException.class,
        () -> read("escalation: tiered\n"));
    assertEquals(List.of(new DocumentProblem("/escalation", "names on-call schedule major-incident-managers, which"
        + " the document's onCall does not define; it defines []")), tiered.problems());
    InvalidPolicyDocumentException rule = assertThrows(InvalidPolicyDocumentException.class, () -> read(MANAGERS + """
        escalation:
          rules:
            - {condition: NOT_ACKNOWLEDGED, after: PT5M, reason: late, targets: [{person: amy}, {onCall: managers}]}
            - {condition: NOT_RESTORED, after: P31D, reason: very late, targets: [{pager: amy}]}
        """));
    assertEquals(List.of(
        "/escalation/rules/0/targets/1/onCall: names on-call schedule managers, which the document's onCall does not"
            + " define; it defines [major-incident-managers]",
        "/escalation/rules/1/targets/0/pager: is not a field here; the fields are [group, onCall, person, role]"),
        rule.problems().stream().map(DocumentProblem::toString).toList());
  }
}
