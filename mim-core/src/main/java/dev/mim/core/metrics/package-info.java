/**
 * Measures of how an incident was handled, computed from its events: its times, reopens, escalations and outage
 * ({@link dev.mim.core.metrics.IncidentMetrics}), the estimated cost of the outage
 * ({@link dev.mim.core.metrics.DowntimeCost}), how well stakeholders were kept informed
 * ({@link dev.mim.core.metrics.StakeholderConfidence}), and summaries over many incidents
 * ({@link dev.mim.core.metrics.DurationSummary}, by {@link dev.mim.core.metrics.Metric}).
 */
@NullMarked
package dev.mim.core.metrics;

import org.jspecify.annotations.NullMarked;
