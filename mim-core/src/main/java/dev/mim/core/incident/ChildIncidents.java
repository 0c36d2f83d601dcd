package dev.mim.core.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The child incidents linked to a major incident, in the order they were linked.
 *
 * <p>A persistent list: linking one more child shares everything already linked, so the cost of an event does
 * not grow with the number of children. Immutable.
 */
public final class ChildIncidents {

  private static final ChildIncidents NONE = new ChildIncidents(null, null, 0);

  private final IncidentId last;
  private final ChildIncidents before;
  private final int size;

  private ChildIncidents(IncidentId last, ChildIncidents before, int size) {
    this.last = last;
    this.before = before;
    this.size = size;
  }

  /** @return the empty list */
  public static ChildIncidents none() {
    return NONE;
  }

  /**
   * Returns this list with {@code child} linked last. Does not check for duplicates: the decider does.
   *
   * @param child the child incident
   * @return the longer list; this one is unchanged
   */
  public ChildIncidents with(IncidentId child) {
    return new ChildIncidents(Objects.requireNonNull(child, "child"), this, size + 1);
  }

  /**
   * Tells whether {@code child} is linked. Takes time in proportion to the number of children.
   *
   * @param child a child incident id
   * @return true when linked
   */
  public boolean contains(IncidentId child) {
    for (ChildIncidents c = this; c.size > 0; c = c.before) {
      if (c.last.equals(child)) {
        return true;
      }
    }
    return false;
  }

  /** @return the number of linked children */
  public int size() {
    return size;
  }

  /** @return true when no child is linked */
  public boolean isEmpty() {
    return size == 0;
  }

  /** @return the children in the order they were linked, as a new unmodifiable list */
  public List<IncidentId> toList() {
    IncidentId[] ids = new IncidentId[size];
    int i = size;
    for (ChildIncidents c = this; c.size > 0; c = c.before) {
      ids[--i] = c.last;
    }
    List<IncidentId> list = new ArrayList<>(size);
    Collections.addAll(list, ids);
    return Collections.unmodifiableList(list);
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
