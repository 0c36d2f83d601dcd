package dev.mim.core.priority;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  @Test
  void itilGivesP1ForHighHighAndP5ForLowLow() {
    PriorityMatrix m = PriorityMatrix.itil();
    assertEquals(Priority.of(1), m.priorityOf(Impact.HIGH, Urgency.HIGH));
    assertEquals(Priority.of(3), m.priorityOf(Impact.HIGH, Urgency.LOW));
    assertEquals(Priority.of(3), m.priorityOf(Impact.LOW, Urgency.HIGH));
    assertEquals(Priority.of(5), m.priorityOf(Impact.LOW, Urgency.LOW));
    assertEquals(5, m.priorityLevels());
    assertTrue(m.isMonotonic());
  }

  @Test
  void aLevelBeyondTheMatrixIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.itil().priorityOf(Impact.of(4), Urgency.HIGH));
    assertEquals("impact must be between 1 and 3 for this matrix, was 4", e.getMessage());
    assertFalse(PriorityMatrix.itil().covers(Impact.HIGH, Urgency.of(4)));
  }

  @Test
  void aRaggedTableNamesTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 3}, {3, 4, 5}}));
    assertEquals("table is not complete: row for impact 2 has 2 cells, the first row has 3", e.getMessage());
  }

  @Test
  void anEmptyCellNamesTheCell() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 0, 4}, {3, 4, 5}}));
    assertEquals("cell (impact 2, urgency 2) must hold a priority level between 1 and 9, was 0", e.getMessage());
  }

  @Test
  void aNonMonotonicTableNamesTheFirstOffendingCellUnlessLegacy() {
    int[][] table = {{1, 2, 3}, {2, 3, 4}, {3, 2, 5}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorityMatrix.of(table));
    assertTrue(e.getMessage().startsWith("table is not monotonic: cell (impact 3, urgency 2) is P2 but the higher impact 2 gives the lower P3"), e.getMessage());
    PriorityMatrix legacy = PriorityMatrix.ofLegacy(table);
    assertFalse(legacy.isMonotonic());
    assertEquals(Priority.of(2), legacy.priorityOf(Impact.LOW, Urgency.MEDIUM));
  }

  @Test
  void tooFewOrTooManyLevelsAreRefused() {
    assertEquals("impact levels (table rows) must be between 3 and 5, was 2", assertThrows(
        IllegalArgumentException.class, () -> PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 3, 4}})).getMessage());
  }

  @Test
  void theTableIsCopiedInAndOut() {
    int[][] table = {{1, 2, 3}, {2, 3, 4}, {3, 4, 5}};
    PriorityMatrix m = PriorityMatrix.of(table);
    table[0][0] = 5;
    m.table()[0][0] = 5;
    assertEquals(Priority.of(1), m.priorityOf(Impact.HIGH, Urgency.HIGH));
    assertArrayEquals(new int[] {1, 2, 3}, m.table()[0]);
    assertEquals(PriorityMatrix.itil(), m);
  }

  @Test
  void threeToFiveLevelsAndPrioritiesOneToNineAreAcceptedAndNothingBeyond() {
    int[][] five = new int[5][5];
    for (int[] row : five) {
      java.util.Arrays.fill(row, 9);
    }
    PriorityMatrix nines = PriorityMatrix.of(five);
    assertEquals(9, nines.priorityLevels());
    assertTrue(nines.covers(Impact.of(5), Urgency.of(5)));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PriorityMatrix.of(new int[6][3])).getMessage()
        .startsWith("impact levels (table rows) must be between 3 and 5, was 6"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 3, 10}, {3, 4, 5}})).getMessage()
        .startsWith("cell (impact 2, urgency 3) must hold a priority level between 1 and 9, was 10"));
    assertEquals("table row for impact 2 must not be null", assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.of(new int[][] {{1, 2, 3}, null, {3, 4, 5}})).getMessage());
  }

  @Test
  void coversIsTrueExactlyWithinBothLevels() {
    PriorityMatrix m = PriorityMatrix.itil();
    assertTrue(m.covers(Impact.of(3), Urgency.of(3)));
    assertFalse(m.covers(Impact.of(4), Urgency.of(3)));
    assertFalse(m.covers(Impact.of(3), Urgency.of(4)));
  }

  @Test
  void aBreachAlongTheUrgencyNamesTheUrgency() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriorityMatrix.of(new int[][] {{1, 3, 2}, {2, 3, 4}, {3, 4, 5}}));
    assertEquals("table is not monotonic: cell (impact 1, urgency 3) is P2 but the higher urgency 2 gives the lower "
        + "P3 (use PriorityMatrix.ofLegacy for a legacy table)", e.getMessage());
  }

  @Test
  void matricesAreEqualByTheirCells() {
    PriorityMatrix a = PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 3, 4}, {3, 4, 5}});
    PriorityMatrix b = PriorityMatrix.of(new int[][] {{1, 2, 3}, {2, 3, 4}, {3, 4, 4}});
    assertEquals(PriorityMatrix.itil(), a);
    assertEquals(PriorityMatrix.itil().hashCode(), a.hashCode());
    assertFalse(a.equals(b));
    assertFalse(a.hashCode() == b.hashCode());
    assertEquals("PriorityMatrix[[1, 2, 3], [2, 3, 4], [3, 4, 4]]", b.toString());
  }
}
