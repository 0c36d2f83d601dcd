/**
 * What falls due for an incident, every kind in one list: stakeholder updates and regulatory reports (from the
 * communication schedule), escalations (the escalation policy's, SLA warnings included) and review action items
 * ({@link dev.mim.core.due.DueItems#at}); and the earliest of them ({@link dev.mim.core.due.DueItems#next}), which a
 * store keeps beside each incident so that a sweep reads only the incidents with something due.
 */
@NullMarked
package dev.mim.core.due;

import org.jspecify.annotations.NullMarked;
