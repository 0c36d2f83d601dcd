package dev.mim.testkit.explore;

import dev.mim.core.incident.IncidentState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the explorer deduplicates states by: the state with its version and every instant left out, walked
 * through its records, lists, sets and maps. Two states equal but for when things happened and how many events
 * led there are explored once: the explorer's clock moves a fixed step per command, well within every time limit
 * of the rules, so the decider answers them alike.
 */
final class StateKey {

  /** Stands in for an instant: when it happened is left out, whether it happened is kept. */
  private static final Object SOME_TIME = new Object() {
    @Override
    public String toString() {
      return "some time";
    }
  };

  /** The accessors of each record class met, looked up once per exploration: the lookup is slow. */
  private final Map<Class<?>, Method[]> accessors = new HashMap<>();

  Object of(IncidentState state) {
    return normalise(state);
  }

  private Object normalise(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant) {
      return SOME_TIME;
    }
    if (value instanceof Record r) {
      return components(r);
    }
    if (value instanceof Set<?> set) {
      Set<Object> out = new HashSet<>();
      set.forEach(v -> out.add(normalise(v)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normalise(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new HashMap<>();
      map.forEach((k, v) -> out.put(normalise(k), normalise(v)));
      return out;
    }
    return value;
  }

  private List<Object> components(Record r) {
    Method[] methods = accessors.computeIfAbsent(r.getClass(), StateKey::accessorsOf);
    List<Object> parts = new ArrayList<>(methods.length + 1);
    parts.add(r.getClass());
    for (Method m : methods) {
      try {
        parts.add(normalise(m.invoke(r)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        return new ArrayList<>(List.of(r)); // a record the testkit may not read: compared whole
      }
    }
    return parts;
  }

  /** The accessors of a record class's components; for the incident's state, all but its version. */
  private static Method[] accessorsOf(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (!(type == IncidentState.class && c.getName().equals("version"))) {
        methods.add(c.getAccessor());
      }
    }
    return methods.toArray(new Method[0]);
  }
}
