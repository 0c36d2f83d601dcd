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
 * <p>JSON shape: {@code {"schemaVersion":1,"incidentId":"MI-1","sequence":3,"occurredAt":"...","actor":"amy",
 * "fact":{"type":"MajorIncidentDeclared",...}}}.
 *
 * @param schemaVersion the version of the event schema this event was written with; at most
 *     {@link #SCHEMA_VERSION}
 * @param incidentId the incident
 * @param sequence the incident's version after this event: 1 for the first event, then one more each time
 * @param occurredAt when it happened, as the host's clock said in the command; within {@link TimeRange}
 * @param actor who caused it
 * @param fact what happened
 */
public record IncidentEvent(int schemaVersion, IncidentId incidentId, long sequence, Instant occurredAt,
    Actor actor, Fact fact) {

  /** The event schema version this release writes and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Creates the event.
   *
   * @throws IllegalArgumentException when a field is null, the sequence is below 1, the time is outside
   *     {@link TimeRange}, or the schema version is not one this release reads
   */
  public IncidentEvent {
    Checks.between("schemaVersion", schemaVersion, 1, SCHEMA_VERSION);
    Checks.notNull("incidentId", incidentId);
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
    }
    Checks.instant("occurredAt", occurredAt);
    Checks.notNull("actor", actor);
    Checks.notNull("fact", fact);
  }

  /**
   * An event of the current schema version.
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
    return new IncidentEvent(SCHEMA_VERSION, incidentId, sequence, occurredAt, actor, fact);
  }

  /**
   * Reads an event from JSON strictly: numbers must be whole numbers, the time an ISO-8601 text; a missing field is
   * refused like a null one.
   */
  @JsonCreator
  private static IncidentEvent fromJson(@JsonProperty("schemaVersion") Object schemaVersion,
      @JsonProperty("incidentId") IncidentId incidentId, @JsonProperty("sequence") Object sequence,
      @JsonProperty("occurredAt") String occurredAt, @JsonProperty("actor") Actor actor,
      @JsonProperty("fact") Fact fact) {
    return new IncidentEvent(Checks.wholeInt("schemaVersion", schemaVersion), incidentId,
        Checks.wholeNumber("sequence", sequence), Checks.notNull("occurredAt", Checks.parseInstant("occurredAt",
            occurredAt)), actor, fact);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("IncidentEvent", name);
  }
}
