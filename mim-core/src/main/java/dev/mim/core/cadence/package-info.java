/**
 * Stakeholder communication cadence: at any instant, who is owed an update and since when
 * ({@link dev.mim.core.cadence.CommunicationSchedule}), including the reports that regulatory clocks require, and
 * how well the owed updates were kept ({@link dev.mim.core.cadence.StakeholderConfidence}). Pure functions of an
 * incident's state, its recorded updates and an instant.
 */
package dev.mim.core.cadence;
