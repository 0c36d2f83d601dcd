package dev.mim.core.service;

import dev.mim.core.internal.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which services support which: technical services (a database, a network, a platform) support the business
 * services built on them, as PagerDuty's service dependencies and ServiceNow's CMDB relations record. A failure of
 * a supporting service affects every service it supports, directly or through others. Immutable; a graph with a
 * cycle is refused when built.
 *
 * <p>The services that support nothing are the <em>business services</em>: the top of the graph, which users see.
 */
public final class ServiceDependencies {

  private static final ServiceDependencies NONE = new ServiceDependencies(Map.of());

  /** The most services one service may support directly. */
  public static final int MAX_SUPPORTED = 1_000;

  /** For each supporting service, the services it supports directly, sorted. */
  private final Map<ServiceId, SortedSet<ServiceId>> supports;

  private ServiceDependencies(Map<ServiceId, SortedSet<ServiceId>> supports) {
    this.supports = supports;
  }

  /** @return the graph without dependencies: every service stands alone */
  public static ServiceDependencies none() {
    return NONE;
  }

  /** @return a builder of a graph */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param service a service
   * @return the services it supports directly; empty when none
   */
  public SortedSet<ServiceId> supportedBy(ServiceId service) {
    Checks.notNull("service", service);
    SortedSet<ServiceId> direct = supports.get(service);
    return direct == null ? Collections.emptySortedSet() : direct;
  }

  /** @return every service the graph names, supporting or supported, sorted */
  public SortedSet<ServiceId> services() {
    SortedSet<ServiceId> all = new TreeSet<>(supports.keySet());
    supports.values().forEach(all::addAll);
    return Collections.unmodifiableSortedSet(all);
  }

  /**
   * The services a failure of {@code named} affects: the named ones and every service they support, directly or
   * through others.
   *
   * @param named the services an incident names
   * @return those and every service they support, sorted
   * @throws IllegalArgumentException when {@code named} is null or holds null
   */
  public SortedSet<ServiceId> affectedBy(Collection<ServiceId> named) {
    Checks.noNulls("named", named);
    SortedSet<ServiceId> reached = new TreeSet<>(named);
    Deque<ServiceId> todo = new ArrayDeque<>(named);
    while (!todo.isEmpty()) {
      for (ServiceId next : supportedBy(todo.pop())) {
        if (reached.add(next)) {
          todo.push(next);
        }
      }
    }
    return Collections.unmodifiableSortedSet(reached);
  }

  /**
   * @param service a service
   * @return whether it supports no other service: a business service, at the top of the graph
   */
  public boolean isBusinessService(ServiceId service) {
    return supportedBy(service).isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceDependencies other && supports.equals(other.supports);
  }

  @Override
  public int hashCode() {
    return supports.hashCode();
  }

  /** @return the edges, for example {@code {db=[payments, ledger]}} */
  @Override
  public String toString() {
    return supports.toString();
  }

  /** Builds {@link ServiceDependencies}; {@link #build()} refuses a cycle, naming it. */
  public static final class Builder {
    private final Map<ServiceId, SortedSet<ServiceId>> supports = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Records that {@code supporter} supports each of {@code supported}.
     *
     * @param supporter the supporting service (a technical service)
     * @param supported the services it supports
     * @return this builder
     * @throws IllegalArgumentException when a value is null, a service would support itself, or it would support
     *     more than {@value #MAX_SUPPORTED} services
     */
    public Builder supports(ServiceId supporter, ServiceId... supported) {
      Checks.notNull("supporter", supporter);
      List<ServiceId> list = Checks.noNulls("supported", Arrays.asList(supported));
      SortedSet<ServiceId> set = supports.computeIfAbsent(supporter, k -> new TreeSet<>());
      for (ServiceId s : list) {
        if (s.equals(supporter)) {
          throw new IllegalArgumentException("a service must not support itself, " + s + " did");
        }
        set.add(s);
      }
      if (set.size() > MAX_SUPPORTED) {
        throw new IllegalArgumentException(supporter + " must support at most " + MAX_SUPPORTED
            + " services directly, supported " + set.size());
      }
      return this;
    }

    /**
     * @return the graph
     * @throws IllegalArgumentException when the dependencies form a cycle, naming it ({@code db -> api -> db})
     */
    public ServiceDependencies build() {
      Map<ServiceId, SortedSet<ServiceId>> fixed = new TreeMap<>();
      supports.forEach((k, v) -> {
        if (!v.isEmpty()) {
          fixed.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v)));
        }
      });
      List<ServiceId> cycle = cycle(fixed);
      if (!cycle.isEmpty()) {
        throw new IllegalArgumentException("service dependencies must not form a cycle, found "
            + String.join(" -> ", cycle.stream().map(ServiceId::value).toList()));
      }
      return fixed.isEmpty() ? NONE : new ServiceDependencies(Collections.unmodifiableMap(fixed));
    }

    /** A cycle of the graph, its first service repeated at the end, or empty: a depth-first search, iterative. */
    private static List<ServiceId> cycle(Map<ServiceId, SortedSet<ServiceId>> graph) {
      Map<ServiceId, Integer> mark = new TreeMap<>(); // 1 on the current path, 2 done
      for (ServiceId root : graph.keySet()) {
        if (mark.containsKey(root)) {
          continue;
        }
        List<ServiceId> path = new ArrayList<>();
        Deque<Iterator<ServiceId>> next = new ArrayDeque<>();
        path.add(root);
        mark.put(root, 1);
        next.push(graph.getOrDefault(root, Collections.emptySortedSet()).iterator());
        while (!next.isEmpty()) {
          Iterator<ServiceId> it = next.peek();
          if (!it.hasNext()) {
            next.pop();
            mark.put(path.remove(path.size() - 1), 2);
            continue;
          }
          ServiceId s = it.next();
          Integer m = mark.get(s);
          if (m == null) {
            mark.put(s, 1);
            path.add(s);
            next.push(graph.getOrDefault(s, Collections.emptySortedSet()).iterator());
          } else if (m == 1) {
            List<ServiceId> cycle = new ArrayList<>(path.subList(path.indexOf(s), path.size()));
            cycle.add(s);
            return cycle;
          }
        }
      }
      return List.of();
    }
  }
}
