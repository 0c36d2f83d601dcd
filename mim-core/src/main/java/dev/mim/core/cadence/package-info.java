/**
 * Stakeholder communication cadence: at any instant, who is owed an update and since when
 * ({@link dev.mim.core.cadence.CommunicationSchedule}), including the reports that regulatory clocks require. Pure
 * functions of an incident's state, an instant and the {@link dev.mim.core.spi.CommunicationPolicy}.
 */
@NullMarked
package dev.mim.core.cadence;

import org.jspecify.annotations.NullMarked;
