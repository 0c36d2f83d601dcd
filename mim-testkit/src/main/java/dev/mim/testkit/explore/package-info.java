/**
 * The workflow explorer: {@link dev.mim.testkit.explore.WorkflowExplorer} decides every kind of command, with
 * representative parameters, breadth first up to a depth, checks mim's invariants and the host's after every step,
 * and reports the states and transitions reached and the shortest path to each broken invariant.
 */
@NullMarked
package dev.mim.testkit.explore;

import org.jspecify.annotations.NullMarked;
