package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.ResolverGroup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The actions of escalation: acknowledgement of a page, the escalations sent, and their holds.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = EscalationAction.Acknowledge.class, name = "Acknowledge"),
    @JsonSubTypes.Type(value = EscalationAction.RecordEscalation.class, name = "RecordEscalation"),
    @JsonSubTypes.Type(value = EscalationAction.HoldEscalations.class, name = "HoldEscalations"),
    @JsonSubTypes.Type(value = EscalationAction.ResumeEscalations.class, name = "ResumeEscalations"),
})
public sealed interface EscalationAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.escalation(this, context);
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
    R acknowledge(Acknowledge action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R recordEscalation(RecordEscalation action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R holdEscalations(HoldEscalations action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R resumeEscalations(ResumeEscalations action, C context);
  }

  /**
   * Acknowledge being paged: the Major Incident Manager acknowledges the role, or a member acknowledges for an
   * engaged resolver group. Ends the {@link EscalationCondition#NOT_ACKNOWLEDGED} escalation.
   *
   * @param group the resolver group acknowledged for; null when the manager acknowledges the role (the actor must
   *     then be the manager)
   */
  record Acknowledge(@Nullable ResolverGroup group) implements EscalationAction {
    /** The manager acknowledges the role. */
    public Acknowledge() {
      this(null);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ACKNOWLEDGE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.acknowledge(this, context);
    }
  }

  /**
   * Record that the host sent an escalation, so that it is part of the audited history. Refused when the
   * escalation policy does not have that level of that condition due ({@code escalation-not-due}), when it was sent
   * already, or when the condition no longer holds.
   *
   * @param condition what the escalation was about
   * @param level its level, from 1
   * @param targets whom it paged
   * @param reason why, as the policy gave it; optional (null)
   */
  record RecordEscalation(EscalationCondition condition, int level, List<EscalationTarget> targets,
      @Nullable String reason)
      implements EscalationAction {
    /** @throws IllegalArgumentException when a field is null, the level below 1 or the targets empty */
    public RecordEscalation {
      Checks.notNull("condition", condition);
      Checks.between("level", level, 1, MAX_ESCALATION_LEVEL);
      targets = List.copyOf(Checks.notEmpty("targets", targets));
      reason = Checks.optionalText("reason", reason);
    }

    @JsonCreator
    private static RecordEscalation fromJson(@JsonProperty("condition") EscalationCondition condition,
        @JsonProperty("level") Object level, @JsonProperty("targets") List<EscalationTarget> targets,
        @JsonProperty("reason") String reason) {
      return new RecordEscalation(condition, Checks.wholeInt("level", level), targets, reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_ESCALATION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.recordEscalation(this, context);
    }
  }

  /**
   * Hold escalations, for example while the incident waits on a vendor: their clocks stop until resumed.
   *
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record HoldEscalations(@Nullable String reason) implements EscalationAction {
    /** @throws IllegalArgumentException when {@code reason} is too long */
    public HoldEscalations {
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.HOLD_ESCALATIONS;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.holdEscalations(this, context);
    }
  }

  /**
   * Resume held escalations: their clocks run again.
   *
   * @param note optional (null) remark
   */
  record ResumeEscalations(@Nullable String note) implements EscalationAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public ResumeEscalations {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RESUME_ESCALATIONS;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.resumeEscalations(this, context);
    }
  }
}
