package dev.mim.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.quicktheories.MimGen;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  private final PolicySet defaults = PolicySet.ofDefaults();

  @Test
  void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
    assertEquals(Generators.commandSequences(defaults, 30).sample(42, 20),
        Generators.commandSequences(defaults, 30).sample(42, 20));
    assertNotEquals(Generators.commandSequences(defaults, 30).sample(42, 20),
        Generators.commandSequences(defaults, 30).sample(43, 20));
    assertEquals(Generators.onCallSchedules().sample(1, 10), Generators.onCallSchedules().sample(1, 10));
    assertEquals(Generators.calendars().sample(1, 10), Generators.calendars().sample(1, 10));
  }

  @Test
  void generatedIncidentsReachEveryStatusAndReplayToTheirState() {
    // Driven from a plain loop, as a host using another tool would: a seeded RandomGenerator in, incidents out.
    Set<IncidentStatus> reached = EnumSet.noneOf(IncidentStatus.class);
    SplittableRandom random = new SplittableRandom(2026);
    Generator<Incident> incidents = Generators.incidents(defaults);
    for (int i = 0; i < 2_000; i++) {
      Incident incident = incidents.next(random);
      reached.add(incident.state().status());
      assertEquals(incident.state(), IncidentDecider.replay(incident.events()));
    }
    assertEquals(EnumSet.allOf(IncidentStatus.class), reached);
  }

  @Test
  void commandSequencesMixAcceptedAndRefusedCommands() {
    // Mixed sequences: across many, both kinds are common, and a refusal never changes the incident.
    int accepted = 0;
    int refused = 0;
    for (CommandSequence sequence : Generators.commandSequences(defaults, 30).sample(7, 300)) {
      Incident before = Incident.start();
      for (Incident.Step step : sequence.play(defaults)) {
        if (step.accepted()) {
          accepted++;
        } else {
          refused++;
          assertEquals(before, step.incident());
        }
        before = step.incident();
      }
    }
    assertTrue(accepted > 1_000 && refused > 500, accepted + " accepted, " + refused + " refused");
  }

  @Test
  void matricesAreMonotonicPlansAndSchedulesValid() {
    // Whatever QuickTheories draws, a generated matrix never lowers the priority as impact or urgency rises.
    qt().withExamples(500).forAll(MimGen.of(Generators.priorityMatrices())).checkAssert(m -> {
      assertTrue(m.isMonotonic());
      assertTrue(m.priorityOf(Impact.of(1), Urgency.of(1)).isAtLeast(m.priorityOf(Impact.of(3), Urgency.of(3))));
    });
    for (var plan : Generators.communicationPlans().sample(3, 50)) {
      assertTrue(plan.toString().contains("P1"), plan.toString());
    }
    for (List<IncidentSignal> stream : Generators.signalStreams(20).sample(5, 100)) {
      for (int i = 1; i < stream.size(); i++) {
        assertTrue(!stream.get(i).at().isBefore(stream.get(i - 1).at()), "signals in time order");
      }
    }
  }

  @Test
  void shrinkingThroughQuickTheoriesFindsTheShortestSequence() {
    // Falsified by any incident that reaches DECLARED: the shrunk one is identify, validate, declare.
    AssertionError e = assertThrows(AssertionError.class, () -> qt().withFixedSeed(5).withExamples(500)
        .forAll(MimGen.of(Generators.incidents(defaults)))
        .check(incident -> incident.state().status() != IncidentStatus.DECLARED));
    assertTrue(e.getMessage().contains("Smallest found falsifying value(s) :-\nMI-1 DECLARED at version 3, P1 on "
        + "[payments], evidence [RESOLVER_GROUP_CONFIRMED], after 3 events:\n  1. "), e.getMessage());
    assertTrue(e.getMessage().contains("Seed was 5"), e.getMessage());
  }

  @Test
  void badSettingsAreRefusedWithTheirValue() {
    assertEquals("maxLength must not be negative, was -1", assertThrows(IllegalArgumentException.class,
        () -> Generators.commandSequences(defaults, -1)).getMessage());
    assertEquals("count must not be negative, was -2", assertThrows(IllegalArgumentException.class,
        () -> Generators.calendars().sample(1, -2)).getMessage());
    assertTrue(PriorityMatrix.itil().isMonotonic());
  }
}
