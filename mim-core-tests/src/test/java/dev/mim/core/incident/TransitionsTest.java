package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionsTest {

  @Test
  void everyStatusIsReachableFromNone() {
    Set<IncidentStatus> seen = EnumSet.of(IncidentStatus.NONE);
    Deque<IncidentStatus> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      IncidentStatus s = todo.pop();
      for (ActionKind a : Transitions.legalActions(s)) {
        if (seen.add(Transitions.target(s, a))) {
          todo.push(Transitions.target(s, a));
        }
      }
    }
    assertEquals(EnumSet.allOf(IncidentStatus.class), seen);
  }

  @Test
  void terminalStatusesAdmitOnlyTheFinalNoticeAndTheTrackingOfActionItems() {
    assertEquals(EnumSet.of(ActionKind.RECORD_STAKEHOLDER_UPDATE), Transitions.legalActions(IncidentStatus.DOWNGRADED));
    assertEquals(EnumSet.of(ActionKind.RECORD_STAKEHOLDER_UPDATE, ActionKind.ASSIGN_REVIEW_ACTION,
        ActionKind.COMPLETE_REVIEW_ACTION, ActionKind.DROP_REVIEW_ACTION, ActionKind.LINK_CAUSING_CHANGE),
        Transitions.legalActions(IncidentStatus.CLOSED));
    assertEquals(EnumSet.of(ActionKind.RECORD_STAKEHOLDER_UPDATE), Transitions.legalActions(IncidentStatus.DUPLICATE));
    assertEquals(EnumSet.noneOf(ActionKind.class), Transitions.legalActions(IncidentStatus.DECLINED));
    for (IncidentStatus s : EnumSet.of(IncidentStatus.CLOSED, IncidentStatus.DOWNGRADED, IncidentStatus.DUPLICATE)) {
      assertTrue(s.isTerminal());
      for (ActionKind a : Transitions.legalActions(s)) {
        assertEquals(s, Transitions.target(s, a), "nothing leaves " + s);
      }
    }
  }

  @Test
  void theStagesFollowThePractice() {
    assertEquals(Stage.IDENTIFICATION, IncidentStatus.CANDIDATE.stage());
    assertEquals(Stage.CONTAINMENT, IncidentStatus.MOBILISED.stage());
    assertEquals(Stage.RESOLUTION, IncidentStatus.RESOLVING.stage());
    assertEquals(Stage.MAINTENANCE, IncidentStatus.IN_REVIEW.stage());
  }

  @Test
  void anIncidentIsMajorFromDeclarationUntilClosureOrDowngrade() {
    assertEquals(EnumSet.of(IncidentStatus.DECLARED, IncidentStatus.MOBILISED, IncidentStatus.RESOLVING,
        IncidentStatus.RESTORED, IncidentStatus.IN_REVIEW),
        EnumSet.copyOf(java.util.Arrays.stream(IncidentStatus.values()).filter(IncidentStatus::isMajor).toList()));
  }

  @Test
  void keyRulesOfThePracticeAreInTheTable() {
    assertEquals(IncidentStatus.DECLARED, Transitions.target(IncidentStatus.CANDIDATE, ActionKind.DECLARE));
    assertNull(Transitions.target(IncidentStatus.CANDIDATE, ActionKind.MOBILISE), "mobilise only after declaring");
    assertNull(Transitions.target(IncidentStatus.RESOLVING, ActionKind.START_REVIEW), "review only after restoring");
    assertNull(Transitions.target(IncidentStatus.RESTORED, ActionKind.CLOSE), "close only after the review");
    assertFalse(Transitions.allows(IncidentStatus.IN_REVIEW, ActionKind.REOPEN));
    assertEquals(IncidentStatus.RESOLVING, Transitions.target(IncidentStatus.RESTORED, ActionKind.REOPEN));
  }

  @Test
  void everyFactKindIsCausedByTheActionOfTheSameName() {
    for (FactKind f : FactKind.values()) {
      assertEquals(ActionKind.values()[f.ordinal()], f.cause(), f.name());
    }
  }
}
