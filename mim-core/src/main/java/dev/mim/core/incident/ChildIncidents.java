package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mim.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The child incidents linked to a major incident, in the order they were linked.
 *
 * <p>Persistent: linking one more child shares everything already linked, and {@link #contains} reads a hash trie
 * of a few levels, so neither grows with the number of children (linking n children takes time in proportion to
 * n). Immutable.
 */
public final class ChildIncidents {

  private static final ChildIncidents NONE = new ChildIncidents(null, null, 0, IdSet.EMPTY);

  private final IncidentId last;
  private final ChildIncidents before;
  private final int size;
  private final IdSet index; // the same children, for lookups

  private ChildIncidents(IncidentId last, ChildIncidents before, int size, IdSet index) {
    this.last = last;
    this.before = before;
    this.size = size;
    this.index = index;
  }

  /** @return the empty list */
  public static ChildIncidents none() {
    return NONE;
  }

  /**
   * The children of a snapshot, linked in order.
   *
   * @param children the children in the order they were linked
   * @return the list
   * @throws IllegalArgumentException when {@code children} is null, holds null or holds one child twice
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ChildIncidents of(List<IncidentId> children) {
    Checks.notNull("children", children);
    ChildIncidents out = NONE;
    for (IncidentId child : children) {
      Checks.notNull("children's id", child);
      if (out.contains(child)) {
        throw new IllegalArgumentException("children must not hold one incident twice, was " + child + " twice");
      }
      out = out.with(child);
    }
    return out;
  }

  /**
   * Returns this list with {@code child} linked last. Does not check for duplicates: the decider does.
   *
   * @param child the child incident
   * @return the longer list; this one is unchanged
   */
  public ChildIncidents with(IncidentId child) {
    return new ChildIncidents(Objects.requireNonNull(child, "child"), this, size + 1, index.with(child));
  }

  /**
   * Tells whether {@code child} is linked, reading a few levels of a hash trie however many children there are.
   *
   * @param child a child incident id
   * @return true when linked
   */
  public boolean contains(IncidentId child) {
    return child != null && index.contains(child);
  }

  /** Levels of the lookup trie below its root, for the tests that hold it shallow. */
  int lookupDepth() {
    return index.depth();
  }

  /** @return the number of linked children */
  public int size() {
    return size;
  }

  /** @return true when no child is linked */
  public boolean isEmpty() {
    return size == 0;
  }

  /** @return the children in the order they were linked, as an unmodifiable list; also their JSON form */
  @JsonValue
  public List<IncidentId> toList() {
    IncidentId[] ids = new IncidentId[size];
    int i = size;
    for (ChildIncidents c = this; c.size > 0; c = c.before) {
      ids[--i] = c.last;
    }
    return List.of(ids);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChildIncidents other) || other.size != size) {
      return false;
    }
    ChildIncidents a = this;
    ChildIncidents b = other;
    while (a.size > 0 && a != b) {
      if (!a.last.equals(b.last)) {
        return false;
      }
      a = a.before;
      b = b.before;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return toList().hashCode();
  }

  @Override
  public String toString() {
    return toList().toString();
  }
}
