/**
 * The baselines mim is measured against: the same major-incident workflow hand-written (the floor) and on
 * stateless4j and Spring Statemachine.
 */
package dev.mim.benchmarks.baseline;
