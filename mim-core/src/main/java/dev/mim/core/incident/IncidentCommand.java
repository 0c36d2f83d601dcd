package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;

/**
 * A request to act on one incident: for which tenant, who asks, when, and what. The host supplies the time; mim
 * never reads a clock.
 *
 * @param tenant the tenant the incident belongs to; a command naming another tenant than the incident's is refused
 *     ({@code tenant-mismatch})
 * @param incidentId the incident acted on
 * @param actor who asks
 * @param occurredAt when, as the host's clock says, within {@link TimeRange}; a command dated before the
 *     incident's last event is refused
 * @param expectedVersion optional (null) optimistic-concurrency guard: the incident's version the host last saw;
 *     a mismatch is refused and nothing changes
 * @param action what is asked
 */
public record IncidentCommand(TenantId tenant, IncidentId incidentId, Actor actor, Instant occurredAt,
    @Nullable Long expectedVersion, Action action) {

  /**
   * Creates the command.
   *
   * @throws IllegalArgumentException when a required field is null, the time is outside {@link TimeRange}, or
   *     {@code expectedVersion} is negative
   */
  public IncidentCommand {
    Checks.notNull("tenant", tenant);
    Checks.notNull("incidentId", incidentId);
    Checks.notNull("actor", actor);
    Checks.instant("occurredAt", occurredAt);
    if (expectedVersion != null) {
      Checks.notNegative("expectedVersion", expectedVersion);
    }
    Checks.notNull("action", action);
  }

  /**
   * A command of the {@linkplain TenantId#DEFAULT default tenant}, without a version guard: for a host serving one
   * organisation.
   *
   * @param incidentId the incident acted on
   * @param actor who asks
   * @param occurredAt when
   * @param action what is asked
   * @return the command
   * @throws IllegalArgumentException when a field is null or the time is outside {@link TimeRange}
   */
  public static IncidentCommand of(IncidentId incidentId, Actor actor, Instant occurredAt, Action action) {
    return new IncidentCommand(TenantId.DEFAULT, incidentId, actor, occurredAt, null, action);
  }

  /**
   * A command of {@code tenant}, without a version guard.
   *
   * @param tenant the tenant
   * @param incidentId the incident acted on
   * @param actor who asks
   * @param occurredAt when
   * @param action what is asked
   * @return the command
   * @throws IllegalArgumentException when a field is null or the time is outside {@link TimeRange}
   */
  public static IncidentCommand of(TenantId tenant, IncidentId incidentId, Actor actor, Instant occurredAt,
      Action action) {
    return new IncidentCommand(tenant, incidentId, actor, occurredAt, null, action);
  }

  /**
   * Returns this command guarded by {@code version}: it is refused unless the incident is at that version.
   *
   * @param version the version the host last saw
   * @return a copy with the guard
   * @throws IllegalArgumentException when {@code version} is negative
   */
  public IncidentCommand expecting(long version) {
    return new IncidentCommand(tenant, incidentId, actor, occurredAt, version, action);
  }

  /** Reads a command from JSON strictly: a whole-number version, an ISO-8601 time; no tenant is the default. */
  @JsonCreator
  private static IncidentCommand fromJson(@JsonProperty("tenant") TenantId tenant,
      @JsonProperty("incidentId") IncidentId incidentId, @JsonProperty("actor") Actor actor,
      @JsonProperty("occurredAt") String occurredAt, @JsonProperty("expectedVersion") Object expectedVersion,
      @JsonProperty("action") Action action) {
    return new IncidentCommand(tenant == null ? TenantId.DEFAULT : tenant, incidentId, actor,
        Checks.notNull("occurredAt", Checks.parseInstant("occurredAt", occurredAt)),
        expectedVersion == null ? null : Checks.wholeNumber("expectedVersion", expectedVersion), action);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("IncidentCommand", name);
  }
}
