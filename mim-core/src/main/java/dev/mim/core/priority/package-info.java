/**
 * Classification of incidents: impact, urgency, priority and the priority matrix that maps the first two
 * to the third.
 */
@NullMarked
package dev.mim.core.priority;

import org.jspecify.annotations.NullMarked;
