package dev.mim.testkit.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.testkit.contract.ContractViolation;
import dev.mim.testkit.contract.PolicyContracts;
import dev.mim.testkit.explore.Exploration;
import dev.mim.testkit.explore.StepInvariant;
import dev.mim.testkit.explore.Violation;
import dev.mim.testkit.explore.WorkflowExplorer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Faults planted in policies a host might write: each is caught, with a counterexample of at most five steps that
 * names what broke.
 */
class PlantedFaultsTest {

  private final PolicyContracts contracts = PolicyContracts.standard();

  @Test
  void anEscalationPolicyThatDeEscalatesAsTimePassesIsCaught() {
    // Pages level 2 for the first half hour after identification, then only level 1: a typo'd comparison. Its one
    // fault: it stops paging at restoration, as the other laws ask.
    EscalationPolicy deEscalating = (incident, at) -> {
      if (incident.classification() == null || incident.status().isTerminal()
          || incident.status() == IncidentStatus.RESTORED || incident.status() == IncidentStatus.IN_REVIEW) {
        return List.of();
      }
      var identified = incident.classification().identifiedAt();
      int level = at.isBefore(identified.plus(Duration.ofMinutes(30))) ? 2 : 1;
      return List.of(new Escalation(EscalationCondition.NOT_RESTORED, level,
          List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), "not restored", identified, true));
    };
    ContractViolation v = assertThrows(ContractViolation.class, () -> contracts.escalation(deEscalating));
    assertReportsWhatAHostNeeds(v);
    assertEquals("no de-escalation as time passes without events", v.law());
    assertTrue(v.steps() >= 1 && v.steps() <= 5, "counterexample of " + v.steps() + " steps");
  }

  @Test
  void anEscalationPolicyThatOffersALevelAgainAfterItWasRecordedIsCaughtWithOneEvent() {
    // Forgets to look at what was sent: level 1 of "not validated" is offered for good, and a host's loop pages
    // for ever (the decider refuses to record it twice).
    EscalationPolicy forgetful = (incident, at) -> {
      if (incident.classification() == null || incident.status() != dev.mim.core.incident.IncidentStatus.CANDIDATE) {
        return List.of();
      }
      var due = incident.classification().identifiedAt().plus(Duration.ofMinutes(10));
      return List.of(new Escalation(EscalationCondition.NOT_VALIDATED, 1,
          List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), "not validated", due, at.isAfter(due)));
    };
    ContractViolation v = assertThrows(ContractViolation.class, () -> contracts.escalation(forgetful));
    assertReportsWhatAHostNeeds(v);
    assertEquals("every escalation offered can be recorded at its due time, and is not offered again once recorded",
        v.law());
    assertEquals(1, v.steps(), v.getMessage());
  }

  /** A host's own rota: amy on even ISO weeks, bob on odd ones, nobody at weekends; null where it forgot nights. */
  private static dev.mim.core.spi.OnCallRota weekly(boolean forgetsNights) {
    return new dev.mim.core.spi.OnCallRota() {
      @Override
      public String name() {
        return "hosts-own-rota";
      }

      @Override
      public java.util.Optional<dev.mim.core.people.Actor> onCallAt(java.time.Instant at) {
        java.time.ZonedDateTime utc = at.atZone(java.time.ZoneOffset.UTC);
        if (forgetsNights && utc.getHour() < 6) {
          return null;
        }
        if (utc.getDayOfWeek().getValue() >= 6) {
          return java.util.Optional.empty();
        }
        int week = utc.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return java.util.Optional.of(dev.mim.core.people.Actor.of(week % 2 == 0 ? "amy" : "bob"));
      }
    };
  }

  @Test
  void aHostsOwnRotaIsCheckedByTheOnCallContract() {
    contracts.onCall(weekly(false));
    ContractViolation v = assertThrows(ContractViolation.class, () -> contracts.onCall(weekly(true)));
    assertEquals("total: never an exception or a null", v.law());
    assertTrue(v.getMessage().contains("returned null"), v.getMessage());
  }

  @Test
  void anAuthorizationPolicyThatLetsAnObserverCloseIsCaught() {
    AuthorizationMatrix standard = AuthorizationMatrix.standard();
    AuthorizationPolicy observerCloses = (actor, roles, action, incident) ->
        action == ActionKind.CLOSE && roles.contains(Role.OBSERVER) || standard.permits(actor, roles, action, incident);
    ContractViolation v = assertThrows(ContractViolation.class,
        () -> contracts.roleBasedAuthorization(observerCloses));
    assertReportsWhatAHostNeeds(v);
    assertEquals("an observer may do nothing", v.law());
    assertTrue(v.counterexample().contains("asks for CLOSE"), v.counterexample());
    assertTrue(v.steps() <= 5, "counterexample of " + v.steps() + " steps");
  }

  @Test
  void aDeclarationPolicyThatThrowsOnOneSourceIsCaught() {
    DeclarationPolicy throwsOnUserReports = candidate -> {
      if (candidate.classification().source() == IdentificationSource.USER_REPORT) {
        throw new IllegalStateException("user reports are not wired to the CMDB yet");
      }
      return false;
    };
    ContractViolation v = assertThrows(ContractViolation.class, () -> contracts.declaration(throwsOnUserReports));
    assertReportsWhatAHostNeeds(v);
    assertEquals("total: never an exception", v.law());
    assertTrue(v.counterexample().contains("USER_REPORT"), v.counterexample());
    assertTrue(v.steps() >= 1 && v.steps() <= 5, "counterexample of " + v.steps() + " steps");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(IdentificationSource.class)
  void aDeclarationPolicyThatThrowsForAnyOneSourceIsFoundByTheExplorer(IdentificationSource source) {
    // Every source is tried, not only the first two of the pool.
    DeclarationPolicy throwsOnOne = candidate -> {
      if (candidate.classification().source() == source) {
        throw new IllegalStateException(source + " candidates are not wired to the CMDB yet");
      }
      return false;
    };
    Exploration e = WorkflowExplorer.under(PolicySet.custom().declarationPolicy(throwsOnOne).build()).depth(2)
        .explore();
    assertEquals(1, e.violations().size(), e.violations().toString());
    Violation v = e.violations().get(0);
    assertEquals("the host's policies never fail", v.invariant());
    assertTrue(v.toString().contains(source.name()), v.toString());
    assertTrue(v.steps() <= 2, v.toString());
    assertTrue(e.summary().contains("parameter combinations"), e.summary());
  }

  /** The host's rule: only a P1 with a resolver group engaged and refuting evidence recorded may be downgraded. */
  private static boolean groupRefutedIt(IncidentState s) {
    return !s.team().resolverGroups().isEmpty() && s.hasRefutingEvidence();
  }

  private static final StepInvariant NO_P1_DOWNGRADE_WITHOUT_GROUP_EVIDENCE = step -> !step.accepted()
      || step.command().action().kind() != ActionKind.DOWNGRADE
      || !step.before().state().classification().priority().equals(Priority.of(1))
      || groupRefutedIt(step.before().state());

  @Test
  void aHostInvariantBrokenByACustomPolicyIsCaughtWithTheShortestPath() {
    // The intended policy holds the invariant; the custom one forgot the evidence and checks only the group.
    AuthorizationPolicy intended = (actor, roles, action, incident) -> action != ActionKind.DOWNGRADE
        || !incident.classification().priority().equals(Priority.of(1)) || groupRefutedIt(incident);
    AuthorizationPolicy forgotTheEvidence = (actor, roles, action, incident) -> action != ActionKind.DOWNGRADE
        || !incident.classification().priority().equals(Priority.of(1))
        || !incident.team().resolverGroups().isEmpty();

    Exploration held = WorkflowExplorer.under(PolicySet.custom().authorization(intended).build()).depth(4)
        .invariant("a P1 is never downgraded without a resolver group's evidence",
            NO_P1_DOWNGRADE_WITHOUT_GROUP_EVIDENCE)
        .explore();
    assertTrue(held.summary().startsWith("depth 4: "), held.summary());
    held.assertNoViolations();
    assertTrue(held.transitions().stream().anyMatch(t -> t.action() == ActionKind.DOWNGRADE),
        "the intended policy still lets a refuted P1 be downgraded");

    Exploration broken = WorkflowExplorer.under(PolicySet.custom().authorization(forgotTheEvidence).build())
        .depth(4)
        .invariant("a P1 is never downgraded without a resolver group's evidence",
            NO_P1_DOWNGRADE_WITHOUT_GROUP_EVIDENCE)
        .explore();
    assertTrue(broken.summary().contains("1 violations"), broken.summary());
    assertEquals(1, broken.violations().size(), broken.violations().toString());
    Violation v = broken.violations().get(0);
    assertTrue(v.toString().startsWith("invariant \"a P1 is never downgraded without a resolver group's evidence\" "
        + "broken after 3 commands"), v.toString());
    assertEquals("a P1 is never downgraded without a resolver group's evidence", v.invariant());
    // Identify the P1, engage a group, downgrade: the breadth-first search finds no shorter path.
    assertEquals(List.of(ActionKind.IDENTIFY, ActionKind.ENGAGE_RESOLVER_GROUP, ActionKind.DOWNGRADE),
        v.path().stream().map(c -> c.action().kind()).toList());
  }

  /** The report a host reads: the law, the seed to search again with, the smallest counterexample and what broke. */
  private static void assertReportsWhatAHostNeeds(ContractViolation v) {
    String m = v.getMessage();
    assertTrue(m.contains("contract broken: " + v.law()), m);
    assertTrue(m.contains("seed ") && m.contains("-Dmim.testkit.seed="), m);
    assertTrue(m.contains("smallest counterexample"), m);
    assertTrue(m.contains("what went wrong: "), m);
  }
}
