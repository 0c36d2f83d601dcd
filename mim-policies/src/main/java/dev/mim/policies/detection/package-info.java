/**
 * Detection of major incidents from signals: the {@link dev.mim.policies.detection.SurgeDetector}, mim's default
 * {@link dev.mim.core.spi.DetectionPolicy}, and its immutable {@link dev.mim.policies.detection.SurgeSettings}.
 */
@NullMarked
package dev.mim.policies.detection;

import org.jspecify.annotations.NullMarked;
