package dev.mim.core.cadence;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What {@link CommunicationSchedule#due} answers: the notices owed, kept sorted as they are added (earliest due
 * first, then by audience; items that tie keep the order they came in). One array sized for the plan, not an
 * {@code ArrayList} grown and shifted through its checked methods: the sweep over all open incidents makes one
 * of these per incident. Read-only to its callers, as {@link AbstractList} makes it.
 */
final class OwedList extends AbstractList<UpdateDue> implements RandomAccess {

  private UpdateDue[] items;
  private int size;

  /** @param expected how many items are likely; more still fit */
  OwedList(int expected) {
    items = new UpdateDue[Math.max(expected, 1)];
  }

  /** Adds {@code item} after every item it does not come before. */
  void insert(UpdateDue item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    int i = size;
    while (i > 0 && earliestFirst(items[i - 1], item) > 0) {
      items[i] = items[i - 1];
      i--;
    }
    items[i] = item;
    size++;
  }

  private static int earliestFirst(UpdateDue a, UpdateDue b) {
    int c = a.dueAt().compareTo(b.dueAt());
    return c != 0 ? c : a.audience().compareTo(b.audience());
  }

  @Override
  public UpdateDue get(int index) {
    Objects.checkIndex(index, size);
    return items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
