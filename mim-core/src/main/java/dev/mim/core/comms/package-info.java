/**
 * Stakeholder communication: the audiences who are kept informed during a major incident.
 */
package dev.mim.core.comms;
