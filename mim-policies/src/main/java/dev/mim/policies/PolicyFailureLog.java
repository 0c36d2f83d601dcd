package dev.mim.policies;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.spi.PolicyFailures;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs host code's failures without flooding the log: the first failure of each policy and cause (the exception's
 * class and message) at WARN with its stack trace, every later one as one WARN line with the count so far. A
 * policy that throws on every command of an exploration or a busy hour logs one stack trace, not thousands.
 *
 * <p>Keeps at most {@value #MAX_CAUSES} causes; past that, new causes are logged as one line each, without a count.
 * Thread-safe: one log may serve every thread deciding under a policy set.
 */
public final class PolicyFailureLog implements PolicyFailures {

  /** The most distinct policies and causes counted. */
  public static final int MAX_CAUSES = 1_024;

  private static final Logger LOG = LoggerFactory.getLogger("dev.mim.core.lifecycle.IncidentDecider");

  private final ConcurrentMap<Cause, AtomicLong> counts = new ConcurrentHashMap<>();

  private PolicyFailureLog() {}

  /** @return a new log, counting from nothing */
  public static PolicyFailureLog oncePerCause() {
    return new PolicyFailureLog();
  }

  @Override
  public void failed(String what, Object policy, @Nullable IncidentId incident, RuntimeException cause) {
    Cause key = key(policy, cause);
    AtomicLong count = counts.size() < MAX_CAUSES ? counts.computeIfAbsent(key, k -> new AtomicLong())
        : counts.get(key);
    long n = count == null ? 0 : count.incrementAndGet();
    if (n == 1) {
      PolicyFailures.logEach().failed(what, policy, incident, cause); // the first, with its stack trace
    } else if (n == 0) {
      LOG.warn("{} {} failed for incident {}: {} (not counted: more than {} causes)", what, policy, incident, cause,
          MAX_CAUSES);
    } else {
      LOG.warn("{} {} failed again for incident {}: {} ({} times so far; the first was logged with its stack trace)",
          what, policy, incident, cause, n);
    }
  }

  /** @param count how many failures of {@code policy} with this cause were told so far */
  long count(Object policy, RuntimeException cause) {
    AtomicLong n = counts.get(key(policy, cause));
    return n == null ? 0 : n.get();
  }

  private static Cause key(Object policy, RuntimeException cause) {
    return new Cause(policy, cause.getClass().getName(), String.valueOf(cause.getMessage()));
  }

  /** One policy (by identity) and one cause. */
  private static final class Cause {
    private final Object policy;
    private final String type;
    private final String message;

    Cause(Object policy, String type, String message) {
      this.policy = policy;
      this.type = type;
      this.message = message;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cause c && c.policy == policy && c.type.equals(type) && c.message.equals(message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(policy), type, message);
    }
  }

  @Override
  public String toString() {
    return "PolicyFailureLog[" + counts.size() + " causes]";
  }
}
