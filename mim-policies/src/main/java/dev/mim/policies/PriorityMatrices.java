package dev.mim.policies;

import dev.mim.core.priority.PriorityMatrix;

/**
 * Named priority matrices. Rows are impact levels, columns urgency levels, both from 1 (highest).
 */
public final class PriorityMatrices {

  private static final PriorityMatrix FIVE_BY_FIVE = PriorityMatrix.of(new int[][] {
      {1, 1, 2, 2, 3},
      {1, 2, 2, 3, 3},
      {2, 2, 3, 3, 4},
      {2, 3, 3, 4, 4},
      {3, 3, 4, 4, 5},
  });

  private static final PriorityMatrix SERVICENOW_EVENT_LOG = PriorityMatrix.of(new int[][] {
      {1, 2, 3},
      {2, 3, 4},
      {3, 4, 4},
  });

  private PriorityMatrices() {}

  /**
   * The ITIL 3x3 matrix, P1 to P5 (the same as {@link PriorityMatrix#itil()}).
   *
   * @return the matrix
   */
  public static PriorityMatrix itil3x3() {
    return PriorityMatrix.itil();
  }

  /**
   * A 5x5 matrix for hosts with five impact and five urgency levels: the priority is half the sum of the two
   * levels, rounded down, giving P1 to P5.
   *
   * @return the matrix
   */
  public static PriorityMatrix fiveByFive() {
    return FIVE_BY_FIVE;
  }

  /**
   * The lookup of the ServiceNow instance behind the "Incident management process enriched event log" (Amaral,
   * Fantinato, Peres, 2018; UCI Machine Learning Repository, CC BY 4.0), which has four priorities: "1 - Critical"
   * to "4 - Low". It is ServiceNow's default impact x urgency lookup with P5 folded into P4. Every cell but
   * (impact 1, urgency 3) occurs in the log; that one is ServiceNow's default, P3.
   *
   * @return the matrix
   */
  public static PriorityMatrix serviceNowEventLog() {
    return SERVICENOW_EVENT_LOG;
  }
}
