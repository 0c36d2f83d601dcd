/**
 * Meters of mim's command handling in Micrometer's conventions ({@link dev.mim.micrometer.MimMeters}), and a
 * Micrometer Observation around each decision, so that OpenTelemetry tracing works where a host has it.
 */
@NullMarked
package dev.mim.micrometer;

import org.jspecify.annotations.NullMarked;
