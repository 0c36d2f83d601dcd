package dev.mim.examples.testing;

// readme:begin
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.policies.authorization.RoleDirectories;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.testkit.contract.PolicyContracts;
import dev.mim.testkit.explore.Exploration;
import dev.mim.testkit.explore.StepInvariant;
import dev.mim.testkit.explore.WorkflowExplorer;
import dev.mim.testkit.fixture.IncidentFixture;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A host's tests of its own policies: contracts, one explored workflow rule, one example, one generated loop. */
class OurPoliciesTest {

  /** Our policies: the tiered escalation plan, the standard role matrix, and amy, who holds every role. */
  private final PolicySet ours = PolicySet.custom()
      .escalation(EscalationPresets.tiered())
      .authorization(AuthorizationMatrix.standard())
      .roles(RoleDirectories.of(Map.of(Actor.of("amy"), Set.of(Role.SERVICE_DESK_AGENT,
          Role.MAJOR_INCIDENT_MANAGER, Role.RESOLVER, Role.COMMUNICATIONS_LEAD, Role.PROBLEM_MANAGER))))
      .build();

  @Test
  void ourPoliciesKeepTheLawsOfTheirInterfaces() {
    // A broken law fails with the seed and the shrunk incident that shows it.
    PolicyContracts contracts = PolicyContracts.standard().incidentsUnder(ours);
    contracts.escalation(ours.escalation());
    contracts.roleBasedAuthorization(ours.authorization());
    contracts.roleDirectory(ours.roles());
  }

  @Test
  void noIncidentClosesBeforeItsReviewIsCompleted() {
    // Every command kind, four deep from each stage of the lifecycle; a violation comes with its shortest path.
    Exploration e = WorkflowExplorer.under(ours).fromEveryStage().depth(4)
        .invariant("closed only after a completed review", StepInvariant.ofState(
            s -> s.status() != IncidentStatus.CLOSED || s.review().isCompleted()))
        .explore();
    e.assertNoViolations();
  }

  @Test
  void aCandidateIsNotDeclaredWithoutValidation() {
    IncidentFixture.under(ours)
        .givenHappyPathTo(IncidentStatus.CANDIDATE)
        .when(new IdentificationAction.Declare(null))
        .thenRefused(ViolationCode.VALIDATION_EVIDENCE_MISSING);
  }

  @Test
  void everyGeneratedIncidentReplaysToItsState() {
    // A plain JUnit loop: any tool that hands out a java.util.random.RandomGenerator drives the generators.
    long seed = 2026;
    SplittableRandom random = new SplittableRandom(seed);
    Generator<Incident> incidents = Generators.incidents(ours);
    for (int i = 0; i < 500; i++) {
      Incident incident = incidents.next(random);
      assertEquals(incident.state(), IncidentDecider.replay(incident.events()), "seed " + seed + ", incident " + i);
    }
  }
}
// readme:end
