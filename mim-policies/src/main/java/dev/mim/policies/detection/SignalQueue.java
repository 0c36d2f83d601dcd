package dev.mim.policies.detection;

import dev.mim.policies.detection.SurgeDetector.TenantKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Retained signals sorted by time (ties in arrival order), in an array used as a queue: the oldest leave from
 * the front in constant time, a new signal is placed from the back (usually last). One per key, and one of all.
 */
final class SignalQueue {
  final TenantKey key; // null for the queue of all signals
  final Object raw; // the key as the detector's map holds it
  private Retained[] items = new Retained[4];
  private int head;
  int size;

  SignalQueue(TenantKey key, Object raw) {
    this.key = key;
    this.raw = raw;
  }

  Retained get(int i) {
    return items[head + i];
  }

  Instant at(int i) {
    return items[head + i].signal.at();
  }

  /** Places {@code r} after every signal not later than it; returns its index. */
  int add(Retained r) {
    if (head + size == items.length) {
      Retained[] room = size * 2 <= items.length ? items : new Retained[items.length * 2];
      System.arraycopy(items, head, room, 0, size);
      if (room == items) {
        Arrays.fill(items, size, head + size, null);
      }
      items = room;
      head = 0;
    }
    int at = size;
    if (at > 0 && at(at - 1).isAfter(r.signal.at())) {
      at = firstAfter(r.signal.at()); // a late signal
    }
    System.arraycopy(items, head + at, items, head + at + 1, size - at);
    items[head + at] = r;
    size++;
    return at;
  }

  void removeOldest() {
    items[head] = null;
    head++;
    size--;
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
