package dev.mim.core.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationPresets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The next due instant over random incidents ({@link RandomWalk}), asked under the walk's own policies and under a
 * set that owes everything a host can be owed: the tiered escalation plan, DORA's and NIS2's reports, and review
 * action items read in Berlin.
 */
class NextDuePropertiesTest {

  private static final int EXAMPLES = Math.max(200, Integer.getInteger("mim.property.examples", 10_000) / 10);

  private static final Gen<List<int[]>> SEQUENCES =
      lists().of(Generate.intArrays(Generate.constant(5), Generate.range(0, 999))).ofSizeBetween(5, 50);

  /** Minutes after the last event at which the items are asked for again, up to a week. */
  private static final Gen<int[]> LOOKS = Generate.intArrays(Generate.constant(3), Generate.range(0, 7 * 24 * 60));

  private static final PolicySet OWES_EVERYTHING = PolicySet.custom()
      .escalation(EscalationPresets.tiered())
      .communication(CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).regime(RegulatoryRegime.nis2())
          .build())
      .dueDateZone(ZoneId.of("Europe/Berlin"))
      .build();

  @Test
  void nothingFallsDueBeforeTheNextDueInstantAndSomethingFallsDueAtIt() {
    // For every state a walk reaches and t = next(state): asked at the last event, at t, just after t and later
    // (no event in between), no item of any kind is due strictly before t, and asked at t at least one item is
    // due exactly at t. With no next due, nothing is owed at any of those instants.
    Set<DueItem.Kind> seen = EnumSet.noneOf(DueItem.Kind.class);
    qt().withExamples(EXAMPLES).forAll(SEQUENCES, LOOKS).checkAssert((seq, looks) -> {
      RandomWalk.Run run = RandomWalk.play(seq);
      for (RandomWalk.Step step : run.steps()) {
        IncidentState s = step.decision().state();
        if (s.lastEventAt() == null) {
          continue;
        }
        for (PolicySet policies : List.of(run.policies(), OWES_EVERYTHING)) {
          Optional<Instant> next = DueItems.next(s, policies);
          for (Instant at : instants(s.lastEventAt(), next, looks)) {
            List<DueItem> items = DueItems.at(s, at, policies);
            items.forEach(item -> seen.add(item.kind()));
            if (next.isEmpty()) {
              assertTrue(items.isEmpty(), () -> "no next due, yet owed at " + at + ": " + items);
            } else {
              for (DueItem item : items) {
                assertFalse(item.dueAt().isBefore(next.get()), () -> item + " is due before next " + next.get());
              }
            }
          }
          next.ifPresent(t -> {
            Instant askedAt = t.isBefore(s.lastEventAt()) ? s.lastEventAt() : t;
            assertTrue(DueItems.at(s, askedAt, policies).stream().anyMatch(i -> i.dueAt().equals(t)),
                () -> "nothing due at the next due instant " + t);
          });
        }
      }
    });
    assertEquals(EnumSet.allOf(DueItem.Kind.class), seen, "the walks must reach every kind of due item");
  }

  private static List<Instant> instants(Instant last, Optional<Instant> next, int[] looks) {
    List<Instant> at = new java.util.ArrayList<>(List.of(last));
    for (int minutes : looks) {
      at.add(last.plus(Duration.ofMinutes(minutes)));
    }
    next.filter(t -> t.isAfter(last)).ifPresent(t -> {
      at.add(t);
      at.add(t.plusSeconds(1));
    });
    return at.stream().filter(dev.mim.core.incident.TimeRange::contains).toList();
  }
}
