/**
 * On-call schedules: layers of rotations in their own time zones, with restrictions and overrides
 * ({@link dev.mim.policies.oncall.OnCallSchedule}), and hand-overs of the Major Incident Manager role at the end of
 * a shift ({@link dev.mim.policies.oncall.ShiftHandover}).
 */
@NullMarked
package dev.mim.policies.oncall;

import org.jspecify.annotations.NullMarked;
