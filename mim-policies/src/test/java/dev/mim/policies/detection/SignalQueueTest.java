package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalQueueTest {

  private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

  @Test
  void aQueueHoldsItsSignalsAsAListSortedByTimeWithTiesInArrivalOrder() {
    // After any sequence of adds (some late, some at equal times) and removals of the oldest, the queue holds
    // exactly what a list kept sorted by inserting after every signal not later would hold, add answers the
    // index it placed the signal at, owners stay beside their signals, and firstWithin finds the first signal no
    // more than d before t, as firstWithinOfLatest does for each signal added last, sliding instead of searching.
    qt().withExamples(500).forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 120)).checkAssert(ops -> {
      SignalQueue all = SignalQueue.ofAll();
      List<IncidentSignal> model = new ArrayList<>();
      List<SignalQueue> owners = new ArrayList<>();
      int clock = 0;
      for (int i = 0; i < ops.size(); i++) {
        int op = ops.get(i);
        if (op < 20 && !model.isEmpty()) {
          all.removeOldest();
          model.remove(0);
          owners.remove(0);
        } else {
          clock += op % 3;
          int second = op < 40 ? Math.max(0, clock - op % 7) : clock; // now and then late
          IncidentSignal s = IncidentSignal.of(SignalSource.OTHER, ServiceId.of("svc"), T0.plusSeconds(second),
              "S" + i);
          SignalQueue owner = new SignalQueue(null, "k" + op % 4);
          int at = model.size();
          while (at > 0 && model.get(at - 1).at().isAfter(s.at())) {
            at--;
          }
          model.add(at, s);
          owners.add(at, owner);
          assertEquals(at, all.add(s, owner), "index of " + s);
          if (at == model.size() - 1) {
            assertEquals(firstWithin(model, SLIDING, s.at()), all.firstWithinOfLatest(SLIDING, s.at()),
                "sliding window start at " + s);
          }
        }
        assertEquals(model.size(), all.size);
        for (int j = 0; j < model.size(); j++) {
          assertSame(model.get(j), all.get(j));
          assertEquals(model.get(j).at(), all.at(j));
          assertSame(owners.get(j), all.owner(j));
        }
        Instant t = T0.plusSeconds(clock);
        Duration d = Duration.ofSeconds(op % 5);
        assertEquals(firstWithin(model, d, t), all.firstWithin(d, t));
      }
    });
  }

  /** The window {@code firstWithinOfLatest} slides, the same for a whole run as a detector's window is. */
  private static final Duration SLIDING = Duration.ofSeconds(3);

  private static int firstWithin(List<IncidentSignal> model, Duration d, Instant t) {
    int first = 0;
    while (first < model.size() && model.get(first).at().plus(d).isBefore(t)) {
      first++;
    }
    return first;
  }

  @Test
  void shiftedComparesAnInstantPlusADurationWithAnotherCarryingNanoseconds() {
    Instant t = Instant.parse("2026-11-28T00:00:00.600Z");
    assertEquals(0, SignalQueue.shifted(t, Duration.ofMillis(500), Instant.parse("2026-11-28T00:00:01.100Z")));
    assertEquals(-1, SignalQueue.shifted(t, Duration.ofMillis(500), Instant.parse("2026-11-28T00:00:01.100000001Z")));
    assertEquals(1, SignalQueue.shifted(t, Duration.ofMillis(500), Instant.parse("2026-11-28T00:00:01.099999999Z")));
    assertEquals(1, SignalQueue.shifted(t, Duration.ofSeconds(2), Instant.parse("2026-11-28T00:00:01.900Z")));
    assertEquals(-1, SignalQueue.shifted(t, Duration.ZERO, Instant.parse("2026-11-28T00:00:01Z")));
    assertEquals(0, SignalQueue.shifted(t, Duration.ofMillis(400), Instant.parse("2026-11-28T00:00:01Z")));
  }
}
