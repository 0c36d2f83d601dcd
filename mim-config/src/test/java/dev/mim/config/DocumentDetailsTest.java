package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader gives for values at the edges of what it accepts, and what the written form keeps. */
class DocumentDetailsTest {

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read("id: x\nversion: 1\n" + yaml, DocumentFormat.YAML);
  }

  private static List<DocumentProblem> problems(String yaml) {
    return assertThrows(InvalidPolicyDocumentException.class, () -> read(yaml)).problems();
  }

  private static final String RULE = "escalation:\n  rules:\n    - {condition: NOT_RESTORED, after: PT1H, ";

  @Test
  void theWrittenFormReadsBackToTheSamePolicies() {
    List<PolicyDocument> documents = new ArrayList<>(List.of(Documents.acme(), Documents.globex(),
        PolicyDocuments.defaults("defaults")));
    PolicyDocuments.PRESETS.forEach(name -> documents.add(PolicyDocuments.preset(name)));
    for (PolicyDocument d : documents) {
      PolicyDocument back = PolicyDocuments.read(PolicyDocuments.write(d, DocumentFormat.JSON), DocumentFormat.JSON);
      PolicySet was = d.policySet();
      PolicySet is = back.policySet();
      assertEquals(was.communication(), is.communication(), d::toString);
      assertEquals(was.authorization(), is.authorization(), d::toString);
      for (String person : List.of("amy", "bob", "monitoring", "ana", "nobody")) {
        assertEquals(was.roles().rolesOf(TenantId.of("t"), Actor.of(person)),
            is.roles().rolesOf(TenantId.of("t"), Actor.of(person)), () -> d + " " + person);
      }
      assertEquals(was.priorityMatrix(), is.priorityMatrix(), d::toString);
      assertEquals(was.verificationWindow(), is.verificationWindow(), d::toString);
      if (was.escalation() instanceof EscalationPlan plan) {
        assertEquals(plan.toMarkdown(), assertInstanceOf(EscalationPlan.class, is.escalation()).toMarkdown());
      } else {
        assertEquals(was.escalation(), is.escalation(), d::toString);
      }
      for (var schedule : d.normal().path("onCall")) {
        EscalationTarget onCall = EscalationTarget.onCall(schedule.path("name").asString());
        for (Instant at = Instant.parse("2026-12-20T00:00:00Z"); at.isBefore(Instant.parse("2027-01-03T00:00:00Z"));
            at = at.plus(Duration.ofMinutes(30))) {
          assertEquals(d.onCall().personFor(onCall, at), back.onCall().personFor(onCall, at), onCall + " " + at);
        }
      }
    }
    assertNotEquals(Documents.acme().hashCode(), Documents.globex().hashCode());
  }

  @Test
  void aValueOfTheWrongTypeIsOneProblemAndNothingBuiltFromIt() {
    assertEquals(List.of(new DocumentProblem("/escalation/rules/0/reason", "must be a text that is not blank, was 5")),
        problems(RULE + "reason: 5, targets: [{person: amy}]}\n"));
    assertEquals(List.of(new DocumentProblem("/escalation/rules/0/targets", "must be a list, was 5")),
        problems(RULE + "reason: slow, targets: 5}\n"));
  }

  @Test
  void aTargetNamesExactlyOneOfPersonRoleGroupOrOnCall() {
    for (String target : List.of("{person: amy, role: head-of-operations}", "{}")) {
      List<DocumentProblem> problems = problems(RULE + "reason: slow, targets: [" + target + "]}\n");
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("/escalation/rules/0/targets/0", problems.get(0).pointer());
      assertTrue(problems.get(0).message().startsWith("must name one target: a person, role, group or onCall"),
          problems.get(0).message());
    }
  }

  @Test
  void anAudienceIsAKnownNameAnyOtherNameAsAnInternalAudienceOrANameWithWhetherItIsExternal() {
    CommunicationPlan plan = read("""
        communication:
          plan:
            P1: [{audience: store-managers, firstNoticeWithin: PT15M, updateEvery: PT30M}]
        """).policySet().communication().plan();
    assertEquals(Audience.internal("store-managers"), plan.byPriority().get(Priority.of(1)).get(0).audience());
    assertEquals(List.of(new DocumentProblem("/communication/plan/P1/0/audience/external", "is required")),
        problems("""
            communication:
              plan:
                P1: [{audience: {name: board}, firstNoticeWithin: PT15M, updateEvery: PT30M}]
            """));
  }

  @Test
  void wholeNumbersAreReadUpToAndIncludingTheirBounds() {
    PolicyDocument d = read("""
        serviceCatalogue:
          services: [{id: archive, name: Archive, tier: 9, hourlyDowntimeCost: 0, resolverGroup: g, owner: o}]
        surge: {threshold: 2, immediateTier: 9}
        """);
    assertEquals(9, d.policySet().serviceCatalogue().find(ServiceId.of("archive")).orElseThrow().tier());
    assertEquals(2, d.surge().threshold());
    assertEquals(List.of(new DocumentProblem("/surge/threshold", "must be from 2 to 2147483647, was "
        + "9223372036854775808")), problems("surge: {threshold: 9223372036854775808}\n"));
    assertEquals(List.of(new DocumentProblem("/surge/threshold", "must be a whole number from 2 to 2147483647, was "
        + "2.5")), problems("surge: {threshold: 2.5}\n"));
  }

  @Test
  void aDocumentIsRequiredAndSoIsItsFormat() {
    assertThrows(IllegalArgumentException.class, () -> PolicyDocuments.read("id: x\nversion: 1\n", null));
  }
}
