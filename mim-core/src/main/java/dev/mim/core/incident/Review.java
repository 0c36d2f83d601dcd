package dev.mim.core.incident;

import dev.mim.core.people.Actor;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The post-incident review.
 *
 * @param startedAt when it started; null before
 * @param reviewer who leads it; may be null
 * @param actions the action items by id, in the order they were added
 * @param completedAt when it was completed; null before
 * @param findings its conclusions; null before completion
 */
public record Review(Instant startedAt, Actor reviewer, Map<String, ReviewAction> actions, Instant completedAt,
    String findings) {

  static final Review NONE = new Review(null, null, Map.of(), null, null);

  /** @return true once the review was completed */
  public boolean isCompleted() {
    return completedAt != null;
  }

  /**
   * @param at when the review started
   * @param by who leads it; may be null
   * @return a copy started then
   */
  public Review started(Instant at, Actor by) {
    return new Review(at, by, actions, completedAt, findings);
  }

  /**
   * @param actionId an action item's id
   * @param action the item
   * @return a copy with the item added or replaced
   */
  public Review withAction(String actionId, ReviewAction action) {
    Map<String, ReviewAction> copy = new LinkedHashMap<>(actions);
    copy.put(actionId, action);
    return new Review(startedAt, reviewer, Collections.unmodifiableMap(copy), completedAt, findings);
  }

  /**
   * @param at when the review was completed
   * @param conclusions its findings
   * @return a copy completed then
   */
  public Review completed(Instant at, String conclusions) {
    return new Review(startedAt, reviewer, actions, at, conclusions);
  }
}
