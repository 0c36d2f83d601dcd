package dev.mim.store.jdbc;

import org.jspecify.annotations.Nullable;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.TenantPolicies;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Decides commands against the stored incidents: loads the incident, decides, appends the events; when another
 * writer appended first, waits a moment, loads again and decides again, up to a number of attempts. What a host's
 * command handler does, written once. The wait between attempts is a random "full jitter" back-off: up to
 * {@code base * 2^(attempt - 1)}, at most {@code cap} (by default 2 ms and 100 ms), so that writers racing on one
 * incident spread out instead of colliding again.
 */
public final class StoredDecider {

  /** The default first back-off bound: 2 ms. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(2);

  /** The default longest back-off: 100 ms. */
  public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofMillis(100);

  private final JdbcEventStore store;
  private final TenantPolicies policies;
  private final int maxAttempts;
  private final Duration base;
  private final Duration cap;

  private StoredDecider(JdbcEventStore store, TenantPolicies policies, int maxAttempts, Duration base, Duration cap) {
    this.store = store;
    this.policies = policies;
    this.maxAttempts = maxAttempts;
    this.base = base;
    this.cap = cap;
  }

  /**
   * @param store where the incidents are
   * @param policies each tenant's policies to decide with (a {@link dev.mim.core.spi.PolicySet PolicySet} gives
   *     the same to every tenant)
   * @param maxAttempts how many times a command is decided at most when other writers keep appending first
   * @return the decider, backing off by {@link #DEFAULT_BACKOFF} up to {@link #DEFAULT_BACKOFF_CAP}
   * @throws IllegalArgumentException when an argument is null or {@code maxAttempts} below 1
   */
  public static StoredDecider of(JdbcEventStore store, TenantPolicies policies, int maxAttempts) {
    if (store == null || policies == null) {
      throw new IllegalArgumentException("store and policies must not be null, were " + store + ", " + policies);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    return new StoredDecider(store, policies, maxAttempts, DEFAULT_BACKOFF, DEFAULT_BACKOFF_CAP);
  }

  /**
   * @param base the bound of the first wait; zero for none at all
   * @param cap the longest wait; not shorter than {@code base}
   * @return a copy backing off so between attempts
   * @throws IllegalArgumentException when a value is null or negative, or {@code cap} is shorter than {@code base}
   */
  public StoredDecider withBackoff(Duration base, Duration cap) {
    if (base == null || cap == null || base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff must be from zero up, its cap not below it, were " + base + ", "
          + cap);
    }
    return new StoredDecider(store, policies, maxAttempts, base, cap);
  }

  /** What became of a command: stored, refused by the decider, or given up on after other writers kept winning. */
  public sealed interface Outcome permits Outcome.Stored, Outcome.Refused, Outcome.NotStored {

    /** @return how many times the command was decided */
    int attempts();

    /** @return the conflict of the last attempt that met one; null when none did */
    AppendResult.@Nullable Conflict lastConflict();

    /** @return how many attempts met another writer's append */
    int conflicts();

    /** @return whether the command's events are stored */
    default boolean stored() {
      return this instanceof Stored;
    }

    /**
     * The decider accepted the command and its events are stored.
     *
     * @param decision the decision, whose events are stored
     * @param attempts how many times it was decided
     * @param lastConflict the conflict of the last attempt that met one; null when none did
     */
    record Stored(Decision.Accepted decision, int attempts,
        AppendResult.@Nullable Conflict lastConflict) implements Outcome {
      @Override
      public int conflicts() {
        return attempts - 1;
      }
    }

    /**
     * The decider refused the command; nothing is stored.
     *
     * @param decision the refusal
     * @param attempts how many times it was decided
     * @param lastConflict the conflict of the last attempt that met one; null when none did
     */
    record Refused(Decision.Rejected decision, int attempts,
        AppendResult.@Nullable Conflict lastConflict) implements Outcome {
      @Override
      public int conflicts() {
        return attempts - 1;
      }
    }

    /**
     * Every attempt met another writer's append: nothing is stored. Deciding the command again later may succeed.
     *
     * @param unstored the last decision made, accepted but not stored
     * @param attempts how many times it was decided: all that were allowed
     * @param lastConflict the last attempt's conflict
     */
    record NotStored(Decision.Accepted unstored, int attempts, AppendResult.Conflict lastConflict)
        implements Outcome {
      @Override
      public int conflicts() {
        return attempts;
      }
    }
  }

  /**
   * Decides {@code command} against the stored incident and stores its events.
   *
   * @param command what is asked; its own expected version, if it has one, is checked by the decider (a stale one
   *     is refused, not retried)
   * @return the outcome: {@link Outcome.Stored}, {@link Outcome.Refused} or, when other writers appended first at
   *     every attempt, {@link Outcome.NotStored}
   * @throws IllegalArgumentException when {@code command} is null
   * @throws StoredEventException when the stored incident cannot be read back
   * @throws SQLException when the database fails
   */
  public Outcome handle(IncidentCommand command) throws SQLException {
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
    AppendResult.Conflict last = null;
    Decision.Accepted unstored = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause(backoff(attempt - 1, base, cap, ThreadLocalRandom.current()));
      }
      Incident incident = store.loadIncident(command.tenant(), command.incidentId()).orElse(Incident.start());
      Decision decision = IncidentDecider.decide(incident.state(), command, policies);
      if (!(decision instanceof Decision.Accepted accepted)) {
        return new Outcome.Refused((Decision.Rejected) decision, attempt, last);
      }
      AppendResult result = store.append(incident.version(), accepted);
      if (result instanceof AppendResult.Conflict conflict) {
        last = conflict;
        unstored = accepted;
      } else {
        return new Outcome.Stored(accepted, attempt, last);
      }
    }
    return new Outcome.NotStored(Objects.requireNonNull(unstored), maxAttempts, last);
  }

  /** The wait before retry {@code retry} (from 1): uniform from zero to {@code base * 2^(retry - 1)}, at most cap. */
  static Duration backoff(int retry, Duration base, Duration cap, RandomGenerator random) {
    long bound = base.toNanos();
    for (int i = 1; i < retry && bound < cap.toNanos(); i++) {
      bound *= 2;
    }
    bound = Math.min(bound, cap.toNanos());
    return bound == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(bound + 1));
  }

  private static void pause(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller's thread is being stopped: retry at once, and say so on
    }
  }
}
