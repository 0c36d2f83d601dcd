package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An action item from the post-incident review. It stays tracked after the incident closes, until it is done or
 * dropped.
 *
 * @param description what is to be done
 * @param owner who does it; null until assigned
 * @param due by when (the last day allowed); null until assigned
 * @param problem the problem record it belongs to; may be null
 * @param change the change that carries it out; may be null
 * @param status open, done or dropped
 * @param closedAt when it was done or dropped; null while open
 * @param closingNote what was done, or why it was dropped; null while open
 */
public record ReviewAction(String description, @Nullable Actor owner, @Nullable LocalDate due, ProblemRef problem,
    ChangeRef change,
    ActionItemStatus status, @Nullable Instant closedAt, @Nullable String closingNote) {

  /**
   * @throws IllegalArgumentException when the description or status is missing or too long, or the closing time
   *     is given for an open item or missing for a closed one
   */
  public ReviewAction {
    Checks.text("description", description);
    Checks.notNull("status", status);
    closingNote = Checks.optionalText("closingNote", closingNote);
    if ((status == ActionItemStatus.OPEN) != (closedAt == null)) {
      throw new IllegalArgumentException("closedAt must be null exactly while the item is open, was " + closedAt
          + " for status " + status);
    }
  }

  /**
   * An open item.
   *
   * @param description what is to be done
   * @param owner who does it; may be null
   * @param due by when; may be null
   * @param problem the problem record it belongs to; may be null
   * @param change the change that carries it out; may be null
   * @return the item
   */
  public static ReviewAction open(String description, Actor owner, LocalDate due, ProblemRef problem,
      ChangeRef change) {
    return new ReviewAction(description, owner, due, problem, change, ActionItemStatus.OPEN, null, null);
  }

  /** @return true when the item has both an owner and a due date, as completing the review requires */
  @JsonIgnore
  public boolean isAssigned() {
    return owner != null && due != null;
  }

  /** @return true while it is to be done */
  @JsonIgnore
  public boolean isOpen() {
    return status == ActionItemStatus.OPEN;
  }

  /**
   * @param at an instant
   * @param zone the zone in which its due date is read
   * @return true when it is open and its due date has passed in {@code zone} at {@code at}
   */
  public boolean isOverdueAt(Instant at, ZoneId zone) {
    return isOpen() && due != null && due.isBefore(LocalDate.ofInstant(at, zone));
  }

  /**
   * @param newOwner who does it
   * @param newDue by when
   * @return a copy assigned to them
   */
  public ReviewAction assigned(Actor newOwner, LocalDate newDue) {
    return new ReviewAction(description, newOwner, newDue, problem, change, status, closedAt, closingNote);
  }

  /**
   * @param outcome {@link ActionItemStatus#DONE} or {@link ActionItemStatus#DROPPED}
   * @param at when
   * @param note what was done, or why it was dropped
   * @return a copy closed so
   */
  public ReviewAction closed(ActionItemStatus outcome, Instant at, String note) {
    return new ReviewAction(description, owner, due, problem, change, outcome, at, note);
  }
}
