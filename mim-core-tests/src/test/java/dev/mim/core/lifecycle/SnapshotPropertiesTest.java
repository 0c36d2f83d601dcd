package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.jackson.IncidentSnapshots;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The snapshot form of the state over random incidents ({@link RandomWalk}). */
class SnapshotPropertiesTest {

  private static final int EXAMPLES = Math.max(200, Integer.getInteger("mim.property.examples", 10_000) / 10);

  private static final Gen<List<int[]>> SEQUENCES =
      lists().of(Generate.intArrays(Generate.constant(5), Generate.range(0, 999))).ofSizeBetween(5, 50);

  private static final IncidentSnapshots SNAPSHOTS = IncidentSnapshots.create();

  @Test
  void aSnapshotAfterAnyEventThenTheEventsAfterItGiveTheStateOfTheWholeHistory() {
    // For every cut k of every history: the snapshot of replay(first k events) reads back equal to it, and
    // folding the events after k onto what it read gives replay(all events).
    qt().withExamples(EXAMPLES).forAll(SEQUENCES).checkAssert(seq -> {
      List<IncidentEvent> events = RandomWalk.play(seq).events();
      IncidentState whole = IncidentDecider.replay(events);
      for (int k = 0; k <= events.size(); k++) {
        IncidentState head = IncidentDecider.replay(events.subList(0, k));
        IncidentState read = SNAPSHOTS.read(SNAPSHOTS.write(head));
        assertEquals(head, read, "the snapshot after " + k + " events must read back equal");
        IncidentState state = read;
        for (IncidentEvent e : events.subList(k, events.size())) {
          state = IncidentDecider.evolve(state, e);
        }
        assertEquals(whole, state,
            "the snapshot after " + k + " events, then the tail, must give the whole history's state");
        Incident resumed = Incident.resume(read, events.subList(k, events.size()));
        assertEquals(whole, resumed.state(), "resumed after " + k + " events");
        assertEquals(events.subList(k, events.size()), resumed.events(), "a resumed incident holds its tail");
      }
    });
  }
}
