/**
 * On-call schedules as iCalendar feeds: {@link dev.mim.ical.OnCallCalendar} writes a schedule's turns in a period,
 * everyone's or one person's, as RFC 5545 text that calendar applications subscribe to.
 */
@NullMarked
package dev.mim.ical;

import org.jspecify.annotations.NullMarked;
