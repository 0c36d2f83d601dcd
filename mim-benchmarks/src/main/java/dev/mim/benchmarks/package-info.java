/**
 * JMH benchmarks of mim's hot paths beside the baselines, and {@link dev.mim.benchmarks.BenchmarkTable}, which runs
 * them and prints one table of ratios.
 */
package dev.mim.benchmarks;
