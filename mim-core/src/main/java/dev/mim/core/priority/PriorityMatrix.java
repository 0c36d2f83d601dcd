package dev.mim.core.priority;

import dev.mim.core.internal.Checks;
import java.util.Arrays;

/**
 * The lookup from impact and urgency to priority: a complete table with one row per impact level and one
 * column per urgency level, 3 to 5 of each.
 *
 * <p>A matrix is <em>complete</em> (every cell holds a priority) and, unless built with {@link #ofLegacy},
 * <em>monotonic</em>: raising the impact or the urgency never lowers the priority. Building a matrix that
 * breaks either rule fails with a message naming the first offending cell, read row by row.
 *
 * <p>Instances are immutable and safe to share between threads and tenants.
 */
public final class PriorityMatrix {

  /** The fewest impact or urgency levels a matrix may have. */
  public static final int MIN_LEVELS = 3;

  /** The most impact or urgency levels a matrix may have. */
  public static final int MAX_LEVELS = 5;

  private static final PriorityMatrix ITIL = of(new int[][] {
      {1, 2, 3},
      {2, 3, 4},
      {3, 4, 5},
  });

  private final Priority[][] cells;
  private final int priorityLevels;
  private final boolean monotonic;

  private PriorityMatrix(Priority[][] cells, boolean monotonic) {
    this.cells = cells;
    this.monotonic = monotonic;
    int worst = 1;
    for (Priority[] row : cells) {
      for (Priority p : row) {
        worst = Math.max(worst, p.level());
      }
    }
    this.priorityLevels = worst;
  }

  /**
   * The ITIL 3x3 matrix: impact and urgency High, Medium, Low give priorities P1 to P5
   * (High/High is P1, Low/Low is P5, each step down in either lowers the priority by one).
   *
   * @return the shared ITIL matrix
   */
  public static PriorityMatrix itil() {
    return ITIL;
  }

  /**
   * Builds a complete, monotonic matrix.
   *
   * @param table {@code table[i][u]} is the priority level for impact level {@code i + 1} and urgency level
   *     {@code u + 1}; copied, so later changes to the array do not reach the matrix
   * @return the matrix
   * @throws IllegalArgumentException when the table is not rectangular, has fewer than 3 or more than 5 rows
   *     or columns, holds a priority level out of range, or is not monotonic; the message names the first
   *     offending cell
   */
  public static PriorityMatrix of(int[][] table) {
    return build(table, true);
  }

  /**
   * Builds a complete matrix without the monotonic check, for legacy tables in which raising the impact or
   * urgency may lower the priority. Prefer {@link #of}: a non-monotonic table surprises everyone who reads it.
   *
   * @param table as for {@link #of}
   * @return the matrix, whose {@link #isMonotonic()} tells whether it happens to be monotonic
   * @throws IllegalArgumentException when the table is not complete or holds a level out of range
   */
  public static PriorityMatrix ofLegacy(int[][] table) {
    return build(table, false);
  }

  private static PriorityMatrix build(int[][] table, boolean requireMonotonic) {
    Checks.notNull("table", table);
    Checks.between("impact levels (table rows)", table.length, MIN_LEVELS, MAX_LEVELS);
    int urgencies = -1;
    Priority[][] cells = new Priority[table.length][];
    for (int i = 0; i < table.length; i++) {
      int[] row = table[i];
      if (row == null) {
        throw new IllegalArgumentException("table row for impact " + (i + 1) + " must not be null");
      }
      if (urgencies < 0) {
        urgencies = Checks.between("urgency levels (table columns)", row.length, MIN_LEVELS, MAX_LEVELS);
      } else if (row.length != urgencies) {
        throw new IllegalArgumentException("table is not complete: row for impact " + (i + 1) + " has "
            + row.length + " cells, the first row has " + urgencies);
      }
      cells[i] = new Priority[urgencies];
      for (int u = 0; u < urgencies; u++) {
        int level = row[u];
        if (level < 1 || level > Priority.MAX_LEVEL) {
          throw new IllegalArgumentException(cell(i, u) + " must hold a priority level between 1 and "
              + Priority.MAX_LEVEL + ", was " + level);
        }
        cells[i][u] = Priority.of(level);
      }
    }
    String breach = firstMonotonicBreach(cells);
    if (requireMonotonic && breach != null) {
      throw new IllegalArgumentException("table is not monotonic: " + breach
          + " (use PriorityMatrix.ofLegacy for a legacy table)");
    }
    return new PriorityMatrix(cells, breach == null);
  }

  private static String firstMonotonicBreach(Priority[][] cells) {
    for (int i = 0; i < cells.length; i++) {
      for (int u = 0; u < cells[i].length; u++) {
        int here = cells[i][u].level();
        // Raising the impact means moving to row i - 1; raising the urgency, to column u - 1.
        if (i > 0 && cells[i - 1][u].level() > here) {
          return cell(i, u) + " is P" + here + " but the higher impact " + (i) + " gives the lower P"
              + cells[i - 1][u].level();
        }
        if (u > 0 && cells[i][u - 1].level() > here) {
          return cell(i, u) + " is P" + here + " but the higher urgency " + (u) + " gives the lower P"
              + cells[i][u - 1].level();
        }
      }
    }
    return null;
  }

  private static String cell(int i, int u) {
    return "cell (impact " + (i + 1) + ", urgency " + (u + 1) + ")";
  }

  /**
   * Returns the priority for {@code impact} and {@code urgency}.
   *
   * @param impact the impact, within this matrix's levels
   * @param urgency the urgency, within this matrix's levels
   * @return the priority in that cell
   * @throws IllegalArgumentException when either is null or beyond this matrix's levels
   */
  public Priority priorityOf(Impact impact, Urgency urgency) {
    Checks.notNull("impact", impact);
    Checks.notNull("urgency", urgency);
    if (impact.level() > cells.length) {
      throw new IllegalArgumentException("impact must be between 1 and " + cells.length
          + " for this matrix, was " + impact.level());
    }
    if (urgency.level() > cells[0].length) {
      throw new IllegalArgumentException("urgency must be between 1 and " + cells[0].length
          + " for this matrix, was " + urgency.level());
    }
    return cells[impact.level() - 1][urgency.level() - 1];
  }

  /**
   * Tells whether {@code impact} and {@code urgency} lie within this matrix's levels.
   *
   * @param impact an impact
   * @param urgency an urgency
   * @return true when {@link #priorityOf} would answer for them
   */
  public boolean covers(Impact impact, Urgency urgency) {
    return impact.level() <= cells.length && urgency.level() <= cells[0].length;
  }

  /** @return the number of impact levels (table rows) */
  public int impactLevels() {
    return cells.length;
  }

  /** @return the number of urgency levels (table columns) */
  public int urgencyLevels() {
    return cells[0].length;
  }

  /** @return the least severe priority level this matrix produces */
  public int priorityLevels() {
    return priorityLevels;
  }

  /** @return true when raising impact or urgency never lowers the priority */
  public boolean isMonotonic() {
    return monotonic;
  }

  /** @return a copy of the table, {@code [impact - 1][urgency - 1]} holding priority levels */
  public int[][] table() {
    int[][] copy = new int[cells.length][];
    for (int i = 0; i < cells.length; i++) {
      copy[i] = Arrays.stream(cells[i]).mapToInt(Priority::level).toArray();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriorityMatrix other && Arrays.deepEquals(cells, other.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return "PriorityMatrix" + Arrays.deepToString(table());
  }
}
