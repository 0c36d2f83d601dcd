/**
 * The bridge to QuickTheories: {@link dev.mim.testkit.quicktheories.MimGen#of} turns any of the testkit's
 * {@link dev.mim.testkit.generate.Generator}s into a shrinking QuickTheories {@code Gen}. The only package of the
 * testkit whose API shows QuickTheories' types.
 */
@NullMarked
package dev.mim.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
