package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedArrayMapTest {

  @Test
  void behavesAsASortedMapOfTheSameEntriesAfterAnySequenceOfWrites() {
    // After every write, the map answers get, containsKey, containsValue, size, iteration order of its keys,
    // values and entries, equals, hashCode and toString as a TreeMap given the same writes does, and the map
    // before the write is unchanged.
    qt().withExamples(500).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60)).checkAssert(writes -> {
      SortedArrayMap<String, Integer> map = SortedArrayMap.empty();
      TreeMap<String, Integer> model = new TreeMap<>();
      int step = 0;
      for (int w : writes) {
        Map<String, Integer> before = new TreeMap<>(map);
        SortedArrayMap<String, Integer> after = map.with("k" + w % 20, step);
        assertEquals(before, map, "a write leaves the map it was made from as it was");
        map = after;
        model.put("k" + w % 20, step++);
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        assertEquals(new ArrayList<>(model.entrySet()), new ArrayList<>(map.entrySet()));
        assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(map.keySet()));
        assertEquals(model.keySet(), map.keySet());
        assertEquals(new ArrayList<>(model.values()), new ArrayList<>(map.values()));
        assertEquals(model.values().size(), map.values().size());
        assertEquals(model.toString(), map.toString());
        assertEquals(model.isEmpty(), map.isEmpty());
        assertEquals(model.containsValue(step - 1), map.containsValue(step - 1));
        assertEquals(model.containsValue(w), map.containsValue(w));
        for (int k = 0; k < 20; k++) {
          assertEquals(model.get("k" + k), map.get("k" + k));
          assertEquals(model.containsKey("k" + k), map.containsKey("k" + k));
        }
      }
      assertSame(map, SortedArrayMap.copyOf(map));
      assertEquals(model, SortedArrayMap.copyOf(model));
    });
  }

  @Test
  void unknownNullAndForeignKeysAreAbsentAndNullsAreRefusedWithTheirName() {
    SortedArrayMap<String, Integer> map = SortedArrayMap.<String, Integer>empty().with("a", 1);
    assertNull(map.get(null));
    assertNull(map.get(42));
    assertFalse(map.containsKey("b"));
    assertNull(SortedArrayMap.empty().get("a"));
    assertEquals("key must not be null",
        assertThrows(IllegalArgumentException.class, () -> map.with(null, 1)).getMessage());
    assertEquals("value must not be null",
        assertThrows(IllegalArgumentException.class, () -> map.with("b", null)).getMessage());
    assertThrows(UnsupportedOperationException.class, () -> map.put("b", 2));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
    assertThrows(UnsupportedOperationException.class, () -> map.putAll(Map.of("b", 2)));
    assertThrows(UnsupportedOperationException.class, map::clear);
    assertThrows(UnsupportedOperationException.class, () -> map.merge("a", 2, Integer::sum));
    assertEquals(Map.of("a", 1), map, "a failed write changes nothing");
    assertFalse(map.equals(new TreeMap<>(Map.of(7, 1))), "a sorted map of other keys is not equal, not a throw");
    assertFalse(map.equals(Map.of("a", 2)));
    assertFalse(map.equals(List.of("a")));
    assertThrows(java.util.NoSuchElementException.class, () -> {
      var it = map.entrySet().iterator();
      it.next();
      it.next();
    });
    assertEquals(List.of("a"), new ArrayList<>(map.keySet()));
  }

  @Test
  void itsKeysAndEntriesAreViewsThatEndWhereTheMapEnds() {
    SortedArrayMap<String, Integer> map = SortedArrayMap.<String, Integer>empty().with("b", 2).with("a", 1);
    assertEquals(2, map.keySet().size());
    assertEquals(2, map.entrySet().size());
    org.junit.jupiter.api.Assertions.assertTrue(map.keySet().contains("a"));
    assertFalse(map.keySet().contains("c"));
    java.util.Iterator<String> keys = map.keySet().iterator();
    assertEquals("a", keys.next());
    assertEquals("b", keys.next());
    assertFalse(keys.hasNext());
    assertThrows(java.util.NoSuchElementException.class, keys::next);
    java.util.Iterator<Map.Entry<String, Integer>> entries = map.entrySet().iterator();
    entries.next();
    entries.next();
    assertThrows(java.util.NoSuchElementException.class, entries::next);
  }
}
