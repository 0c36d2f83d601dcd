package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mim.core.people.Actor;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The post-incident review: a draft once started, in review once submitted, completed once approved. Its
 * timeline is not kept here: it is derived from the incident's events.
 *
 * @param startedAt when it started; null before
 * @param reviewer who leads it; may be null
 * @param findings what it found; null until recorded
 * @param actions the action items by id, in the order they were added
 * @param submittedAt when it was submitted for review; null before
 * @param completedAt when it was completed; null before
 * @param conclusion the note it was completed with; may be null
 */
public record Review(@Nullable Instant startedAt, Actor reviewer, @Nullable ReviewFindings findings, Map<String,
    ReviewAction> actions,
    @Nullable Instant submittedAt, @Nullable Instant completedAt, String conclusion) {

  static final Review NONE = new Review(null, null, null, Map.of(), null, null, null);

  /** @return where the review stands, read from when it started, was submitted and was completed */
  public ReviewStatus status() {
    if (completedAt != null) {
      return ReviewStatus.COMPLETED;
    }
    if (submittedAt != null) {
      return ReviewStatus.IN_REVIEW;
    }
    return startedAt != null ? ReviewStatus.DRAFT : ReviewStatus.NOT_STARTED;
  }

  /** @return true once the review was completed */
  @JsonIgnore
  public boolean isCompleted() {
    return completedAt != null;
  }

  /**
   * @param at when the review started
   * @param by who leads it; may be null
   * @return a copy started then
   */
  public Review started(Instant at, Actor by) {
    return new Review(at, by, findings, actions, submittedAt, completedAt, conclusion);
  }

  /**
   * @param newFindings what the review found
   * @return a copy with them, in place of any recorded before
   */
  public Review withFindings(ReviewFindings newFindings) {
    return new Review(startedAt, reviewer, newFindings, actions, submittedAt, completedAt, conclusion);
  }

  /**
   * @param actionId an action item's id
   * @param action the item
   * @return a copy with the item added or replaced
   */
  public Review withAction(String actionId, ReviewAction action) {
    Map<String, ReviewAction> copy = new LinkedHashMap<>(actions);
    copy.put(actionId, action);
    return new Review(startedAt, reviewer, findings, Collections.unmodifiableMap(copy), submittedAt, completedAt,
        conclusion);
  }

  /**
   * @param at when the review was submitted
   * @return a copy in review from then
   */
  public Review submitted(Instant at) {
    return new Review(startedAt, reviewer, findings, actions, at, completedAt, conclusion);
  }

  /**
   * @param at when the review was completed
   * @param note the note it was completed with; may be null
   * @return a copy completed then
   */
  public Review completed(Instant at, String note) {
    return new Review(startedAt, reviewer, findings, actions, submittedAt, at, note);
  }
}
