package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;

/**
 * One event in an incident's history: the record of truth that hosts persist and replay. The decider makes
 * them; {@code IncidentDecider.evolve} folds them into the state.
 *
 * <p>JSON shape: {@code {"schemaVersion":2,"tenant":"acme","incidentId":"MI-1","sequence":3,"occurredAt":"...",
 * "actor":"amy","fact":{"type":"MajorIncidentDeclared",...}}}. Schema version 1 had no tenant: such events still
 * read, as events of the {@linkplain TenantId#DEFAULT default tenant}.
 *
 * @param schemaVersion the version of the event schema this event was written with; at most
 *     {@link #SCHEMA_VERSION}
 * @param tenant the tenant the incident belongs to
 * @param incidentId the incident
 * @param sequence the incident's version after this event: 1 for the first event, then one more each time
 * @param occurredAt when it happened, as the host's clock said in the command; within {@link TimeRange}
 * @param actor who caused it
 * @param fact what happened
 */
public record IncidentEvent(int schemaVersion, TenantId tenant, IncidentId incidentId, long sequence,
    Instant occurredAt, Actor actor, Fact fact) {

  /** The event schema version this release writes and the newest it reads: 2, which added the tenant. */
  public static final int SCHEMA_VERSION = 2;

  /**
   * Creates the event.
   *
   * A {@link IdentificationFact.CandidateIdentified} without its first signal's time (written before mim recorded it) is given
   * the event's time.
   *
   * @throws IllegalArgumentException when a field is null, the sequence is below 1, the time is outside
   *     {@link TimeRange}, or the schema version is not one this release reads
   */
  public IncidentEvent {
    Checks.between("schemaVersion", schemaVersion, 1, SCHEMA_VERSION);
    Checks.notNull("tenant", tenant);
    Checks.notNull("incidentId", incidentId);
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
    }
    Checks.instant("occurredAt", occurredAt);
    Checks.notNull("actor", actor);
    Checks.notNull("fact", fact);
    if (fact instanceof IdentificationFact.CandidateIdentified c && c.firstSignalAt() == null) {
      // Written before mim recorded the first signal: it counts from the identification.
      fact = new IdentificationFact.CandidateIdentified(c.source(), c.affectedServices(), c.impact(), c.urgency(), c.priority(),
          c.summary(), occurredAt);
    }
  }

  /**
   * An event of the current schema version.
   *
   * @param tenant the tenant
   * @param incidentId the incident
   * @param sequence the incident's version after this event
   * @param occurredAt when
   * @param actor who
   * @param fact what
   * @return the event
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static IncidentEvent of(TenantId tenant, IncidentId incidentId, long sequence, Instant occurredAt,
      Actor actor, Fact fact) {
    return new IncidentEvent(SCHEMA_VERSION, tenant, incidentId, sequence, occurredAt, actor, fact);
  }

  /**
   * An event of the current schema version, of the {@linkplain TenantId#DEFAULT default tenant}.
   *
   * @param incidentId the incident
   * @param sequence the incident's version after this event
   * @param occurredAt when
   * @param actor who
   * @param fact what
   * @return the event
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static IncidentEvent of(IncidentId incidentId, long sequence, Instant occurredAt, Actor actor, Fact fact) {
    return of(TenantId.DEFAULT, incidentId, sequence, occurredAt, actor, fact);
  }

  /**
   * Reads an event from JSON strictly: numbers must be whole numbers, the time an ISO-8601 text; a missing field is
   * refused like a null one. A version-1 event has no tenant and belongs to the default tenant; from version 2 the
   * tenant is required.
   */
  @JsonCreator
  private static IncidentEvent fromJson(@JsonProperty("schemaVersion") Object schemaVersion,
      @JsonProperty("tenant") TenantId tenant, @JsonProperty("incidentId") IncidentId incidentId,
      @JsonProperty("sequence") Object sequence, @JsonProperty("occurredAt") String occurredAt,
      @JsonProperty("actor") Actor actor, @JsonProperty("fact") Fact fact) {
    int version = Checks.wholeInt("schemaVersion", schemaVersion);
    return new IncidentEvent(version, version == 1 && tenant == null ? TenantId.DEFAULT : tenant, incidentId,
        Checks.wholeNumber("sequence", sequence), Checks.notNull("occurredAt", Checks.parseInstant("occurredAt",
            occurredAt)), actor, fact);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("IncidentEvent", name);
  }
}
