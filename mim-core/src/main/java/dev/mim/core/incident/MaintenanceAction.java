package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The actions of maintenance: the post-incident review with its findings and action items, then closure.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = MaintenanceAction.StartReview.class, name = "StartReview"),
    @JsonSubTypes.Type(value = MaintenanceAction.RecordFindings.class, name = "RecordFindings"),
    @JsonSubTypes.Type(value = MaintenanceAction.SubmitReview.class, name = "SubmitReview"),
    @JsonSubTypes.Type(value = MaintenanceAction.AddReviewAction.class, name = "AddReviewAction"),
    @JsonSubTypes.Type(value = MaintenanceAction.AssignReviewAction.class, name = "AssignReviewAction"),
    @JsonSubTypes.Type(value = MaintenanceAction.CompleteReviewAction.class, name = "CompleteReviewAction"),
    @JsonSubTypes.Type(value = MaintenanceAction.DropReviewAction.class, name = "DropReviewAction"),
    @JsonSubTypes.Type(value = MaintenanceAction.CompleteReview.class, name = "CompleteReview"),
    @JsonSubTypes.Type(value = MaintenanceAction.Close.class, name = "Close"),
})
public sealed interface MaintenanceAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.maintenance(this, context);
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
    R startReview(StartReview action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R recordFindings(RecordFindings action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R submitReview(SubmitReview action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R addReviewAction(AddReviewAction action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R assignReviewAction(AssignReviewAction action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R completeReviewAction(CompleteReviewAction action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R dropReviewAction(DropReviewAction action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R completeReview(CompleteReview action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R close(Close action, C context);
  }

  /**
   * Start the post-incident review. Allowed only once service is restored.
   *
   * @param reviewer optional (null) person leading the review
   */
  record StartReview(@Nullable Actor reviewer) implements MaintenanceAction {
    @Override
    public ActionKind kind() {
      return ActionKind.START_REVIEW;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.startReview(this, context);
    }
  }

  /**
   * Record what the review found, in place of what was recorded before. Allowed until the review is completed.
   *
   * @param findings the findings
   */
  record RecordFindings(ReviewFindings findings) implements MaintenanceAction {
    /** @throws IllegalArgumentException when {@code findings} is null */
    public RecordFindings {
      Checks.notNull("findings", findings);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.RECORD_FINDINGS;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.recordFindings(this, context);
    }
  }

  /**
   * Submit the draft review for approval. Needs findings with a summary ({@code findings-missing}) and a root
   * cause or the problem record the analysis was handed to ({@code root-cause-missing}).
   *
   * @param note optional (null) remark, for example to whom it was circulated
   */
  record SubmitReview(@Nullable String note) implements MaintenanceAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public SubmitReview {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.SUBMIT_REVIEW;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.submitReview(this, context);
    }
  }

  /**
   * Add an action item to the review. Owner and due date may follow with {@link AssignReviewAction}; the review
   * cannot complete while an open item lacks either.
   *
   * @param actionId the item's id, unique within the incident
   * @param description what is to be done; required by the practice ({@code description-missing})
   * @param owner who does it; optional (null)
   * @param due by when; optional (null)
   * @param problem the problem record it belongs to; optional (null)
   * @param change the change that carries it out; optional (null)
   */
  record AddReviewAction(String actionId, @Nullable String description, @Nullable Actor owner, @Nullable LocalDate due,
      @Nullable ProblemRef problem,
      @Nullable ChangeRef change) implements MaintenanceAction {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the description too long */
    public AddReviewAction {
      Checks.id("actionId", actionId);
      description = Checks.optionalText("description", description);
    }

    /**
     * An item linked to no problem or change.
     *
     * @param actionId the item's id
     * @param description what is to be done
     * @param owner who does it; may be null
     * @param due by when; may be null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AddReviewAction(String actionId, String description, Actor owner, LocalDate due) {
      this(actionId, description, owner, due, null, null);
    }

    @JsonCreator
    private static AddReviewAction fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("description") String description, @JsonProperty("owner") Actor owner,
        @JsonProperty("due") String due, @JsonProperty("problem") ProblemRef problem,
        @JsonProperty("change") ChangeRef change) {
      return new AddReviewAction(actionId, description, owner, Checks.parseDate("due", due), problem, change);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ADD_REVIEW_ACTION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.addReviewAction(this, context);
    }
  }

  /**
   * Give an open review action item its owner and due date (or new ones). Also after closure.
   *
   * @param actionId the item's id
   * @param owner who does it
   * @param due by when
   */
  record AssignReviewAction(String actionId, Actor owner, LocalDate due) implements MaintenanceAction {
    /** @throws IllegalArgumentException when a field is null or the id is blank or too long */
    public AssignReviewAction {
      Checks.id("actionId", actionId);
      Checks.notNull("owner", owner);
      Checks.notNull("due", due);
    }

    @JsonCreator
    private static AssignReviewAction fromJson(@JsonProperty("actionId") String actionId,
        @JsonProperty("owner") Actor owner, @JsonProperty("due") String due) {
      return new AssignReviewAction(actionId, owner, Checks.parseDate("due", due));
    }

    @Override
    public ActionKind kind() {
      return ActionKind.ASSIGN_REVIEW_ACTION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.assignReviewAction(this, context);
    }
  }

  /**
   * Mark an open review action item done. Also after closure.
   *
   * @param actionId the item's id
   * @param note optional (null) remark: what was done
   */
  record CompleteReviewAction(String actionId, @Nullable String note) implements MaintenanceAction {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the note too long */
    public CompleteReviewAction {
      Checks.id("actionId", actionId);
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.COMPLETE_REVIEW_ACTION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.completeReviewAction(this, context);
    }
  }

  /**
   * Drop an open review action item. Also after closure.
   *
   * @param actionId the item's id
   * @param reason why; required by the practice ({@code reason-missing})
   */
  record DropReviewAction(String actionId, @Nullable String reason) implements MaintenanceAction {
    /** @throws IllegalArgumentException when the id is null, blank or too long, or the reason too long */
    public DropReviewAction {
      Checks.id("actionId", actionId);
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DROP_REVIEW_ACTION;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.dropReviewAction(this, context);
    }
  }

  /**
   * Complete (approve) the submitted review. Refused before it is submitted ({@code review-not-submitted}) and
   * while an open action item lacks an owner or a due date ({@code review-action-unassigned}).
   *
   * @param note optional (null) remark, for example who approved it
   */
  record CompleteReview(@Nullable String note) implements MaintenanceAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public CompleteReview {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.COMPLETE_REVIEW;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.completeReview(this, context);
    }
  }

  /**
   * Close the major incident. Needs a completed review. Does not close linked children.
   *
   * @param note optional (null) remark
   */
  record Close(@Nullable String note) implements MaintenanceAction {
    /** @throws IllegalArgumentException when {@code note} is too long */
    public Close {
      note = Checks.optionalText("note", note);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.CLOSE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.close(this, context);
    }
  }
}
