/**
 * Stakeholder communication: the audiences who are kept informed during a major incident.
 */
@NullMarked
package dev.mim.core.comms;

import org.jspecify.annotations.NullMarked;
