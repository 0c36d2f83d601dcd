package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of resolution: the resolution runs as a change, a workaround or a permanent fix restores service, and an incident restored too early reopens.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = ResolutionFact.ResolutionStarted.class, name = "ResolutionStarted"),
    @JsonSubTypes.Type(value = ResolutionFact.WorkaroundApplied.class, name = "WorkaroundApplied"),
    @JsonSubTypes.Type(value = ResolutionFact.PermanentFixApplied.class, name = "PermanentFixApplied"),
    @JsonSubTypes.Type(value = ResolutionFact.ServiceRestored.class, name = "ServiceRestored"),
    @JsonSubTypes.Type(value = ResolutionFact.IncidentReopened.class, name = "IncidentReopened"),
    @JsonSubTypes.Type(value = ResolutionFact.CausingChangeLinked.class, name = "CausingChangeLinked"),
})
public sealed interface ResolutionFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.resolution(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this fact.
   *
   * @param visitor handles each fact of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each fact of this group in its own method, so that an implementation fails to compile
   * until it handles a new one. mim's rules implement it; a host may too.
   *
   * @param <C> what the visitor is given beside the fact
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R resolutionStarted(ResolutionStarted fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R workaroundApplied(WorkaroundApplied fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R permanentFixApplied(PermanentFixApplied fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R serviceRestored(ServiceRestored fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R incidentReopened(IncidentReopened fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R causingChangeLinked(CausingChangeLinked fact, C context);
  }

  /**
   * Implementation of the resolution plan started as a change.
   *
   * @param plan the plan
   * @param change the change
   * @param emergencyChange whether it is an emergency change
   */
  record ResolutionStarted(String plan, ChangeRef change, @JsonProperty(required = true) boolean emergencyChange)
      implements ResolutionFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ResolutionStarted {
      Checks.text("plan", plan);
      Checks.notNull("change", change);
    }

    @Override
    public FactKind kind() {
      return FactKind.RESOLUTION_STARTED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.resolutionStarted(this, context);
    }
  }

  /**
   * A workaround was put in place.
   *
   * @param description the workaround
   */
  record WorkaroundApplied(String description) implements ResolutionFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public WorkaroundApplied {
      Checks.text("description", description);
    }

    @Override
    public FactKind kind() {
      return FactKind.WORKAROUND_APPLIED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.workaroundApplied(this, context);
    }
  }

  /**
   * A permanent fix was implemented by a change.
   *
   * @param change the change
   * @param description the fix
   */
  record PermanentFixApplied(ChangeRef change, String description) implements ResolutionFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public PermanentFixApplied {
      Checks.notNull("change", change);
      Checks.text("description", description);
    }

    @Override
    public FactKind kind() {
      return FactKind.PERMANENT_FIX_APPLIED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.permanentFixApplied(this, context);
    }
  }

  /**
   * Normal service was restored; the linked children listed here are restored with it.
   *
   * @param means how: by the permanent fix when one was applied, else by the workaround
   * @param restoredChildren the child incidents restored with it, in the order they were linked
   * @param note remark; may be null
   */
  record ServiceRestored(RestorationMeans means, List<IncidentId> restoredChildren,
      @Nullable String note) implements ResolutionFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ServiceRestored {
      Checks.notNull("means", means);
      restoredChildren = List.copyOf(Checks.noNulls("restoredChildren", restoredChildren));
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.SERVICE_RESTORED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.serviceRestored(this, context);
    }
  }

  /**
   * A restored incident was reopened within its verification window.
   *
   * @param reason why
   */
  record IncidentReopened(String reason) implements ResolutionFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public IncidentReopened {
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_REOPENED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.incidentReopened(this, context);
    }
  }

  /**
   * A change was linked as the incident's cause.
   *
   * @param change the change
   * @param confirmed whether the cause is confirmed rather than suspected
   * @param note how it was found; null when not given
   */
  record CausingChangeLinked(ChangeRef change, @JsonProperty(required = true) boolean confirmed,
      @Nullable String note) implements ResolutionFact {
    /** @throws IllegalArgumentException when {@code change} is null or the note too long */
    public CausingChangeLinked {
      Checks.notNull("change", change);
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.CAUSING_CHANGE_LINKED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.causingChangeLinked(this, context);
    }
  }
}
