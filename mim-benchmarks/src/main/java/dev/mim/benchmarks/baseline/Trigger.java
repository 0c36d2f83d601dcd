package dev.mim.benchmarks.baseline;

import java.util.List;

/** What moves the baselines' workflow on. */
public enum Trigger {
  DECLARE, MOBILISE, START_RESOLUTION, RESTORE, REOPEN, START_REVIEW, CLOSE;

  /** The eight transitions every lifecycle benchmark makes, from a candidate to closure, with one reopening. */
  public static final List<Trigger> WORKFLOW = List.of(DECLARE, MOBILISE, START_RESOLUTION, RESTORE, REOPEN,
      RESTORE, START_REVIEW, CLOSE);
}
