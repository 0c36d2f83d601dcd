/**
 * The testkit's own plumbing: the one catalogue of representative actions that the generators draw from and the
 * explorer enumerates, and the descriptions of states and histories that failure messages print. Not exported.
 */
@NullMarked
package dev.mim.testkit.internal;

import org.jspecify.annotations.NullMarked;
