/**
 * Business services: their identifiers, their catalogue entries (criticality tier, cost of downtime, primary
 * resolver group, owner), which services support which ({@link dev.mim.core.service.ServiceDependencies}), what a
 * failure of some of them affects ({@link dev.mim.core.service.ServiceImpact}), the maintenance windows scheduled on
 * them ({@link dev.mim.core.service.MaintenanceWindow}, {@link dev.mim.core.service.MaintenanceSchedule}), and the
 * {@link dev.mim.core.spi.ServiceCatalogue} the host supplies.
 */
@NullMarked
package dev.mim.core.service;

import org.jspecify.annotations.NullMarked;
