/**
 * Identification of major incidents: the signals that reveal one (tickets, user reports, monitoring alerts,
 * resolver groups' reports), the keys that group similar signals, and what a
 * {@link dev.mim.core.spi.DetectionPolicy} makes of each: proposals of candidates, a suppression under a maintenance
 * window, or a refusal ({@link dev.mim.core.identify.Detection}).
 */
@NullMarked
package dev.mim.core.identify;

import org.jspecify.annotations.NullMarked;
