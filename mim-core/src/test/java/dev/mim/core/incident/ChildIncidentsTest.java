package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildIncidentsTest {

  @Test
  void linkingSharesWhatWasLinkedAndKeepsTheOrder() {
    ChildIncidents one = ChildIncidents.none().with(IncidentId.of("A"));
    ChildIncidents two = one.with(IncidentId.of("B"));
    assertEquals(List.of(IncidentId.of("A")), one.toList(), "the shorter list is unchanged");
    assertEquals(List.of(IncidentId.of("A"), IncidentId.of("B")), two.toList());
    assertTrue(two.contains(IncidentId.of("A")));
    assertFalse(one.contains(IncidentId.of("B")));
    assertEquals(2, two.size());
  }

  @Test
  void equalityIsByContentAndOrder() {
    ChildIncidents ab = ChildIncidents.none().with(IncidentId.of("A")).with(IncidentId.of("B"));
    ChildIncidents ab2 = ChildIncidents.none().with(IncidentId.of("A")).with(IncidentId.of("B"));
    ChildIncidents ba = ChildIncidents.none().with(IncidentId.of("B")).with(IncidentId.of("A"));
    assertEquals(ab, ab2);
    assertEquals(ab.hashCode(), ab2.hashCode());
    assertNotEquals(ab, ba);
    assertNotEquals(ab, ChildIncidents.none());
  }
}
