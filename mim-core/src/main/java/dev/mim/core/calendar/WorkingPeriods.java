package dev.mim.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The working periods of one day of {@link WorkingHours}, as instants: the spans in which the wall clock shows a
 * time from the opening to the closing. Usually one span; two when the clocks go back inside the hours (the
 * repeated part is worked again), none when a spring-forward gap swallows the hours whole.
 *
 * <p>Found offset by offset: between two of the zone's transitions the offset is fixed, so the instants whose local
 * time lies in the hours are one span there; spans that touch across a transition (the clock jumps from inside the
 * hours to inside them) are one period.
 */
final class WorkingPeriods {

  private WorkingPeriods() {}

  /** The first period of {@code day} that opens at or after {@code at}, or null when none does. */
  static Instant firstOpeningAtOrAfter(ZoneId zone, LocalDate day, LocalTime start, LocalTime end, Instant at) {
    return walk(zone, day, start, end, at, false);
  }

  /** The closing of the period of {@code day} that holds {@code working}, or null when none holds it. */
  static Instant closingAfter(ZoneId zone, LocalDate day, LocalTime start, LocalTime end, Instant working) {
    return walk(zone, day, start, end, working, true);
  }

  private static Instant walk(ZoneId zone, LocalDate day, LocalTime start, LocalTime end, Instant at,
      boolean closing) {
    ZoneRules rules = zone.getRules();
    LocalDateTime open = LocalDateTime.of(day, start);
    LocalDateTime close = LocalDateTime.of(day, end);
    if (rules.isFixedOffset()) {
      ZoneOffset offset = rules.getOffset(Instant.EPOCH);
      return answer(open.toInstant(offset), close.toInstant(offset), at, closing);
    }
    // Every instant whose local time is in the hours lies between these two, whatever the offset.
    Instant cursor = open.toInstant(ZoneOffset.MAX);
    Instant last = close.toInstant(ZoneOffset.MIN);
    Instant periodStart = null;
    Instant periodEnd = null;
    while (cursor.isBefore(last)) {
      ZoneOffset offset = rules.getOffset(cursor);
      ZoneOffsetTransition next = rules.nextTransition(cursor);
      Instant segmentEnd = next == null || next.getInstant().isAfter(last) ? last : next.getInstant();
      Instant from = later(cursor, open.toInstant(offset));
      Instant to = earlier(segmentEnd, close.toInstant(offset));
      if (from.isBefore(to)) {
        if (periodEnd != null && periodEnd.equals(from)) {
          periodEnd = to; // the clock jumped from inside the hours to inside them: one period
        } else {
          Instant found = periodStart == null ? null : answer(periodStart, periodEnd, at, closing);
          if (found != null) {
            return found;
          }
          periodStart = from;
          periodEnd = to;
        }
      }
      cursor = segmentEnd;
    }
    return periodStart == null ? null : answer(periodStart, periodEnd, at, closing);
  }

  /** For the period from {@code from} to {@code to}: its closing if it holds {@code at}, or its opening if not before. */
  private static Instant answer(Instant from, Instant to, Instant at, boolean closing) {
    if (closing) {
      return !at.isBefore(from) && at.isBefore(to) ? to : null;
    }
    return !from.isBefore(at) && from.isBefore(to) ? from : null;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
