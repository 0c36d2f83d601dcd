package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.ResolverGroup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of escalation: acknowledgement of a page, the escalations sent, and their holds.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = EscalationFact.Acknowledged.class, name = "Acknowledged"),
    @JsonSubTypes.Type(value = EscalationFact.EscalationRecorded.class, name = "EscalationRecorded"),
    @JsonSubTypes.Type(value = EscalationFact.EscalationsHeld.class, name = "EscalationsHeld"),
    @JsonSubTypes.Type(value = EscalationFact.EscalationsResumed.class, name = "EscalationsResumed"),
})
public sealed interface EscalationFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.escalation(this, context);
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
    R acknowledged(Acknowledged fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R escalationRecorded(EscalationRecorded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R escalationsHeld(EscalationsHeld fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R escalationsResumed(EscalationsResumed fact, C context);
  }

  /**
   * Someone acknowledged being paged: the manager the role, or a member for a resolver group.
   *
   * @param group the resolver group acknowledged for; null when the manager (the event's actor) acknowledged
   */
  record Acknowledged(@Nullable ResolverGroup group) implements EscalationFact {
    @Override
    public FactKind kind() {
      return FactKind.ACKNOWLEDGED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.acknowledged(this, context);
    }
  }

  /**
   * The host sent an escalation.
   *
   * @param condition what it was about
   * @param level its level
   * @param targets whom it paged
   * @param reason why; may be null
   */
  record EscalationRecorded(EscalationCondition condition, int level, List<EscalationTarget> targets,
      @Nullable String reason)
      implements EscalationFact {
    /** @throws IllegalArgumentException when a field is null, the level below 1 or the targets empty */
    public EscalationRecorded {
      Checks.notNull("condition", condition);
      Checks.between("level", level, 1, Action.MAX_ESCALATION_LEVEL);
      targets = List.copyOf(Checks.notEmpty("targets", targets));
      reason = Checks.optionalText("reason", reason);
    }

    @JsonCreator
    private static EscalationRecorded fromJson(@JsonProperty("condition") EscalationCondition condition,
        @JsonProperty("level") Object level, @JsonProperty("targets") List<EscalationTarget> targets,
        @JsonProperty("reason") String reason) {
      return new EscalationRecorded(condition, Checks.wholeInt("level", level), targets, reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATION_RECORDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.escalationRecorded(this, context);
    }
  }

  /**
   * Escalations were held: their clocks stopped.
   *
   * @param reason why
   */
  record EscalationsHeld(String reason) implements EscalationFact {
    /** @throws IllegalArgumentException when the reason is null, blank or too long */
    public EscalationsHeld {
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATIONS_HELD;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.escalationsHeld(this, context);
    }
  }

  /**
   * Held escalations resumed: their clocks run again.
   *
   * @param note remark; may be null
   */
  record EscalationsResumed(@Nullable String note) implements EscalationFact {
    /** @throws IllegalArgumentException when the note is too long */
    public EscalationsResumed {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.ESCALATIONS_RESUMED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.escalationsResumed(this, context);
    }
  }
}
