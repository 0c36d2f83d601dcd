package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.service.ServiceId;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.escalation.EscalationPlan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CEL conditions on escalation rules and on the surge detector's trigger rule. */
class RuleConditionsTest {

  private static final Instant HALF_PAST = Instant.parse("2026-11-23T08:30:00Z");

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read("id: x\nversion: 1\n" + yaml, DocumentFormat.YAML);
  }

  private static String catalogue(int paymentsTier) {
    return "serviceCatalogue:\n  services:\n    - {id: payments, name: Payments, tier: " + paymentsTier
        + ", hourlyDowntimeCost: 1, resolverGroup: pay, owner: amy}\n";
  }

  /** Amy when a candidate is not validated, Bob 10 minutes later when {@code when} holds. */
  private static String plan(String when) {
    return """
        escalation:
          rules:
            - {condition: NOT_VALIDATED, after: PT0S, reason: validate, targets: [{person: amy}]}
            - {condition: NOT_VALIDATED, after: PT10M, reason: still not validated, targets: [{person: bob}],
               when: "%s"}
        """.formatted(when);
  }

  private static List<Integer> levelsDue(PolicyDocument d, IncidentState candidate) {
    return d.policySet().escalation().due(candidate, HALF_PAST).stream().map(Escalation::level).toList();
  }

  @Test
  void anEscalationRulePagesOnlyForTheIncidentsItsConditionHoldsForTheTiersFromTheDocumentsCatalogue() {
    IncidentState candidate = Candidates.identifiedBy(IdentificationSource.USER_REPORT);
    assertEquals(List.of(1, 2), levelsDue(read(plan("1 in tiers") + catalogue(1)), candidate));
    assertEquals(List.of(1), levelsDue(read(plan("1 in tiers") + catalogue(2)), candidate),
        "level 2 is passed over for a tier-2 service");
    PolicyDocument d = read(plan("1 in tiers") + catalogue(1));
    assertEquals(d, PolicyDocuments.read(PolicyDocuments.write(d, DocumentFormat.YAML), DocumentFormat.YAML));
    assertTrue(PolicyDocuments.write(d, DocumentFormat.JSON).contains("\"when\" : \"1 in tiers\""),
        PolicyDocuments.write(d, DocumentFormat.JSON));
    String table = assertInstanceOf(EscalationPlan.class, d.policySet().escalation()).toMarkdown();
    assertTrue(table.contains("`NOT_VALIDATED` when `1 in tiers` | all | 10 min | bob |"), table);
  }

  @Test
  void anEscalationConditionThatFailsRefusesTheEscalationAsAFailedPolicy() {
    PolicyDocument d = read(plan("priority / (priority - priority) == 1"));
    IncidentState candidate = Candidates.identifiedBy(IdentificationSource.USER_REPORT);
    RecordingLogs.clear();
    Decision decision = IncidentDecider.decide(candidate, IncidentCommand.of(TenantId.of("acme"),
        IncidentId.of("MI-1"), Actor.of("amy"), HALF_PAST, new EscalationAction.RecordEscalation(
            EscalationCondition.NOT_VALIDATED, 1, List.of(EscalationTarget.person(Actor.of("amy"))), "validate")),
        d.policySet());
    Decision.Rejected refused = assertInstanceOf(Decision.Rejected.class, decision);
    assertEquals(ViolationCode.POLICY_FAILED, refused.violations().get(0).code(), refused::toString);
    assertTrue(RecordingLogs.warnings().toString().contains("/escalation/rules/1/when failed"),
        RecordingLogs.warnings().toString());
  }

  @Test
  void aTriggerConditionProposesTheSignalsItHoldsForAtOnce() {
    PolicyDocument d = read(catalogue(1)
        + "surge: {when: \"source == 'USER_REPORT' && tier == 1 && category == 'outage' && service == 'payments'"
        + " && location == '' && configurationItem == ''\"}\n");
    SurgeDetector detector = SurgeDetector.of(d.surge());
    IncidentSignal outage = IncidentSignal.builder().tenant(TenantId.of("acme")).source(SignalSource.USER_REPORT)
        .service(ServiceId.of("payments")).at(HALF_PAST).reference("REPORT-1").category("outage").build();
    assertEquals(List.of("REPORT-1"), detector.observe(outage, OpenKeys.none()).proposals().get(0).evidence());
    IncidentSignal alert = IncidentSignal.of(SignalSource.EVENT_MONITORING, ServiceId.of("payments"), HALF_PAST,
        "ALERT-1");
    assertTrue(SurgeDetector.of(d.surge()).observe(alert, OpenKeys.none()).proposals().isEmpty(),
        "the condition replaces the tier rule");
    assertTrue(detector.toString().contains("at once: source == 'USER_REPORT'"), detector.toString());
    assertTrue(PolicyDocuments.write(d, DocumentFormat.JSON).contains("\"when\" : \"source == 'USER_REPORT'"),
        PolicyDocuments.write(d, DocumentFormat.JSON));
    assertEquals(d, PolicyDocuments.read(PolicyDocuments.write(d, DocumentFormat.JSON), DocumentFormat.JSON));
  }

  @Test
  void aTriggerConditionThatFailsRefusesTheSignal() {
    PolicyDocument d = read("surge: {when: \"tier / (tier - tier) == 1\"}\n");
    RecordingLogs.clear();
    Detection refused = SurgeDetector.of(d.surge()).observe(IncidentSignal.of(SignalSource.USER_REPORT,
        ServiceId.of("payments"), HALF_PAST, "REPORT-1"), OpenKeys.none());
    assertEquals("trigger-failed", assertInstanceOf(Detection.Refused.class, refused).code().code());
    assertEquals(1, RecordingLogs.warnings().size(), RecordingLogs.warnings().toString());
  }

  @Test
  void ruleConditionsAreCompiledOverTheirOwnVariablesAndNotGivenBesideTheTierTheyReplace() {
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> read(plan("tier == 1") + "surge: {when: \"priority == 1\"}\n"));
    List<String> problems = e.problems().stream().map(DocumentProblem::toString).toList();
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("/escalation/rules/1/when: does not compile at line 1, column 1:")
        && problems.get(0).contains("stage"), problems.get(0));
    assertTrue(problems.get(1).startsWith("/surge/when: does not compile at line 1, column 1:")
        && problems.get(1).contains("[category, configurationItem, location, service, source, tier]"),
        problems.get(1));
    assertEquals(List.of(new DocumentProblem("/surge", "gives both immediateTier and when: give one")),
        assertThrows(InvalidPolicyDocumentException.class,
            () -> read("surge: {when: \"tier == 1\", immediateTier: 2}\n")).problems());
  }
}
