package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The facts of containment: the Major Incident Manager is assigned and handed over, the team assembled and mobilised.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = ContainmentFact.ManagerAssigned.class, name = "ManagerAssigned"),
    @JsonSubTypes.Type(value = ContainmentFact.ManagerHandedOver.class, name = "ManagerHandedOver"),
    @JsonSubTypes.Type(value = ContainmentFact.TeamMemberAdded.class, name = "TeamMemberAdded"),
    @JsonSubTypes.Type(value = ContainmentFact.TeamMemberRemoved.class, name = "TeamMemberRemoved"),
    @JsonSubTypes.Type(value = ContainmentFact.TeamMobilised.class, name = "TeamMobilised"),
})
public sealed interface ContainmentFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.containment(this, context);
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
    R managerAssigned(ManagerAssigned fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R managerHandedOver(ManagerHandedOver fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R teamMemberAdded(TeamMemberAdded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R teamMemberRemoved(TeamMemberRemoved fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R teamMobilised(TeamMobilised fact, C context);
  }

  /**
   * A Major Incident Manager was assigned.
   *
   * @param manager the manager
   */
  record ManagerAssigned(Actor manager) implements ContainmentFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ManagerAssigned {
      Checks.notNull("manager", manager);
    }

    @Override
    public FactKind kind() {
      return FactKind.MANAGER_ASSIGNED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.managerAssigned(this, context);
    }
  }

  /**
   * The Major Incident Manager role was handed over.
   *
   * @param previousManager who handed over
   * @param newManager who took over
   * @param reason why
   * @param briefing what the new manager was told
   */
  record ManagerHandedOver(Actor previousManager, Actor newManager, HandoverReason reason, Briefing briefing)
      implements ContainmentFact {
    /** @throws IllegalArgumentException when a required field is null or the briefing has no current status */
    public ManagerHandedOver {
      Checks.notNull("previousManager", previousManager);
      Checks.notNull("newManager", newManager);
      Checks.notNull("reason", reason);
      Checks.notNull("briefing", briefing);
      Checks.notNull("briefing.currentStatus", briefing.currentStatus());
    }

    @Override
    public FactKind kind() {
      return FactKind.MANAGER_HANDED_OVER;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.managerHandedOver(this, context);
    }
  }

  /**
   * A member joined the major incident team.
   *
   * @param member the member
   * @param role their role
   */
  record TeamMemberAdded(Actor member, TeamRole role) implements ContainmentFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public TeamMemberAdded {
      Checks.notNull("member", member);
      Checks.notNull("role", role);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MEMBER_ADDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.teamMemberAdded(this, context);
    }
  }

  /**
   * A member left the major incident team.
   *
   * @param member the member
   */
  record TeamMemberRemoved(Actor member) implements ContainmentFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public TeamMemberRemoved {
      Checks.notNull("member", member);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MEMBER_REMOVED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.teamMemberRemoved(this, context);
    }
  }

  /**
   * The major incident team was mobilised.
   *
   * @param note remark; may be null
   */
  record TeamMobilised(@Nullable String note) implements ContainmentFact {
    /** @throws IllegalArgumentException when the note is too long */
    public TeamMobilised {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.TEAM_MOBILISED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.teamMobilised(this, context);
    }
  }
}
