package dev.mim.policies.detection;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.policies.detection.SurgeDetector.TenantKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Retained signals sorted by time (ties in arrival order), in an array used as a queue: the oldest leave from
 * the front in constant time, a new signal is placed from the back (usually last). One per key, and one of all
 * signals, which also keeps each signal's key queue (the owner) beside it, for eviction.
 */
final class SignalQueue {
  final TenantKey key; // null for the queue of all signals
  final Object raw; // the key as the detector's map holds it
  private IncidentSignal[] items = new IncidentSignal[4];
  private SignalQueue[] owners; // the queue of all signals only
  private int head;
  int size;
  /**
   * Where the window of the latest signal last asked about started ({@link #firstWithinOfLatest}), or earlier:
   * every signal before it is older than that window, so the next in-order signal's window starts here or later.
   * A late signal placed before it is older still, so it stays true without moving; removing the oldest moves it
   * back one place.
   */
  private int windowStart;

  /** A key's queue. */
  SignalQueue(TenantKey key, Object raw) {
    this.key = key;
    this.raw = raw;
  }

  /** The queue of all signals, each with its key's queue. */
  static SignalQueue ofAll() {
    SignalQueue all = new SignalQueue(null, null);
    all.owners = new SignalQueue[4];
    return all;
  }

  IncidentSignal get(int i) {
    return items[head + i];
  }

  /** The key queue of the signal at {@code i}, in the queue of all signals. */
  SignalQueue owner(int i) {
    return owners[head + i];
  }

  Instant at(int i) {
    return items[head + i].at();
  }

  /** Places {@code signal} after every signal not later than it; returns its index. */
  int add(IncidentSignal signal, SignalQueue owner) {
    if (head + size == items.length) {
      int length = size * 2 <= items.length ? items.length : items.length * 2;
      items = moved(items, length);
      if (owners != null) {
        owners = moved(owners, length);
      }
      head = 0;
    }
    int at = size;
    if (at > 0 && at(at - 1).isAfter(signal.at())) {
      at = firstAfter(signal.at()); // a late signal
    }
    insert(items, at, signal);
    if (owners != null) {
      insert(owners, at, owner);
    }
    size++;
    return at;
  }

  /** The live part of {@code array} moved to the front of an array of {@code length}: the same one if it fits. */
  private <T> T[] moved(T[] array, int length) {
    T[] room = length == array.length ? array : Arrays.copyOf(array, length);
    System.arraycopy(array, head, room, 0, size);
    Arrays.fill(room, size, room.length, null);
    return room;
  }

  private <T> void insert(T[] array, int at, T value) {
    System.arraycopy(array, head + at, array, head + at + 1, size - at);
    array[head + at] = value;
  }

  void removeOldest() {
    items[head] = null;
    if (owners != null) {
      owners[head] = null;
    }
    head++;
    size--;
    if (windowStart > 0) {
      windowStart--;
    }
  }

  /** The index of the first signal after {@code t}; {@code size} when none. */
  private int firstAfter(Instant t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (at(mid).isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The index of the first signal no more than {@code d} before {@code t}; {@code size} when none. */
  int firstWithin(Duration d, Instant t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (shifted(at(mid), d, t) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * What {@link #firstWithin} answers for a time {@code t} no earlier than any signal held nor than any time asked
   * before, in constant time on average: the window's start only moves forward, so it slides from where the last
   * such call left it instead of searching. {@code d} is the same on every call: the detector's window.
   */
  int firstWithinOfLatest(Duration d, Instant t) {
    while (windowStart < size && shifted(at(windowStart), d, t) < 0) {
      windowStart++;
    }
    return windowStart;
  }

  /**
   * Compares {@code t + d} with {@code than} without making an instant: negative, zero or positive as it is
   * earlier, the same or later. The detector's comparisons read times against the latest signal this way.
   */
  static int shifted(Instant t, Duration d, Instant than) {
    long seconds = t.getEpochSecond() + d.getSeconds();
    long nanos = (long) t.getNano() + d.getNano();
    if (nanos >= 1_000_000_000L) {
      seconds++;
      nanos -= 1_000_000_000L;
    }
    int c = Long.compare(seconds, than.getEpochSecond());
    return c != 0 ? c : Long.compare(nanos, than.getNano());
  }
}
