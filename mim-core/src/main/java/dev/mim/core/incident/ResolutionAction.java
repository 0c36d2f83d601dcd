package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The actions of resolution: the resolution runs as a change, a workaround or a permanent fix restores service, and an incident restored too early reopens.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = ResolutionAction.StartResolution.class, name = "StartResolution"),
    @JsonSubTypes.Type(value = ResolutionAction.ApplyWorkaround.class, name = "ApplyWorkaround"),
    @JsonSubTypes.Type(value = ResolutionAction.ApplyPermanentFix.class, name = "ApplyPermanentFix"),
    @JsonSubTypes.Type(value = ResolutionAction.ConfirmRestoration.class, name = "ConfirmRestoration"),
    @JsonSubTypes.Type(value = ResolutionAction.Reopen.class, name = "Reopen"),
    @JsonSubTypes.Type(value = ResolutionAction.LinkCausingChange.class, name = "LinkCausingChange"),
})
public sealed interface ResolutionAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.resolution(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this action.
   *
   * @param visitor handles each action of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each action of this group in its own method, so that an implementation fails to compile
   * until it handles a new one. mim's rules implement it; a host may too.
   *
   * @param <C> what the visitor is given beside the action
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R startResolution(StartResolution action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R applyWorkaround(ApplyWorkaround action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R applyPermanentFix(ApplyPermanentFix action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R confirmRestoration(ConfirmRestoration action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reopen(Reopen action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R linkCausingChange(LinkCausingChange action, C context);
  }

  /**
   * Start implementing the resolution plan as a change.
   *
   * @param plan the resolution plan; required by the practice ({@code resolution-plan-missing})
   * @param change the change reference; required by the practice ({@code change-reference-missing})
   * @param emergencyChange whether the change is an emergency change
   */
  record StartResolution(@Nullable String plan, @Nullable ChangeRef change,
      @JsonProperty(required = true) boolean emergencyChange)
      implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code plan} is too long */
    public StartResolution {
      plan = Checks.optionalText("plan", plan);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.START_RESOLUTION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.startResolution(this, context);
    }
  }

  /**
   * Record that a workaround is in place.
   *
   * @param description what the workaround is; required by the practice ({@code description-missing})
   */
  record ApplyWorkaround(@Nullable String description) implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code description} is too long */
    public ApplyWorkaround {
      description = Checks.optionalText("description", description);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.APPLY_WORKAROUND;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.applyWorkaround(this, context);
    }
  }

  /**
   * Record that a permanent fix was implemented by a change.
   *
   * @param change the change that implemented it; required by the practice ({@code change-reference-missing})
   * @param description what was fixed; required by the practice ({@code description-missing})
   */
  record ApplyPermanentFix(@Nullable ChangeRef change, @Nullable String description) implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code description} is too long */
    public ApplyPermanentFix {
      description = Checks.optionalText("description", description);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.APPLY_PERMANENT_FIX;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.applyPermanentFix(this, context);
    }
  }

  /**
   * Confirm that normal service is restored. Needs a workaround or a permanent fix; restores the linked children.
   *
   * @param note optional (null) remark
   */
  record ConfirmRestoration(@Nullable String note) implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public ConfirmRestoration {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.CONFIRM_RESTORATION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.confirmRestoration(this, context);
    }
  }

  /**
   * Reopen a restored incident whose service failed again. Refused after the verification window.
   *
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record Reopen(@Nullable String reason) implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code reason} is too long */
    public Reopen {
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.REOPEN;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reopen(this, context);
    }
  }

  /**
   * Link the change suspected or confirmed to have caused the incident, beside the changes that resolve it. A
   * suspected cause may be linked again once confirmed; any other second link of the same change is refused
   * ({@code cause-already-linked}). Allowed from identification on, after closure too (a cause is often confirmed
   * by the review or by problem management), but not once downgraded, declined or marked a duplicate.
   *
   * @param change the change
   * @param confirmed whether the cause is confirmed rather than suspected
   * @param note how it was found, for the record; optional
   */
  record LinkCausingChange(ChangeRef change, @JsonProperty(required = true) boolean confirmed,
      @Nullable String note) implements ResolutionAction {
    /** @throws IllegalArgumentException when {@code change} is null or the note too long */
    public LinkCausingChange {
      Checks.notNull("change", change);
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.LINK_CAUSING_CHANGE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.linkCausingChange(this, context);
    }
  }
}
