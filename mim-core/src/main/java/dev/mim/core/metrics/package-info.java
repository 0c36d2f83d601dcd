/**
 * Measures of how an incident was handled, computed from its events: how well stakeholders were kept informed
 * ({@link dev.mim.core.metrics.StakeholderConfidence}).
 */
package dev.mim.core.metrics;
