package dev.mim.kafka.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The due index in its state store: for each incident, the next instant a sweep must look at it, kept twice, so
 * that a sweep reads only what is due (a range scan of keys ordered by time) and an append replaces an incident's
 * entry without a scan.
 *
 * <ul>
 *   <li>{@code at/<millis, 20 digits>/<incident key>} → the incident key: the entries in time order;</li>
 *   <li>{@code of/<incident key>} → {@code <millis>/<last swept millis, or - when changed since>}: its entry, and
 *       the stream time of the sweep that last emitted its items;</li>
 *   <li>{@code indexed} → present once every incident of the store has been indexed (a store written before the
 *       index existed is indexed by the first sweep).</li>
 * </ul>
 */
final class DueSchedule {

  static final String INDEXED = "indexed";
  private static final String AT = "at/";
  private static final String OF = "of/";

  private final KeyValueStore<String, String> index;

  DueSchedule(KeyValueStore<String, String> index) {
    this.index = index;
  }

  /** What the index holds for one incident. */
  record Entry(long at, @Nullable Long lastSwept) {}

  /**
   * Schedules {@code key} at {@code at} (removes it when null), with {@code lastSwept} the stream time of the sweep
   * that emitted its items (null when the incident changed since, so that the next sweep emits all it owes).
   */
  void schedule(String key, @Nullable Instant at, @Nullable Long lastSwept) {
    String of = index.get(OF + key);
    if (of != null) {
      index.delete(AT + of.substring(0, of.indexOf('/')) + "/" + key);
    }
    if (at == null) {
      index.delete(OF + key);
      return;
    }
    String millis = padded(at.toEpochMilli());
    index.put(AT + millis + "/" + key, key);
    index.put(OF + key, millis + "/" + (lastSwept == null ? "-" : Long.toString(lastSwept)));
  }

  /** The incident's entry; null when it is not in the index. */
  @Nullable Entry entry(String key) {
    String of = index.get(OF + key);
    if (of == null) {
      return null;
    }
    int slash = of.indexOf('/');
    String swept = of.substring(slash + 1);
    return new Entry(Long.parseLong(of.substring(0, slash)), swept.equals("-") ? null : Long.parseLong(swept));
  }

  /** The incidents scheduled at or before {@code now}, earliest first. */
  List<String> dueBy(Instant now) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, String> due = index.range(AT, AT + padded(now.toEpochMilli()) + "/\uffff")) {
      while (due.hasNext()) {
        KeyValue<String, String> e = due.next();
        keys.add(e.value);
      }
    }
    return keys;
  }

  boolean indexed() {
    return index.get(INDEXED) != null;
  }

  void markIndexed() {
    index.put(INDEXED, "1");
  }

  /** Epoch millis as 20 digits, so that the keys' order is time order (mim's instants are from 1970 on). */
  private static String padded(long millis) {
    String digits = Long.toString(Math.max(0, millis));
    return "0".repeat(20 - digits.length()) + digits;
  }
}
