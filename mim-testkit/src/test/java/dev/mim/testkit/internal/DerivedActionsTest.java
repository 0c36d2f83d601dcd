package dev.mim.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A kind without a curated entry is still generated: built from its record, whatever its components. */
class DerivedActionsTest {

  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
  private static final PriorityMatrix MATRIX = PolicySet.ofDefaults().priorityMatrix();

  @Test
  void everyKindCanBeDerivedFromItsRecordUnderEveryVariant() {
    for (ActionKind kind : ActionKind.values()) {
      for (int variant = 0; variant < 4; variant++) {
        Action a = DerivedActions.derive(kind, Choices.variant(variant), AT, MATRIX);
        assertEquals(kind, a.kind(), a.toString());
      }
    }
  }

  @Test
  void theChoicesDecideTheComponents() {
    Set<Action> engaged = new HashSet<>();
    for (int variant = 0; variant < 4; variant++) {
      engaged.add(DerivedActions.derive(ActionKind.ENGAGE_RESOLVER_GROUP, Choices.variant(variant), AT, MATRIX));
    }
    // Two groups, primary or not: the four variants give more than one action.
    assertTrue(engaged.size() > 1, engaged.toString());
  }

  @Test
  void randomChoicesLeaveOutARequiredTextAndTheRecordTakesIt() {
    // Drawn at random, a text the practice requires is sometimes missing: the decider, not the record, refuses it.
    Set<String> reasons = new HashSet<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      Action a = DerivedActions.derive(ActionKind.HOLD_ESCALATIONS, Choices.drawnFrom(random), AT, MATRIX);
      reasons.add(String.valueOf(((dev.mim.core.incident.EscalationAction.HoldEscalations) a).reason()));
    }
    assertTrue(reasons.contains("null") && reasons.contains("reason given"), reasons.toString());
  }
}
