package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import java.util.AbstractCollection;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of few entries kept as two arrays sorted by key, for the state's small parts that change
 * often (when each audience was last updated). Looking up is a binary search; {@link #with} copies only the value
 * array when the key is already there (the common case: the same audience updated again), both arrays otherwise.
 * Iterates in key order. Equal to any map of the same entries.
 *
 * <p>It implements {@link Map} itself rather than extending {@code AbstractMap}, whose two cached views would make
 * every copy 8 bytes larger: the state makes one of these per stakeholder update.
 *
 * @param <K> the keys, in their natural order
 * @param <V> the values
 */
final class SortedArrayMap<K extends Comparable<? super K>, V> implements Map<K, V> {

  private static final SortedArrayMap<?, ?> EMPTY = new SortedArrayMap<>(new Comparable<?>[0], new Object[0]);

  private final Comparable<?>[] keys;
  private final Object[] values;

  private SortedArrayMap(Comparable<?>[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> SortedArrayMap<K, V> empty() {
    return (SortedArrayMap<K, V>) EMPTY;
  }

  /**
   * @param entries a map without null keys or values
   * @return the same entries, sorted; {@code entries} itself when it is a {@code SortedArrayMap}
   */
  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> SortedArrayMap<K, V> copyOf(Map<K, V> entries) {
    if (entries instanceof SortedArrayMap<K, V> same) {
      return same;
    }
    SortedArrayMap<K, V> copy = empty();
    for (Map.Entry<K, V> e : entries.entrySet()) {
      copy = copy.with(e.getKey(), e.getValue());
    }
    return copy;
  }

  /** @return this map with {@code key} mapped to {@code value}; this map is unchanged */
  SortedArrayMap<K, V> with(K key, V value) {
    Checks.notNull("key", key);
    Checks.notNull("value", value);
    int i = indexOf(key);
    if (i >= 0) {
      Object[] changed = values.clone();
      changed[i] = value;
      return new SortedArrayMap<>(keys, changed);
    }
    int at = -i - 1;
    Comparable<?>[] moreKeys = new Comparable<?>[keys.length + 1];
    Object[] moreValues = new Object[keys.length + 1];
    System.arraycopy(keys, 0, moreKeys, 0, at);
    System.arraycopy(values, 0, moreValues, 0, at);
    moreKeys[at] = key;
    moreValues[at] = value;
    System.arraycopy(keys, at, moreKeys, at + 1, keys.length - at);
    System.arraycopy(values, at, moreValues, at + 1, keys.length - at);
    return new SortedArrayMap<>(moreKeys, moreValues);
  }

  /**
   * The key's index; when absent, {@code -(insertion point) - 1}, and {@code MIN_VALUE} for a foreign key. The
   * keys are first compared by identity: the state's keys are mostly the constants they are asked for (the
   * audiences a plan names), and a hit then reads no key's contents.
   */
  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    if (keys.length == 0) {
      return -1;
    }
    if (key == null || !keys[0].getClass().isInstance(key)) {
      return Integer.MIN_VALUE;
    }
    return Arrays.binarySearch(keys, key);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    for (Object v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? (V) values[i] : null;
  }

  /** @throws UnsupportedOperationException always: the map is immutable ({@link #with} makes a changed copy) */
  @Override
  public V put(K key, V value) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always: the map is immutable */
  @Override
  public V remove(Object key) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always: the map is immutable */
  @Override
  public void putAll(Map<? extends K, ? extends V> entries) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always: the map is immutable */
  @Override
  public void clear() {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the map is immutable");
  }

  /** Equal to any map of the same entries, as {@link Map#equals} asks. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Map<?, ?> other) || other.size() != keys.length) {
      return false;
    }
    try {
      for (int i = 0; i < keys.length; i++) {
        if (!values[i].equals(other.get(keys[i]))) {
          return false;
        }
      }
    } catch (ClassCastException | NullPointerException foreignKeys) {
      return false; // a sorted map of other keys cannot compare ours: not equal, as AbstractMap answers
    }
    return true;
  }

  /** The sum of each entry's key hash exclusive-or value hash, as {@link Map#hashCode} asks. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < keys.length; i++) {
      hash += keys[i].hashCode() ^ values[i].hashCode();
    }
    return hash;
  }

  /** @return the entries in key order, as {@code {key=value, ...}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      text.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(values[i]);
    }
    return text.append('}').toString();
  }

  /** The values in key order, read from the value array. */
  @Override
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<V> iterator() {
        return new InOrder<>() {
          @Override
          @SuppressWarnings("unchecked")
          V at(int i) {
            return (V) values[i];
          }
        };
      }
    };
  }

  /** The keys in order, read from the key array: no entry is made to iterate them. */
  @Override
  public Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public boolean contains(Object key) {
        return containsKey(key);
      }

      @Override
      public Iterator<K> iterator() {
        return new InOrder<>() {
          @Override
          @SuppressWarnings("unchecked")
          K at(int i) {
            return (K) keys[i];
          }
        };
      }
    };
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new InOrder<>() {
          @Override
          @SuppressWarnings("unchecked")
          Map.Entry<K, V> at(int i) {
            return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
          }
        };
      }
    };
  }

  /** Walks the entries in key order, giving what {@link #at} makes of each. */
  private abstract class InOrder<T> implements Iterator<T> {
    private int next;

    abstract T at(int i);

    @Override
    public boolean hasNext() {
      return next < keys.length;
    }

    @Override
    public T next() {
      if (next >= keys.length) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}
