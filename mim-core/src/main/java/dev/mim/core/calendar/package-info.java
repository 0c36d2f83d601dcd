/**
 * Business calendars: when a host's people work (time zone, working hours, working days, holidays), so that
 * audiences updated only in business hours are never due outside them.
 */
@NullMarked
package dev.mim.core.calendar;

import org.jspecify.annotations.NullMarked;
