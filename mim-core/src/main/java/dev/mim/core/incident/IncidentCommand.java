package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;

/**
 * A request to act on one incident: who asks, when, and what. The host supplies the time; mim never reads a
 * clock.
 *
 * @param incidentId the incident acted on
 * @param actor who asks
 * @param occurredAt when, as the host's clock says; a command dated before the incident's last event is refused
 * @param expectedVersion optional (null) optimistic-concurrency guard: the incident's version the host last saw;
 *     a mismatch is refused and nothing changes
 * @param action what is asked
 */
public record IncidentCommand(IncidentId incidentId, Actor actor, Instant occurredAt, Long expectedVersion,
    Action action) {

  /**
   * Creates the command.
   *
   * @throws IllegalArgumentException when a required field is null or {@code expectedVersion} is negative
   */
  public IncidentCommand {
    Checks.notNull("incidentId", incidentId);
    Checks.notNull("actor", actor);
    Checks.notNull("occurredAt", occurredAt);
    if (expectedVersion != null) {
      Checks.notNegative("expectedVersion", expectedVersion);
    }
    Checks.notNull("action", action);
  }

  /**
   * A command without a version guard.
   *
   * @param incidentId the incident acted on
   * @param actor who asks
   * @param occurredAt when
   * @param action what is asked
   * @return the command
   * @throws IllegalArgumentException when a field is null
   */
  public static IncidentCommand of(IncidentId incidentId, Actor actor, Instant occurredAt, Action action) {
    return new IncidentCommand(incidentId, actor, occurredAt, null, action);
  }

  /**
   * Returns this command guarded by {@code version}: it is refused unless the incident is at that version.
   *
   * @param version the version the host last saw
   * @return a copy with the guard
   * @throws IllegalArgumentException when {@code version} is negative
   */
  public IncidentCommand expecting(long version) {
    return new IncidentCommand(incidentId, actor, occurredAt, version, action);
  }
}
