package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.TenantPolicies;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Decides commands against the stored incidents: loads the incident, decides, appends the events; when another
 * writer appended first, loads again and decides again, up to a number of attempts. What a host's command handler
 * does, written once.
 */
public final class StoredDecider {

  private final JdbcEventStore store;
  private final TenantPolicies policies;
  private final int maxAttempts;

  private StoredDecider(JdbcEventStore store, TenantPolicies policies, int maxAttempts) {
    this.store = store;
    this.policies = policies;
    this.maxAttempts = maxAttempts;
  }

  /**
   * @param store where the incidents are
   * @param policies each tenant's policies to decide with (a {@code PolicySet} gives the same to every tenant)
   * @param maxAttempts how many times a command is decided at most when other writers keep appending first
   * @return the decider
   * @throws IllegalArgumentException when an argument is null or {@code maxAttempts} below 1
   */
  public static StoredDecider of(JdbcEventStore store, TenantPolicies policies, int maxAttempts) {
    if (store == null || policies == null) {
      throw new IllegalArgumentException("store and policies must not be null, were " + store + ", " + policies);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    return new StoredDecider(store, policies, maxAttempts);
  }

  /**
   * What became of a command.
   *
   * @param decision the last decision made: accepted (its events are stored) or rejected (nothing stored); after
   *     {@code maxAttempts} conflicts, the last accepted decision, not stored
   * @param stored whether its events are stored
   * @param attempts how many times it was decided
   * @param lastConflict the conflict of the last attempt that met one; null when none did
   */
  public record Outcome(Decision decision, boolean stored, int attempts, AppendResult.Conflict lastConflict) {
    /** @return how many attempts met another writer's append */
    public int conflicts() {
      return stored || !decision.isAccepted() ? attempts - 1 : attempts;
    }
  }

  /**
   * Decides {@code command} against the stored incident and stores its events.
   *
   * @param command what is asked; its own expected version, if it has one, is checked by the decider (a stale one
   *     is refused, not retried)
   * @return the outcome
   * @throws IllegalArgumentException when {@code command} is null
   * @throws StoredEventException when the stored incident cannot be read back
   * @throws SQLException when the database fails
   */
  public Outcome handle(IncidentCommand command) throws SQLException {
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
    AppendResult.Conflict last = null;
    Decision decision = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Incident incident = store.loadIncident(command.tenant(), command.incidentId()).orElse(Incident.start());
      decision = IncidentDecider.decide(incident.state(), command, policies);
      if (!(decision instanceof Decision.Accepted accepted)) {
        return new Outcome(decision, false, attempt, last);
      }
      AppendResult result = store.append(incident.version(), accepted);
      if (result instanceof AppendResult.Conflict conflict) {
        last = conflict;
      } else {
        return new Outcome(decision, true, attempt, last);
      }
    }
    return new Outcome(Objects.requireNonNull(decision), false, maxAttempts, last);
  }
}
