package dev.mim.core.escalation;

import org.jspecify.annotations.Nullable;
import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationLog;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * The clocks escalation policies run on, read from the incident's state alone: whether a condition holds and from
 * when it counts, how much of a delay has passed in working time once the holds are taken out, and which level was
 * last sent. Pure.
 */
public final class EscalationClock {

  private EscalationClock() {}

  /**
   * Returns the moment {@code condition}'s clock counts from, if the condition holds.
   *
   * @param s the incident's state
   * @param condition a condition
   * @return its anchor (see {@link EscalationCondition}), or null when it does not hold now
   */
  public static @Nullable Instant anchor(IncidentState s, EscalationCondition condition) {
    Checks.notNull("state", s);
    Checks.notNull("condition", condition);
    IncidentStatus status = s.status();
    boolean live = status == IncidentStatus.DECLARED || status == IncidentStatus.MOBILISED
        || status == IncidentStatus.RESOLVING;
    return switch (condition) {
      case NOT_VALIDATED -> status == IncidentStatus.CANDIDATE && s.evidence().isEmpty()
          ? s.classification().identifiedAt() : null;
      case NOT_DECLARED -> status == IncidentStatus.CANDIDATE ? s.classification().identifiedAt() : null;
      case NOT_ACKNOWLEDGED -> (live || status == IncidentStatus.CANDIDATE) && s.team().manager() != null
          && !s.team().managerAcknowledged() ? s.team().managerSince() : null;
      case NOT_MOBILISED -> status == IncidentStatus.DECLARED ? s.declaredAt() : null;
      case NOT_RESTORED -> live ? s.declaredAt() : null;
      case REVIEW_NOT_COMPLETED -> (status == IncidentStatus.RESTORED || status == IncidentStatus.IN_REVIEW)
          && !s.review().isCompleted() ? s.resolution().restoredAt() : null;
    };
  }

  /**
   * Returns when {@code delay} of clock time has passed since {@code anchor}: working time on {@code calendar},
   * with the periods escalations were held taken out.
   *
   * @param s the incident's state, for its holds
   * @param anchor where the clock counts from
   * @param delay how long; zero or more
   * @param calendar the clock's calendar ({@link BusinessCalendar#always()} for 24x7)
   * @return the instant reached, or null while a hold that began before it lasts (its time is not known yet)
   */
  public static @Nullable Instant after(IncidentState s, Instant anchor, Duration delay, BusinessCalendar calendar) {
    Checks.notNull("anchor", anchor);
    Checks.notNegative("delay", delay);
    Checks.notNull("calendar", calendar);
    Instant cursor = anchor;
    Duration left = delay;
    for (EscalationLog.Hold hold : s.escalations().holds()) {
      if (hold.until() != null && !hold.until().isAfter(cursor)) {
        continue;
      }
      if (!hold.from().isBefore(cursor)) {
        // A level due at or before the hold's start keeps its time: what is due when the hold begins is owed already.
        Duration before = calendar.workingTimeBetween(cursor, hold.from());
        if (left.compareTo(before) <= 0) {
          return calendar.plusWorkingTime(cursor, left);
        }
        left = left.minus(before);
      }
      if (hold.until() == null) {
        return null;
      }
      cursor = hold.until();
    }
    return calendar.plusWorkingTime(cursor, left);
  }

  /**
   * @param s the incident's state
   * @param condition a condition that holds
   * @return the highest level sent for it since its clock started; 0 when none
   */
  public static int levelSent(IncidentState s, EscalationCondition condition) {
    Instant anchor = anchor(s, condition);
    return anchor == null ? 0 : s.escalations().levelSent(condition, anchor);
  }
}
