/**
 * Business services: their identifiers, their catalogue entries (criticality tier, cost of downtime, primary
 * resolver group, owner) and the {@link dev.mim.core.spi.ServiceCatalogue} the host supplies.
 */
@NullMarked
package dev.mim.core.service;

import org.jspecify.annotations.NullMarked;
