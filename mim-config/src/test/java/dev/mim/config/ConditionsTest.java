package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conditions as CEL expressions: compiled when read, evaluated with a cost limit, failing as host policies fail. */
class ConditionsTest {

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read("id: x\nversion: 1\n" + yaml, DocumentFormat.YAML);
  }

  private static final String CATALOGUE = """
      serviceCatalogue:
        services:
          - {id: payments, name: Payments, tier: 1, hourlyDowntimeCost: 1, resolverGroup: pay, owner: amy}
          - {id: wiki, name: Wiki, tier: 4, hourlyDowntimeCost: 0, resolverGroup: docs, owner: bob}
      """;

  @Test
  void aDeclarationConditionSeesTheCandidatesSourcePriorityAndTheTiersOfItsServices() {
    PolicySet p = read("declaration: {when: \"source == 'EVENT_MONITORING' && priority == 1 && 1 in tiers\"}\n"
        + CATALOGUE).policySet();
    assertTrue(p.declarationPolicy().allowsDeclarationWithoutEvidence(
        Candidates.identifiedBy(IdentificationSource.EVENT_MONITORING)));
    assertFalse(p.declarationPolicy().allowsDeclarationWithoutEvidence(
        Candidates.identifiedBy(IdentificationSource.USER_REPORT)));
  }

  @Test
  void theStandardThresholdAsAConditionSaysTheSameForEveryPriorityAndEveryServices() {
    PolicyDocument d = read("majorIncidentThreshold: {when: \"priority == 1 || priority == 2 && 1 in tiers\"}\n"
        + CATALOGUE);
    MajorIncidentThreshold when = d.policySet().majorIncidentThreshold();
    List<BusinessService> all = new ArrayList<>();
    for (String id : List.of("payments", "wiki")) {
      all.add(d.policySet().serviceCatalogue().find(dev.mim.core.service.ServiceId.of(id)).orElseThrow());
    }
    for (int level = 1; level <= Priority.MAX_LEVEL; level++) {
      for (List<BusinessService> services : List.of(List.<BusinessService>of(), all.subList(0, 1),
          all.subList(1, 2), all)) {
        Priority p = Priority.of(level);
        assertEquals(MajorIncidentThreshold.standard().isMajor(p, services), when.isMajor(p, services),
            () -> p + " on " + services);
      }
    }
    assertEquals("priority == 1 || priority == 2 && 1 in tiers", when.toString());
  }

  @Test
  void aConditionThatDoesNotCompileToABooleanOverItsVariablesIsAProblemWithItsColumn() {
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class, () -> read("""
        majorIncidentThreshold: {when: "impact == 1"}
        declaration: {when: "priority + 1"}
        """));
    List<String> problems = e.problems().stream().map(DocumentProblem::toString).toList();
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("/declaration/when: does not compile at line 1, column "),
        problems.get(0));
    assertTrue(problems.get(1).startsWith("/majorIncidentThreshold/when: does not compile at line 1, column 1:"),
        problems.get(1));
    assertTrue(problems.get(1).contains("impact") && problems.get(1).contains("[priority, services, tiers]"),
        problems.get(1));
    InvalidPolicyDocumentException syntax = assertThrows(InvalidPolicyDocumentException.class,
        () -> read("declaration: {when: \"priority ==\"}\n"));
    assertTrue(syntax.problems().get(0).message().startsWith("does not compile at line 1, column "),
        syntax.getMessage());
  }

  @Test
  void aConditionSeesTheStageTheChildrenAndTheMinutesSinceDeclarationOfADeclaredIncident() {
    PolicySet p = read("declaration: {when: \"stage == 'DECLARED' && children == 0 && minutesSinceDeclaration == 0"
        + " && impact == 1 && urgency == 1 && services == ['payments'] && tiers == []\"}\n").policySet();
    assertTrue(p.declarationPolicy().allowsDeclarationWithoutEvidence(Candidates.declared()));
    assertFalse(p.declarationPolicy().allowsDeclarationWithoutEvidence(
        Candidates.identifiedBy(IdentificationSource.EVENT_MONITORING)), "a candidate is not declared");
    assertEquals("stage == 'DECLARED' && children == 0 && minutesSinceDeclaration == 0 && impact == 1"
        + " && urgency == 1 && services == ['payments'] && tiers == []", p.declarationPolicy().toString());
  }

  @Test
  void minutesSinceDeclarationCountToTheIncidentsLastEvent() {
    IncidentState declared = Candidates.declared();
    IncidentState later = ((Decision.Accepted) IncidentDecider.decide(declared, IncidentCommand.of(
        declared.tenant(), declared.id(), Actor.of("amy"), declared.lastEventAt().plus(Duration.ofMinutes(30)),
        new ContainmentAction.AssignManager(Actor.of("amy"))), PolicySet.ofDefaults())).state();
    PolicySet p = read("declaration: {when: \"minutesSinceDeclaration == 30\"}\n").policySet();
    assertTrue(p.declarationPolicy().allowsDeclarationWithoutEvidence(later));
    assertFalse(p.declarationPolicy().allowsDeclarationWithoutEvidence(declared));
  }

  @Test
  void aConditionAndTheFieldsItReplacesAreNotGivenTogether() {
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class, () -> read("""
        declaration: {when: "priority == 1", withoutEvidenceFrom: [OTHER]}
        majorIncidentThreshold: {when: "priority == 1", priorityAtLeast: P2}
        """));
    assertEquals(List.of(
        new DocumentProblem("/declaration", "gives both withoutEvidenceFrom and when: give one"),
        new DocumentProblem("/majorIncidentThreshold", "gives both when and the priorities: give one")),
        e.problems());
  }

  @Test
  void aConditionThatFailsOrRunsOverItsCostIsAFailedPolicyNotAnException() {
    RecordingLogs.clear();
    for (String failing : List.of("priority / (priority - priority) == 1",
        "[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, a + b + c > 0)))"
            + " && priority > 0")) {
      PolicySet p = read("majorIncidentThreshold: {when: \"" + failing + "\"}\n").policySet();
      Decision d = IncidentDecider.decide(IncidentState.initial(), Candidates.identify(), p);
      Decision.Rejected refused = assertInstanceOf(Decision.Rejected.class, d, failing);
      assertEquals(ViolationCode.POLICY_FAILED, refused.violations().get(0).code(), refused::toString);
    }
    String warnings = RecordingLogs.warnings().stream()
        .map(w -> w.message() + " " + (w.thrown() == null ? "" : w.thrown().getMessage())).toList().toString();
    assertTrue(warnings.contains("ran over its cost limit of " + Conditions.MAX_STEPS + " steps"), warnings);
    assertTrue(warnings.contains("/majorIncidentThreshold/when failed"), warnings);
  }
}
