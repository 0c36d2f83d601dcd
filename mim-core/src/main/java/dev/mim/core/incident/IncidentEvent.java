package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event in an incident's history: the record of truth that hosts persist and replay. The decider makes
 * them; {@code IncidentDecider.evolve} folds them into the state.
 *
 * <p>JSON shape: {@code {"schemaVersion":3,"tenant":"acme","incidentId":"MI-1","sequence":3,"occurredAt":"...",
 * "actor":"amy","fact":{"type":"MajorIncidentDeclared",...},"policies":{"id":"acme","version":3}}}, {@code policies}
 * only when the event was decided under a versioned policy set. Schema version 1 had no tenant: such events still
 * read, as events of the {@linkplain TenantId#DEFAULT default tenant}; version 2 had no {@code policies}.
 *
 * @param schemaVersion the version of the event schema this event was written with; at most
 *     {@link #SCHEMA_VERSION}
 * @param tenant the tenant the incident belongs to
 * @param incidentId the incident
 * @param sequence the incident's version after this event: 1 for the first event, then one more each time
 * @param occurredAt when it happened, as the host's clock said in the command; within {@link TimeRange}
 * @param actor who caused it
 * @param fact what happened
 * @param policies the policy set it was decided under, when that set has an id and version ({@link
 *     dev.mim.core.spi.PolicySet#version()}); null otherwise, and in events of schema versions 1 and 2
 */
public record IncidentEvent(int schemaVersion, TenantId tenant, IncidentId incidentId, long sequence,
    Instant occurredAt, Actor actor, Fact fact,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable PoliciesVersion policies) {

  /**
   * The event schema version this release writes and the newest it reads: 3, which added the policies an event was
   * decided under (2 added the tenant).
   */
  public static final int SCHEMA_VERSION = 3;

  /**
   * Creates the event.
   *
   * A {@link IdentificationFact.CandidateIdentified} without its first signal's time (written before mim recorded it) is given
   * the event's time.
   *
   * @throws IllegalArgumentException when a field other than the policies is null, the sequence is below 1, the time
   *     is outside {@link TimeRange}, the schema version is not one this release reads, or an event of a schema
   *     version below 3 names its policies
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
    if (policies != null && schemaVersion < 3) {
      throw new IllegalArgumentException("policies needs schema version 3 or later, was " + schemaVersion);
    }
    if (fact instanceof IdentificationFact.CandidateIdentified c && c.firstSignalAt() == null) {
      // Written before mim recorded the first signal: it counts from the identification.
      fact = new IdentificationFact.CandidateIdentified(c.source(), c.affectedServices(), c.impact(), c.urgency(), c.priority(),
          c.summary(), occurredAt);
    }
  }

  /**
   * An event of the current schema version, decided under the policy set {@code policies}.
   *
   * @param tenant the tenant
   * @param incidentId the incident
   * @param sequence the incident's version after this event
   * @param occurredAt when
   * @param actor who
   * @param fact what
   * @param policies the policy set's id and version; null when it has none
   * @return the event
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static IncidentEvent of(TenantId tenant, IncidentId incidentId, long sequence, Instant occurredAt,
      Actor actor, Fact fact, @Nullable PoliciesVersion policies) {
    return new IncidentEvent(SCHEMA_VERSION, tenant, incidentId, sequence, occurredAt, actor, fact, policies);
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
    return of(tenant, incidentId, sequence, occurredAt, actor, fact, null);
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
      @JsonProperty("actor") Actor actor, @JsonProperty("fact") Fact fact,
      @JsonProperty("policies") @Nullable PoliciesVersion policies) {
    int version = Checks.wholeInt("schemaVersion", schemaVersion);
    return new IncidentEvent(version, version == 1 && tenant == null ? TenantId.DEFAULT : tenant, incidentId,
        Checks.wholeNumber("sequence", sequence), Checks.notNull("occurredAt", Checks.parseInstant("occurredAt",
            occurredAt)), actor, fact, policies);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("IncidentEvent", name);
  }
}
