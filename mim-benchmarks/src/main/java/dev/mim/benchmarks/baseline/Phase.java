package dev.mim.benchmarks.baseline;

/** The statuses of the baselines' major-incident workflow. */
public enum Phase {
  CANDIDATE, DECLARED, MOBILISED, RESOLVING, RESTORED, IN_REVIEW, CLOSED
}
