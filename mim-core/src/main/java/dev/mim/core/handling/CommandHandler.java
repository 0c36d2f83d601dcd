package dev.mim.core.handling;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.TenantPolicies;
import java.util.Optional;

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

  private CommandHandler(IncidentStore<X> store, TenantPolicies policies, int maxAttempts, Pause pause) {
    this.store = store;
    this.policies = policies;
    this.maxAttempts = maxAttempts;
    this.pause = pause;
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
    return new CommandHandler<>(store, policies, maxAttempts, retry -> { });
  }

  /**
   * @param pause called before each retry
   * @return a copy that pauses so between attempts
   * @throws IllegalArgumentException when {@code pause} is null
   */
  public CommandHandler<X> pausingBetweenAttempts(Pause pause) {
    return new CommandHandler<>(store, policies, maxAttempts, Checks.notNull("pause", pause));
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
    Conflict last = null;
    Decision.Accepted unstored = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause.before(attempt - 1);
      }
      Incident incident = store.incident(command.tenant(), command.incidentId());
      Decision decision = IncidentDecider.decide(incident.state(), command, policies);
      if (decision instanceof Decision.Rejected rejected) {
        return new Handled.Refused(rejected, attempt, last);
      }
      Decision.Accepted accepted = (Decision.Accepted) decision;
      Optional<Conflict> conflict = store.appendAt(incident.version(), accepted);
      if (conflict.isEmpty()) {
        return new Handled.Stored(accepted, attempt, last);
      }
      last = conflict.get();
      unstored = accepted;
    }
    return new Handled.NotStored(unstored, maxAttempts, last);
  }

  @Override
  public String toString() {
    return "CommandHandler[" + store + ", up to " + maxAttempts + " attempts]";
  }
}
