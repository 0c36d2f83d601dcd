/**
 * Identification of major incidents: the signals that reveal one (tickets, user reports, monitoring alerts,
 * resolver groups' reports), the keys that group similar signals, and the proposals of candidates that a
 * {@link dev.mim.core.spi.DetectionPolicy} makes from them.
 */
@NullMarked
package dev.mim.core.identify;

import org.jspecify.annotations.NullMarked;
