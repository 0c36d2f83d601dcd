package dev.mim.testkit.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationPresets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class WorkflowExplorerTest {

  private final PolicySet tiered = PolicySet.custom().escalation(EscalationPresets.tiered()).build();

  @Test
  void fromEveryStageTheDefaultLifecycleReachesEveryStatusAndEveryReachableLegalTransition(TestReporter reporter) {
    // Four commands deep from each stage of the happy path reach all that the table allows, but three entries:
    // a second manager is refused (manager-already-assigned, "hand the role over instead"), and nothing after
    // declaration can remove the first, so ASSIGN_MANAGER is legal but never accepted once mobilised. The table
    // keeps it so that the refusal names the reason instead of calling the command illegal.
    Exploration e = WorkflowExplorer.under(tiered).fromEveryStage().depth(4).explore();
    reporter.publishEntry("explorer, default lifecycle with the tiered escalation plan, from every stage", e.summary());
    e.assertNoViolations();
    assertEquals(EnumSet.allOf(IncidentStatus.class), e.statuses());
    assertEquals(116, Exploration.legalTransitions().size());
    assertTrue(!e.truncated(), "four commands deep is explored whole, within the bound of states: " + e.summary());
    assertEquals(Set.of(
        new Transition(IncidentStatus.MOBILISED, ActionKind.ASSIGN_MANAGER, IncidentStatus.MOBILISED),
        new Transition(IncidentStatus.RESOLVING, ActionKind.ASSIGN_MANAGER, IncidentStatus.RESOLVING),
        new Transition(IncidentStatus.RESTORED, ActionKind.ASSIGN_MANAGER, IncidentStatus.RESTORED)),
        e.transitionsMissed());
    assertTrue(e.accepted() < e.decided(), "refusals were decided and checked too");
  }

  @Test
  void atTheDefaultDepthTheExplorationStaysWithinItsBoundAndSaysSo(TestReporter reporter) {
    Exploration e = WorkflowExplorer.under(tiered).maxStates(5_000).explore();
    reporter.publishEntry("explorer, from a new incident", e.summary());
    assertEquals(WorkflowExplorer.DEFAULT_DEPTH, e.depth());
    assertEquals(5_000, e.states());
    assertTrue(e.truncated());
    e.assertNoViolations();
  }

  @Test
  void statesEqualButForTheirTimesAreExploredOnce() {
    // Depth 1 from a new incident: one state per distinct identification, however the commands' times differ.
    Exploration one = WorkflowExplorer.under(tiered).depth(1).explore();
    Exploration again = WorkflowExplorer.under(tiered).depth(1).from(Incident.start()).from(Incident.start())
        .explore();
    assertEquals(one.states(), again.states());
    assertEquals(Set.of(IncidentStatus.NONE, IncidentStatus.CANDIDATE), one.statuses());
  }

  @Test
  void aBrokenHostInvariantIsReportedWithTheShortestPath() {
    Exploration e = WorkflowExplorer.under(tiered).depth(3)
        .invariant("never declared", StepInvariant.ofState(s -> s.status() != IncidentStatus.DECLARED))
        .explore();
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals(3, v.path().size(), v.toString());
    assertEquals(ActionKind.DECLARE, v.path().get(2).action().kind());
    AssertionError error = assertThrows(AssertionError.class, e::assertNoViolations);
    assertTrue(error.getMessage().contains("invariant \"never declared\" broken after 3 commands"),
        error.getMessage());
  }

  @Test
  void anInvariantThatThrowsIsAViolationNotACrash() {
    // A refused first command leaves no classification: reading its priority throws.
    Exploration e = WorkflowExplorer.under(tiered).depth(1)
        .invariant("reads the priority", step -> step.after().state().classification().priority() != null)
        .explore();
    assertEquals(1, e.violations().size());
    assertTrue(e.violations().get(0).detail().startsWith("the invariant threw java.lang.NullPointerException"),
        e.violations().get(0).detail());
  }

  @Test
  void settingsAreChecked() {
    WorkflowExplorer explorer = WorkflowExplorer.under(tiered);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> explorer.depth(0)).getMessage()
        .contains("depth must be at least 1, was 0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> explorer.maxStates(0)).getMessage()
        .contains("maxStates must be at least 1, was 0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> explorer.invariant(" ", step -> true))
        .getMessage().contains("invariant name must be non-blank and new"));
    assertThrows(IllegalArgumentException.class, () -> explorer.invariant("a refusal changes nothing", s -> true));
  }
}
