package dev.mim.benchmarks.baseline;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workflow on stateless4j 2.5.0: one configuration shared by all incidents, one machine per incident, the
 * guard on mobilising reading the manager of the incident whose machine fires. One instance per thread.
 *
 * <p>stateless4j logs every fire at INFO (through slf4j's JDK-logging binding it ships with); a host on its hot
 * path turns that off, and so do the benchmarks, so that they measure the engine and not the console.
 */
public final class Stateless4jWorkflow {

  /** Held so that the level set on it stays: JDK loggers are kept only while referenced. */
  private static final Logger STATELESS4J_LOG = Logger.getLogger("com.github.oxo42.stateless4j");

  static {
    STATELESS4J_LOG.setLevel(Level.WARNING);
  }

  /** An incident: whether it has a manager, read by the guard. */
  public static final class Incident {
    /** Whether it has a manager: mobilising needs one. */
    public boolean hasManager = true;
  }

  private final StateMachineConfig<Phase, Trigger> config = new StateMachineConfig<>();
  private Incident current; // the incident whose machine fires; a workflow serves one benchmark thread

  /** Configures the workflow once. */
  public Stateless4jWorkflow() {
    config.configure(Phase.CANDIDATE).permit(Trigger.DECLARE, Phase.DECLARED);
    config.configure(Phase.DECLARED).permitIf(Trigger.MOBILISE, Phase.MOBILISED, () -> current.hasManager);
    config.configure(Phase.MOBILISED).permit(Trigger.START_RESOLUTION, Phase.RESOLVING);
    config.configure(Phase.RESOLVING).permit(Trigger.RESTORE, Phase.RESTORED);
    config.configure(Phase.RESTORED).permit(Trigger.REOPEN, Phase.RESOLVING)
        .permit(Trigger.START_REVIEW, Phase.IN_REVIEW);
    config.configure(Phase.IN_REVIEW).permit(Trigger.CLOSE, Phase.CLOSED);
  }

  /**
   * @param incident the incident the guard reads
   * @return a new machine for it, in {@code CANDIDATE}
   */
  public StateMachine<Phase, Trigger> machine(Incident incident) {
    current = incident;
    return new StateMachine<>(Phase.CANDIDATE, config);
  }
}
