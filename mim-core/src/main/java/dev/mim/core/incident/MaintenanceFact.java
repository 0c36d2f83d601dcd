package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The facts of maintenance: the post-incident review with its findings and action items, then closure.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewStarted.class, name = "ReviewStarted"),
    @JsonSubTypes.Type(value = MaintenanceFact.FindingsRecorded.class, name = "FindingsRecorded"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewSubmitted.class, name = "ReviewSubmitted"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewActionAdded.class, name = "ReviewActionAdded"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewActionAssigned.class, name = "ReviewActionAssigned"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewActionDone.class, name = "ReviewActionDone"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewActionDropped.class, name = "ReviewActionDropped"),
    @JsonSubTypes.Type(value = MaintenanceFact.ReviewCompleted.class, name = "ReviewCompleted"),
    @JsonSubTypes.Type(value = MaintenanceFact.IncidentClosed.class, name = "IncidentClosed"),
})
public sealed interface MaintenanceFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.maintenance(this, context);
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
    R reviewStarted(ReviewStarted fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R findingsRecorded(FindingsRecorded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewSubmitted(ReviewSubmitted fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewActionAdded(ReviewActionAdded fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewActionAssigned(ReviewActionAssigned fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewActionDone(ReviewActionDone fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewActionDropped(ReviewActionDropped fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R reviewCompleted(ReviewCompleted fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R incidentClosed(IncidentClosed fact, C context);
  }

  /**
   * The post-incident review started.
   *
   * @param reviewer who leads it; may be null
   */
  record ReviewStarted(Actor reviewer) implements MaintenanceFact {
    @Override
    public FactKind kind() {
      return FactKind.REVIEW_STARTED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewStarted(this, context);
    }
  }

  /**
   * What the review found was recorded, in place of what was recorded before.
   *
   * @param findings the findings
   */
  record FindingsRecorded(ReviewFindings findings) implements MaintenanceFact {
    /** @throws IllegalArgumentException when {@code findings} is null */
    public FindingsRecorded {
      Checks.notNull("findings", findings);
    }

    @Override
    public FactKind kind() {
      return FactKind.FINDINGS_RECORDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.findingsRecorded(this, context);
    }
  }

  /**
   * The review was submitted for approval.
   *
   * @param note remark; may be null
   */
  record ReviewSubmitted(@Nullable String note) implements MaintenanceFact {
    /** @throws IllegalArgumentException when the note is too long */
    public ReviewSubmitted {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_SUBMITTED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewSubmitted(this, context);
    }
  }

  /**
   * An action item was added to the review.
   *
   * @param actionId the item's id
   * @param description what is to be done
   * @param owner who does it; may be null
   * @param due by when; may be null
   * @param problem the problem record it belongs to; may be null
   * @param change the change that carries it out; may be null
   */
  record ReviewActionAdded(String actionId, String description, Actor owner, LocalDate due, ProblemRef problem,
      ChangeRef change) implements MaintenanceFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ReviewActionAdded {
      Checks.id("actionId", actionId);
      Checks.text("description", description);
    }

    @JsonCreator
    private static ReviewActionAdded fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("description") String description, @JsonProperty("owner") Actor owner,
        @JsonProperty("due") String due, @JsonProperty("problem") ProblemRef problem,
        @JsonProperty("change") ChangeRef change) {
      return new ReviewActionAdded(actionId, description, owner, Checks.parseDate("due", due), problem, change);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_ADDED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewActionAdded(this, context);
    }
  }

  /**
   * A review action item got its owner and due date.
   *
   * @param actionId the item's id
   * @param owner who does it
   * @param due by when
   */
  record ReviewActionAssigned(String actionId, Actor owner, LocalDate due) implements MaintenanceFact {
    /** @throws IllegalArgumentException when a required field is null, blank or too long */
    public ReviewActionAssigned {
      Checks.id("actionId", actionId);
      Checks.notNull("owner", owner);
      Checks.notNull("due", due);
    }

    @JsonCreator
    private static ReviewActionAssigned fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("owner") Actor owner, @JsonProperty("due") String due) {
      return new ReviewActionAssigned(actionId, owner, Checks.parseDate("due", due));
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_ASSIGNED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewActionAssigned(this, context);
    }
  }

  /**
   * A review action item was done.
   *
   * @param actionId the item's id
   * @param note what was done; may be null
   */
  record ReviewActionDone(String actionId, @Nullable String note) implements MaintenanceFact {
    /** @throws IllegalArgumentException when the id is missing or a text too long */
    public ReviewActionDone {
      Checks.id("actionId", actionId);
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_DONE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewActionDone(this, context);
    }
  }

  /**
   * A review action item was dropped.
   *
   * @param actionId the item's id
   * @param reason why
   */
  record ReviewActionDropped(String actionId, String reason) implements MaintenanceFact {
    /** @throws IllegalArgumentException when the id or reason is missing or too long */
    public ReviewActionDropped {
      Checks.id("actionId", actionId);
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_ACTION_DROPPED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewActionDropped(this, context);
    }
  }

  /**
   * The post-incident review was completed (approved).
   *
   * @param note remark, for example who approved it; may be null. Events written before reviews were submitted
   *     carried the review's findings in a property {@code findings}, read as this note.
   */
  record ReviewCompleted(@Nullable String note) implements MaintenanceFact {
    /** @throws IllegalArgumentException when the note is too long */
    public ReviewCompleted {
      note = Checks.optionalText("note", note);
    }

    @JsonCreator
    private static ReviewCompleted fromJson(@JsonProperty("note") String note,
        @JsonProperty("findings") String findings) {
      if (note != null && findings != null) {
        throw new IllegalArgumentException("ReviewCompleted has note and its former name findings; give one");
      }
      return new ReviewCompleted(note != null ? note : findings);
    }

    @Override
    public FactKind kind() {
      return FactKind.REVIEW_COMPLETED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.reviewCompleted(this, context);
    }
  }

  /**
   * The major incident was closed. Linked children stay as they are.
   *
   * @param note remark; may be null
   */
  record IncidentClosed(@Nullable String note) implements MaintenanceFact {
    /** @throws IllegalArgumentException when the note is too long */
    public IncidentClosed {
      note = Checks.optionalText("note", note);
    }

    @Override
    public FactKind kind() {
      return FactKind.INCIDENT_CLOSED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.incidentClosed(this, context);
    }
  }
}
