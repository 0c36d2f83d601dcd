package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The actions of communication: updates to stakeholders and the snoozing of an audience's next update.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommunicationAction.RecordStakeholderUpdate.class, name = "RecordStakeholderUpdate"),
    @JsonSubTypes.Type(value = CommunicationAction.SnoozeUpdates.class, name = "SnoozeUpdates"),
})
public sealed interface CommunicationAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.communication(this, context);
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
    R recordStakeholderUpdate(RecordStakeholderUpdate action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R snoozeUpdates(SnoozeUpdates action, C context);
  }

  /**
   * Record that an update was sent to an audience of stakeholders, at the command's time. Allowed from declaration
   * on, and after closure or downgrade for the final notice. Refused when it promises a next update in the past.
   *
   * @param update what was sent to whom
   */
  record RecordStakeholderUpdate(StakeholderUpdate update) implements CommunicationAction {
    /** @throws IllegalArgumentException when {@code update} is null */
    public RecordStakeholderUpdate {
      Checks.notNull("update", update);
    }

    /**
     * An update with a summary only.
     *
     * @param audience who was informed
     * @param summary what they were told; required by the practice ({@code summary-missing})
     * @throws IllegalArgumentException when the audience is null or the summary is too long
     */
    public RecordStakeholderUpdate(Audience audience, @Nullable String summary) {
      this(StakeholderUpdate.of(audience, summary));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_STAKEHOLDER_UPDATE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.recordStakeholderUpdate(this, context);
    }
  }

  /**
   * Hold off the next update to an audience, for example while the bridge waits for a vendor: no update to it is
   * due before the command's time plus {@code length}. Audited as an event.
   *
   * @param audience the audience
   * @param length how long; positive and at most {@link #MAX_SNOOZE}
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record SnoozeUpdates(Audience audience, Duration length, @Nullable String reason) implements CommunicationAction {
    /**
     * @throws IllegalArgumentException when the audience or length is null, the reason is too long, or the length
     *     is not positive or longer than {@link #MAX_SNOOZE}
     */
    public SnoozeUpdates {
      Checks.notNull("audience", audience);
      Checks.positive("length", length);
      if (length.compareTo(MAX_SNOOZE) > 0) {
        throw new IllegalArgumentException("length must be at most " + MAX_SNOOZE + ", was " + length);
      }
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.SNOOZE_UPDATES;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.snoozeUpdates(this, context);
    }
  }
}
