package dev.mim.core.spi;

import dev.mim.core.incident.IncidentId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the decider reports host code that failed: a policy, catalogue, directory or tenant resolver that threw,
 * or answered null. Whatever this does, the decision is a {@code policy-failed} refusal naming the policy and
 * nothing changes; this only says where the failure is told.
 *
 * <p>mim-core's default, {@link #logEach()}, logs every failure at WARN with its stack trace: mim-core keeps no
 * state between decisions, so it cannot tell a first failure from the thousandth. mim-policies'
 * {@code PolicyFailureLog.oncePerCause()}, which the policy presets use, logs the first failure of each policy and
 * cause with its stack trace and later ones as one line with a count.
 *
 * <h2>Laws</h2>
 * Never throws (an exception here is added to the failure as suppressed and the failure logged as by
 * {@link #logEach()}); safe to call from several threads at once.
 */
@FunctionalInterface
public interface PolicyFailures {

  /**
   * Tells that host code failed.
   *
   * @param what which hook failed, in words: "declaration policy", "tenant resolver", ...
   * @param policy the host's object that failed
   * @param incident the incident being decided; null when it has no id yet
   * @param cause what it threw, or the error describing its wrong answer
   */
  void failed(String what, Object policy, @Nullable IncidentId incident, RuntimeException cause);

  /** @return mim-core's default: one WARN with the stack trace per failure, on the decider's logger */
  static PolicyFailures logEach() {
    return LogEach.INSTANCE;
  }

  /** The default: stateless, so it logs everything. */
  enum LogEach implements PolicyFailures {
    /** The only instance. */
    INSTANCE;

    /** The decider's logger, where host code's failures have always been told. */
    private static final Logger LOG = LoggerFactory.getLogger("dev.mim.core.lifecycle.IncidentDecider");

    @Override
    public void failed(String what, Object policy, @Nullable IncidentId incident, RuntimeException cause) {
      LOG.warn("{} {} failed for incident {}", what, policy, incident, cause);
    }
  }
}
