package dev.mim.core.handling;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.PolicyFailures;
import dev.mim.core.spi.TenantPolicies;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Handles commands against a store: loads the incident, decides the command, appends its events at the version it
 * was decided against; when another writer appended first, loads again and decides again, up to a number of
 * attempts. The loop every host would write, written once, for every {@link IncidentStore}.
 *
 * <pre>{@code
 * CommandHandler<RuntimeException> handler = CommandHandler.of(new InMemoryIncidents(), policies, 3);
 * Handled handled = handler.handle(command);
 * if (handled instanceof Handled.Refused refused) {
 *   show(refused.decision().violations());
 * }
 * }</pre>
 *
 * <p>Pure: it waits for nothing itself. A store shared by writers that race passes a {@link Pause} (mim-store-jdbc's
 * jittered back-off, for example) that is called between attempts.
 *
 * @param <X> what the store throws when it fails
 */
public final class CommandHandler<X extends Exception> {

  /** Called before each retry, for example to back off so that racing writers spread out. */
  @FunctionalInterface
  public interface Pause {
    /**
     * @param retry which retry comes next, from 1 (the second attempt)
     */
    void before(int retry);
  }

  private final IncidentStore<X> store;
  private final TenantPolicies policies;
  private final int maxAttempts;
  private final Pause pause;
  private final DecisionListener listener;

  private CommandHandler(IncidentStore<X> store, TenantPolicies policies, int maxAttempts, Pause pause,
      DecisionListener listener) {
    this.store = store;
    this.policies = policies;
    this.maxAttempts = maxAttempts;
    this.pause = pause;
    this.listener = listener;
  }

  /**
   * @param store where the incidents are
   * @param policies each tenant's policies to decide with (a {@link dev.mim.core.spi.PolicySet PolicySet} gives the
   *     same to every tenant)
   * @param maxAttempts how many times a command is decided at most when other writers keep appending first
   * @param <X> what the store throws
   * @return a handler that retries at once, without pausing
   * @throws IllegalArgumentException when an argument is null or {@code maxAttempts} below 1
   */
  public static <X extends Exception> CommandHandler<X> of(IncidentStore<X> store, TenantPolicies policies,
      int maxAttempts) {
    Checks.notNull("store", store);
    Checks.notNull("policies", policies);
    Checks.between("maxAttempts", maxAttempts, 1, Integer.MAX_VALUE);
    return new CommandHandler<>(store, policies, maxAttempts, retry -> { }, DecisionListener.none());
  }

  /**
   * @param pause called before each retry
   * @return a copy that pauses so between attempts
   * @throws IllegalArgumentException when {@code pause} is null
   */
  public CommandHandler<X> pausingBetweenAttempts(Pause pause) {
    return new CommandHandler<>(store, policies, maxAttempts, Checks.notNull("pause", pause), listener);
  }

  /**
   * @param listener the host's hook, told of each decision, each conflict and what became of each command
   * @return a copy of this handler that tells {@code listener}
   * @throws IllegalArgumentException when {@code listener} is null
   */
  public CommandHandler<X> listenedBy(DecisionListener listener) {
    return new CommandHandler<>(store, policies, maxAttempts, pause, Checks.notNull("listener", listener));
  }

  /**
   * Decides {@code command} against the stored incident and stores its events.
   *
   * @param command what is asked; its own expected version, if it has one, is checked by the decider (a stale one
   *     is refused, not retried)
   * @return {@link Handled.Stored}, {@link Handled.Refused} or, when other writers appended first at every
   *     attempt, {@link Handled.NotStored}
   * @throws IllegalArgumentException when {@code command} is null
   * @throws X when the store fails or cannot read back the incident
   */
  public Handled handle(IncidentCommand command) throws X {
    Checks.notNull("command", command);
    Handled handled = attempts(command);
    tell(command, l -> l.handled(command, handled));
    return handled;
  }

  private Handled attempts(IncidentCommand command) throws X {
    Conflict last = null;
    Decision.Accepted unstored = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause.before(attempt - 1);
      }
      Incident incident = store.incident(command.tenant(), command.incidentId());
      tell(command, l -> l.deciding(command));
      Decision decision = IncidentDecider.decide(incident.state(), command, policies);
      tell(command, l -> l.decided(command, decision));
      if (decision instanceof Decision.Rejected rejected) {
        return new Handled.Refused(rejected, attempt, last);
      }
      Decision.Accepted accepted = (Decision.Accepted) decision;
      Optional<Conflict> conflict = store.appendAt(incident.version(), accepted);
      if (conflict.isEmpty()) {
        return new Handled.Stored(accepted, attempt, last);
      }
      last = conflict.get();
      Conflict met = last;
      tell(command, l -> l.conflicted(command, met));
      unstored = accepted;
    }
    return new Handled.NotStored(unstored, maxAttempts, last);
  }

  /** Calls the listener; what it throws is told to the tenant's policy failures and goes no further. */
  private void tell(IncidentCommand command, Consumer<DecisionListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      PolicyFailures failures;
      try {
        failures = policies.policiesFor(command.tenant()).policyFailures();
      } catch (RuntimeException resolving) {
        e.addSuppressed(resolving);
        failures = PolicyFailures.logEach();
      }
      try {
        failures.failed("decision listener", listener, command.incidentId(), e);
      } catch (RuntimeException telling) {
        e.addSuppressed(telling);
        PolicyFailures.logEach().failed("decision listener", listener, command.incidentId(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "CommandHandler[" + store + ", up to " + maxAttempts + " attempts]";
  }
}
