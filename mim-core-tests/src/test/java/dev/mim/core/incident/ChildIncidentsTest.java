package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

  /** A pool of 64 ids, half of them sharing one hash code ("Aa" and "BB" hash alike, and so do their words). */
  private static final List<IncidentId> POOL = pool();
  private static final Gen<IncidentId> IDS = integers().between(0, POOL.size() - 1).map(POOL::get);

  private static List<IncidentId> pool() {
    List<IncidentId> pool = new ArrayList<>();
    for (int n = 0; n < 64; n++) {
      pool.add(IncidentId.of(n < 32 ? Integer.toBinaryString(n | 32).substring(1).replace("0", "Aa")
          .replace("1", "BB") : "INC-" + n));
    }
    return List.copyOf(pool);
  }

  @Test
  void containsAnswersAsASetOfTheLinkedChildrenWouldWhateverTheirHashes() {
    // For any sequence of links (duplicates and colliding hashes included), every prefix contains exactly the ids
    // linked so far, lists them in link order, and equals a list built again from them.
    qt().withExamples(500).forAll(lists().of(IDS).ofSizeBetween(0, 80)).checkAssert(ids -> {
      ChildIncidents children = ChildIncidents.none();
      Set<IncidentId> linked = new HashSet<>();
      List<IncidentId> order = new ArrayList<>();
      for (IncidentId id : ids) {
        children = children.with(id);
        linked.add(id);
        order.add(id);
        for (IncidentId probe : POOL) {
          assertEquals(linked.contains(probe), children.contains(probe), probe + " after " + order);
        }
      }
      assertEquals(order, children.toList());
      assertEquals(order.size(), children.size());
      ChildIncidents again = ChildIncidents.none();
      for (IncidentId id : order) {
        again = again.with(id);
      }
      assertEquals(again, children);
      assertEquals(again.hashCode(), children.hashCode());
    });
  }

  @Test
  void theLookupStaysAFewLevelsDeepAt10000Children() {
    // Linking stays linear because each duplicate check reads one path of the trie: 4 levels below the root at
    // 10,000 children (32^3 = 32,768), where a list would compare with every child linked before.
    ChildIncidents children = ChildIncidents.none();
    for (int i = 0; i < 10_000; i++) {
      children = children.with(IncidentId.of("INC-" + i));
    }
    assertTrue(children.lookupDepth() <= 4, "depth " + children.lookupDepth());
    assertTrue(children.contains(IncidentId.of("INC-9999")));
    assertTrue(children.contains(IncidentId.of("INC-0")));
    assertFalse(children.contains(IncidentId.of("INC-10000")));
    assertFalse(children.contains(null));
  }
}
