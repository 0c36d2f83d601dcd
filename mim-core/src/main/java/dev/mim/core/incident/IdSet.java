package dev.mim.core.incident;

import java.util.Arrays;

/**
 * A persistent set of incident ids: a hash array mapped trie, 32 ways per level on five bits of the hash at a time.
 * Adding shares every node off the path it changes, so a set and the set with one more id cost one path (at most
 * seven small arrays) together; looking up reads one path. Ids whose hashes are equal in all 32 bits share a
 * collision node at the bottom. Immutable; used by {@link ChildIncidents} for its duplicate check.
 */
final class IdSet {

  static final IdSet EMPTY = new IdSet(0, new Object[0]);

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  private static final int MAX_SHIFT = 30; // the last level reads the two top bits; below it, collisions

  private final int bitmap; // which of the 32 ways are taken, in slot order
  private final Object[] slots; // an IncidentId, or the IdSet one level down (a collision node when past MAX_SHIFT)

  private IdSet(int bitmap, Object[] slots) {
    this.bitmap = bitmap;
    this.slots = slots;
  }

  boolean contains(IncidentId id) {
    int hash = id.hashCode();
    IdSet node = this;
    for (int shift = 0; ; shift += BITS) {
      if (shift > MAX_SHIFT) {
        return node.collisionIndex(id) >= 0;
      }
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) == 0) {
        return false;
      }
      Object slot = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
      if (slot instanceof IdSet down) {
        node = down;
      } else {
        return slot.equals(id);
      }
    }
  }

  /** @return this set with {@code id}; this set when it holds it already */
  IdSet with(IncidentId id) {
    return with(id, id.hashCode(), 0);
  }

  /** Levels below the root on the longest path: how many nodes a lookup may read beyond the root. */
  int depth() {
    int deepest = 0;
    for (Object slot : slots) {
      if (slot instanceof IdSet down) {
        deepest = Math.max(deepest, 1 + down.depth());
      }
    }
    return deepest;
  }

  private IdSet with(IncidentId id, int hash, int shift) {
    if (shift > MAX_SHIFT) {
      return collisionIndex(id) >= 0 ? this : new IdSet(0, append(slots, id));
    }
    int bit = 1 << ((hash >>> shift) & MASK);
    int index = Integer.bitCount(bitmap & (bit - 1));
    if ((bitmap & bit) == 0) {
      Object[] more = new Object[slots.length + 1];
      System.arraycopy(slots, 0, more, 0, index);
      more[index] = id;
      System.arraycopy(slots, index, more, index + 1, slots.length - index);
      return new IdSet(bitmap | bit, more);
    }
    Object slot = slots[index];
    IdSet down;
    if (slot instanceof IdSet node) {
      down = node.with(id, hash, shift + BITS);
      if (down == node) {
        return this;
      }
    } else if (slot.equals(id)) {
      return this;
    } else {
      IncidentId there = (IncidentId) slot;
      down = EMPTY.with(there, there.hashCode(), shift + BITS).with(id, hash, shift + BITS);
    }
    Object[] changed = slots.clone();
    changed[index] = down;
    return new IdSet(bitmap, changed);
  }

  private int collisionIndex(IncidentId id) {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i].equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static Object[] append(Object[] slots, Object id) {
    Object[] more = Arrays.copyOf(slots, slots.length + 1);
    more[slots.length] = id;
    return more;
  }
}
