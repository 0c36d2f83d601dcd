package dev.mim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.spi.PolicySet;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The refusal the benchmarks measure (closing a candidate) keeps its cost low by a structural property: its
 * message is built only when read. Not timed: it counts the bytes this thread allocates, which the
 * JVM reports exactly, whether or not the code is compiled yet.
 */
class RefusalCostTest {

  private static final int REFUSALS = 20_000;
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final MimWorkflow workflow = new MimWorkflow();
  private final IncidentState candidate = workflow.candidate;
  private final IncidentCommand close = workflow.refused;
  private final PolicySet policies = MimWorkflow.POLICIES;

  @Test
  void aRefusalAllocatesNoMessageUntilOneIsRead() {
    decideRefusals(false); // loads and warms what the refusal uses, so that it is not counted
    decideRefusals(true);
    long unread = bytesPerRefusal(false);
    long read = bytesPerRefusal(true);
    // The unread refusal is the decision, its violation and the message's recipe: ~100 bytes compiled, a little
    // more while interpreted. Reading the message builds the text and the list of legal actions, ten times that.
    assertTrue(unread < 300, "a refusal whose message is not read allocated " + unread + " bytes");
    assertTrue(read > 3 * unread, "reading the message allocated " + read + " bytes per refusal, unread " + unread);
  }

  @Test
  void theMessageReadLaterIsTheOneTheRuleWrote() {
    Decision.Rejected r = (Decision.Rejected) IncidentDecider.decide(candidate, close, policies);
    Violation v = r.violations().get(0);
    assertEquals(ViolationCode.ILLEGAL_TRANSITION, v.code());
    assertEquals("action", v.field());
    assertEquals("incident MI-1 cannot CLOSE in status CANDIDATE; legal there: [ENGAGE_RESOLVER_GROUP, "
        + "RECORD_VALIDATION, DECLARE, DOWNGRADE, ASSIGN_MANAGER, HAND_OVER_MANAGER, ADD_TEAM_MEMBER, "
        + "REMOVE_TEAM_MEMBER, REPRIORITISE, LINK_CHILD, ACKNOWLEDGE, RECORD_ESCALATION, HOLD_ESCALATIONS, "
        + "RESUME_ESCALATIONS, DECLINE, MARK_DUPLICATE, MERGE_DUPLICATE, LINK_CAUSING_CHANGE]", v.message());
    assertEquals(v.message(), v.message());
    assertEquals(new Violation(ViolationCode.ILLEGAL_TRANSITION, v.message(), "action"), v);
    assertEquals(new Violation(ViolationCode.ILLEGAL_TRANSITION, v.message(), "action").hashCode(), v.hashCode());
    assertEquals(r, IncidentDecider.decide(candidate, close, policies));
  }

  private long bytesPerRefusal(boolean readMessage) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    int length = decideRefusals(readMessage);
    long after = THREADS.getCurrentThreadAllocatedBytes();
    assertTrue(readMessage ? length > 0 : length == 0);
    return (after - before) / REFUSALS;
  }

  private int decideRefusals(boolean readMessage) {
    int length = 0;
    for (int i = 0; i < REFUSALS; i++) {
      Decision d = IncidentDecider.decide(candidate, close, policies);
      if (readMessage) {
        length += ((Decision.Rejected) d).violations().get(0).message().length();
      }
    }
    return length;
  }
}
