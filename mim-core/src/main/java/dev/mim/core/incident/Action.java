package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mim.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a command asks of an incident: one record per thing the major incident team can do. It travels inside an
 * {@link IncidentCommand}, which says who asks and when.
 *
 * <h2>Malformed values and what the practice requires</h2>
 * <ul>
 *   <li><b>Malformed</b> (an {@link IllegalArgumentException} naming the field and the value, when the record is
 *       built): a missing identifier, person, group, service, audience, enum, duration or collection, that is, what
 *       the action is about; a text over {@value dev.mim.core.internal.Checks#MAX_TEXT_LENGTH} characters or an
 *       identifier over {@value dev.mim.core.internal.Checks#MAX_ID_LENGTH}; a blank identifier; a level, length or
 *       instant out of range.</li>
 *   <li><b>Required by the practice</b> (a {@code Decision.Rejected} with a stable {@code *-missing} code, from the
 *       decider): the record a decision must leave, that is, a summary, reason, briefing, plan, description or
 *       findings, and a change reference. The action may be built without it; a blank text counts as not given
 *       and is kept as null.</li>
 * </ul>
 * Whether the action is allowed is decided later, against the incident's state and the policies; a refusal there
 * is a rejection, never an exception.
 *
 * <p>In JSON an action carries its stable type name in the property {@code "type"} (the record's simple name);
 * names are never reused or renamed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(IdentificationAction.class),
    @JsonSubTypes.Type(TriageAction.class),
    @JsonSubTypes.Type(ContainmentAction.class),
    @JsonSubTypes.Type(ResolutionAction.class),
    @JsonSubTypes.Type(MaintenanceAction.class),
    @JsonSubTypes.Type(CommunicationAction.class),
    @JsonSubTypes.Type(EscalationAction.class),
})
public sealed interface Action
    permits IdentificationAction, TriageAction, ContainmentAction, ResolutionAction, MaintenanceAction,
    CommunicationAction, EscalationAction {

  /** The longest a {@link CommunicationAction.SnoozeUpdates} may hold off an audience's next update: 4 hours. */
  Duration MAX_SNOOZE = Duration.ofHours(4);

  /** The highest escalation level mim records. */
  int MAX_ESCALATION_LEVEL = 1_000;

  /** @return which action this is, for switching without reflection */
  ActionKind kind();

  /**
   * For JSON readers only: a command with a property its action does not have (a misspelt or unknown field) is
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
   * Calls the method of {@code visitor} for this action's group.
   *
   * @param visitor handles each group of actions
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each group of actions in its own method.
   *
   * @param <C> what the visitor is given beside the action
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param action an action of identification and validation
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R identification(IdentificationAction action, C context);

    /**
     * @param action an action of triage (decline, duplicates)
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R triage(TriageAction action, C context);

    /**
     * @param action an action of containment
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R containment(ContainmentAction action, C context);

    /**
     * @param action an action of resolution
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R resolution(ResolutionAction action, C context);

    /**
     * @param action an action of maintenance
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R maintenance(MaintenanceAction action, C context);

    /**
     * @param action an action of communication
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R communication(CommunicationAction action, C context);

    /**
     * @param action an action of escalation
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R escalation(EscalationAction action, C context);
  }
}
