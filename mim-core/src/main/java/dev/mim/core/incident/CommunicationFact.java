package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.internal.Checks;
import java.time.Instant;

/**
 * The facts of communication: updates to stakeholders and the snoozing of an audience's next update.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommunicationFact.StakeholderUpdateRecorded.class, name = "StakeholderUpdateRecorded"),
    @JsonSubTypes.Type(value = CommunicationFact.UpdatesSnoozed.class, name = "UpdatesSnoozed"),
})
public sealed interface CommunicationFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.communication(this, context);
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
    R stakeholderUpdateRecorded(StakeholderUpdateRecorded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R updatesSnoozed(UpdatesSnoozed fact, C context);
  }

  /**
   * An update was sent to an audience of stakeholders, at the event's time.
   *
   * @param update what was sent to whom
   */
  record StakeholderUpdateRecorded(StakeholderUpdate update) implements CommunicationFact {
    /** @throws IllegalArgumentException when {@code update} is null or has no summary */
    public StakeholderUpdateRecorded {
      Checks.notNull("update", update);
      Checks.notNull("update.summary", update.summary());
    }

    @Override
    public FactKind kind() {
      return FactKind.STAKEHOLDER_UPDATE_RECORDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.stakeholderUpdateRecorded(this, context);
    }
  }

  /**
   * The next update to an audience was held off until a time.
   *
   * @param audience the audience
   * @param until no update to it is due before this time; within {@link TimeRange}
   * @param reason why
   */
  record UpdatesSnoozed(Audience audience, Instant until, String reason) implements CommunicationFact {
    /**
     * @throws IllegalArgumentException when a field is null, the reason is blank or too long, or the end is outside
     *     {@link TimeRange}
     */
    public UpdatesSnoozed {
      Checks.notNull("audience", audience);
      Checks.instant("until", until);
      Checks.text("reason", reason);
    }

    @JsonCreator
    private static UpdatesSnoozed fromJson(@JsonProperty("audience") Audience audience,
        @JsonProperty("until") String until, @JsonProperty("reason") String reason) {
      return new UpdatesSnoozed(audience, Checks.parseInstant("until", until), reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.UPDATES_SNOOZED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.updatesSnoozed(this, context);
    }
  }
}
