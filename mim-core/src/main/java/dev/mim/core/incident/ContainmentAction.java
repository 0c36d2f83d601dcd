package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The actions of containment: the Major Incident Manager is assigned and handed over, the team assembled and mobilised.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = ContainmentAction.AssignManager.class, name = "AssignManager"),
    @JsonSubTypes.Type(value = ContainmentAction.HandOverManager.class, name = "HandOverManager"),
    @JsonSubTypes.Type(value = ContainmentAction.AddTeamMember.class, name = "AddTeamMember"),
    @JsonSubTypes.Type(value = ContainmentAction.RemoveTeamMember.class, name = "RemoveTeamMember"),
    @JsonSubTypes.Type(value = ContainmentAction.Mobilise.class, name = "Mobilise"),
})
public sealed interface ContainmentAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.containment(this, context);
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
    R assignManager(AssignManager action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R handOverManager(HandOverManager action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R addTeamMember(AddTeamMember action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R removeTeamMember(RemoveTeamMember action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R mobilise(Mobilise action, C context);
  }

  /**
   * Assign the Major Incident Manager, who coordinates (and need not be technical). Refused when a manager is
   * already assigned: that is a {@link HandOverManager}.
   *
   * @param manager the person taking the role
   */
  record AssignManager(Actor manager) implements ContainmentAction {
    /** @throws IllegalArgumentException when {@code manager} is null */
    public AssignManager {
      Checks.notNull("manager", manager);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ASSIGN_MANAGER;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.assignManager(this, context);
    }
  }

  /**
   * Hand the Major Incident Manager role over, with a briefing, for example at the end of a shift. The new manager
   * has yet to acknowledge.
   *
   * @param newManager the person taking over
   * @param reason why
   * @param briefing what the new manager was told; required by the practice ({@code briefing-missing}), and its
   *     content is checked: a current status, and every audience updated so far ({@code briefing-incomplete})
   */
  record HandOverManager(Actor newManager, HandoverReason reason, @Nullable Briefing briefing) implements ContainmentAction {
    /** @throws IllegalArgumentException when the new manager or reason is null */
    public HandOverManager {
      Checks.notNull("newManager", newManager);
      Checks.notNull("reason", reason);
    }

    /**
     * A hand-over whose briefing is a current status only. A factory rather than a constructor, so that
     * {@code new HandOverManager(manager, reason, null)} names one constructor.
     *
     * @param newManager the person taking over
     * @param reason why
     * @param currentStatus where things stand; null or blank for no briefing
     * @return the action
     * @throws IllegalArgumentException when the new manager or reason is null or the text too long
     */
    public static HandOverManager withStatus(Actor newManager, HandoverReason reason, @Nullable String currentStatus) {
      return new HandOverManager(newManager, reason,
          currentStatus == null || currentStatus.isBlank() ? null : Briefing.of(currentStatus));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.HAND_OVER_MANAGER;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.handOverManager(this, context);
    }
  }

  /**
   * Add a member to the major incident team.
   *
   * @param member the person
   * @param role their role
   */
  record AddTeamMember(Actor member, TeamRole role) implements ContainmentAction {
    /** @throws IllegalArgumentException when a field is null */
    public AddTeamMember {
      Checks.notNull("member", member);
      Checks.notNull("role", role);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ADD_TEAM_MEMBER;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.addTeamMember(this, context);
    }
  }

  /**
   * Remove a member from the major incident team.
   *
   * @param member the person
   */
  record RemoveTeamMember(Actor member) implements ContainmentAction {
    /** @throws IllegalArgumentException when {@code member} is null */
    public RemoveTeamMember {
      Checks.notNull("member", member);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.REMOVE_TEAM_MEMBER;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.removeTeamMember(this, context);
    }
  }

  /**
   * Mobilise the major incident team: needs a Major Incident Manager and at least one resolver group.
   *
   * @param note optional (null) remark, for example the bridge call details
   */
  record Mobilise(@Nullable String note) implements ContainmentAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Mobilise {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.MOBILISE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.mobilise(this, context);
    }
  }
}
