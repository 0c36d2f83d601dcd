package dev.mim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.lifecycle.IncidentDecider;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replay stays flat because the state's parts that grow with the history are shared or bounded, not copied: the
 * bytes replay allocates per event are the same at 10,000 events as at 100. Not timed: it counts the bytes this
 * thread allocates, which the JVM reports exactly.
 */
class ReplayCostTest {

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void replayAllocatesTheSameFewBytesPerEventAt10000EventsAsAt100() {
    List<IncidentEvent> short100 = MimWorkflow.history(100);
    List<IncidentEvent> long10000 = MimWorkflow.history(10_000);
    bytesPerEvent(long10000, 5); // loads and warms what replay uses, so that it is not counted
    double small = bytesPerEvent(short100, 200);
    double large = bytesPerEvent(long10000, 2);
    // One new state and the part an event changes: 160 bytes here at both sizes. A tree map of the update times
    // copied per event doubled that, and boxing the version grew it past version 127.
    assertTrue(large < 200, "replaying 10,000 events allocated " + large + " bytes per event");
    assertTrue(large < 1.2 * small && small < 1.2 * large, "per event: " + small + " bytes at 100, " + large
        + " at 10,000");
  }

  private static double bytesPerEvent(List<IncidentEvent> history, int times) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    long version = 0;
    for (int i = 0; i < times; i++) {
      version += IncidentDecider.replay(history).version();
    }
    long after = THREADS.getCurrentThreadAllocatedBytes();
    assertEquals((long) history.size() * times, version);
    return (after - before) / (double) (history.size() * times);
  }
}
