/**
 * Random but valid inputs for hosts' property tests: incidents, command sequences, signal streams, priority
 * matrices, communication plans, calendars and on-call schedules. Plain Java ({@link java.util.random.RandomGenerator}
 * in, values out), seedable and reproducible; {@link dev.mim.testkit.quicktheories.MimGen} makes them shrink under
 * QuickTheories.
 */
@NullMarked
package dev.mim.testkit.generate;

import org.jspecify.annotations.NullMarked;
