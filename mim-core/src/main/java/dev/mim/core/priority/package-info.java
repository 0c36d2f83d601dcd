/**
 * Classification of incidents: impact, urgency, priority and the priority matrix that maps the first two
 * to the third.
 */
package dev.mim.core.priority;
