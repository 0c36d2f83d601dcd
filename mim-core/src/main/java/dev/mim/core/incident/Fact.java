package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mim.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an incident: one record per kind of event. It travels inside an {@link IncidentEvent}, which
 * says which incident, its sequence number, who and when. Facts are the record of truth that hosts persist.
 *
 * <p>In JSON a fact carries its stable type name in the property {@code "type"}. Names are never renamed or
 * reused; a change to a fact's fields raises {@link IncidentEvent#SCHEMA_VERSION}.
 *
 * <p>Facts check their fields when built, so that an event read back from storage is as sound as one the
 * decider made: a malformed one throws an {@link IllegalArgumentException} naming the field and the value.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(IdentificationFact.class),
    @JsonSubTypes.Type(TriageFact.class),
    @JsonSubTypes.Type(ContainmentFact.class),
    @JsonSubTypes.Type(ResolutionFact.class),
    @JsonSubTypes.Type(MaintenanceFact.class),
    @JsonSubTypes.Type(CommunicationFact.class),
    @JsonSubTypes.Type(EscalationFact.class),
})
public sealed interface Fact
    permits IdentificationFact, TriageFact, ContainmentFact, ResolutionFact, MaintenanceFact,
    CommunicationFact, EscalationFact {

  /** @return which fact this is, for switching without reflection */
  FactKind kind();

  /**
   * For JSON readers only: a stored fact with a property its type does not have (a misspelt or unknown field) is
   * refused rather than silently dropped.
   *
   * @param name the property read
   * @param value its value
   * @throws IllegalArgumentException always, naming the property
   */
  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty(getClass().getSimpleName(), name);
  }

  /**
   * Calls the method of {@code visitor} for this fact's group.
   *
   * @param visitor handles each group of facts
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each group of facts in its own method.
   *
   * @param <C> what the visitor is given beside the fact
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param fact an fact of identification and validation
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R identification(IdentificationFact fact, C context);

    /**
     * @param fact a fact of triage (decline, duplicates)
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R triage(TriageFact fact, C context);

    /**
     * @param fact an fact of containment
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R containment(ContainmentFact fact, C context);

    /**
     * @param fact an fact of resolution
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R resolution(ResolutionFact fact, C context);

    /**
     * @param fact an fact of maintenance
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R maintenance(MaintenanceFact fact, C context);

    /**
     * @param fact an fact of communication
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R communication(CommunicationFact fact, C context);

    /**
     * @param fact an fact of escalation
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R escalation(EscalationFact fact, C context);
  }
}
