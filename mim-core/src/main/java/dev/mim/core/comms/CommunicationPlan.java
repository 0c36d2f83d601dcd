package dev.mim.core.comms;

import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who is kept informed, how soon and how often, per priority. A priority without a plan owes nobody anything.
 * Immutable.
 */
public final class CommunicationPlan {

  private static final CommunicationPlan DEFAULTS = custom()
      .priority(Priority.of(1),
          AudiencePlan.of(Audience.SERVICE_DESK, Duration.ofMinutes(15), Duration.ofMinutes(30)),
          AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(15), Duration.ofMinutes(30)),
          AudiencePlan.of(Audience.AFFECTED_CUSTOMERS, Duration.ofMinutes(15), Duration.ofMinutes(60)))
      .priority(Priority.of(2),
          AudiencePlan.of(Audience.SERVICE_DESK, Duration.ofMinutes(30), Duration.ofMinutes(60)),
          AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(30), Duration.ofMinutes(60)),
          AudiencePlan.of(Audience.AFFECTED_CUSTOMERS, Duration.ofMinutes(30), Duration.ofMinutes(60)))
      .build();

  private final Map<Priority, List<AudiencePlan>> byPriority;

  private CommunicationPlan(Map<Priority, List<AudiencePlan>> byPriority) {
    this.byPriority = byPriority;
  }

  /**
   * The defaults, from common practice (the design notes: first stakeholder notice within 15 minutes of
   * declaration, then every 30 minutes for the most severe incidents, hourly for the next level):
   * <ul>
   *   <li>P1: first notice within 15 minutes of declaration, then every 30 minutes to the service desk and the
   *       executives and every 60 minutes to affected customers;</li>
   *   <li>P2: first notice within 30 minutes, then hourly, to the same three audiences;</li>
   *   <li>every audience gets a final notice on restoration and on closure, round the clock; lower priorities
   *       owe nothing.</li>
   * </ul>
   *
   * @return the default plan
   */
  public static CommunicationPlan defaults() {
    return DEFAULTS;
  }

  /** @return an empty builder */
  public static Builder custom() {
    return new Builder(new TreeMap<>());
  }

  /**
   * @param base a plan to start from
   * @return a builder holding {@code base}'s entries, to replace some of them
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(CommunicationPlan base) {
    Checks.notNull("base", base);
    return new Builder(new TreeMap<>(base.byPriority));
  }

  /**
   * @param priority a priority
   * @return the audiences' plans at that priority, sorted by audience; empty when it owes nothing
   */
  public List<AudiencePlan> at(Priority priority) {
    return byPriority.getOrDefault(priority, List.of());
  }

  /**
   * @param priority a priority
   * @param audience an audience
   * @return the plan for that audience at that priority, if any
   */
  public Optional<AudiencePlan> at(Priority priority, Audience audience) {
    for (AudiencePlan p : at(priority)) {
      if (p.audience().equals(audience)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The plan for {@code audience} at {@code priority}, or else at the most severe priority that has one: used for
   * the final notice to an audience informed earlier at another priority.
   *
   * @param priority the current priority
   * @param audience an audience
   * @return the plan, if any priority has one
   */
  public Optional<AudiencePlan> nearest(Priority priority, Audience audience) {
    Optional<AudiencePlan> here = at(priority, audience);
    if (here.isPresent()) {
      return here;
    }
    for (Priority p : byPriority.keySet()) {
      Optional<AudiencePlan> other = at(p, audience);
      if (other.isPresent()) {
        return other;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CommunicationPlan" + byPriority;
  }

  /** Builds a {@link CommunicationPlan}. */
  public static final class Builder {
    private final Map<Priority, List<AudiencePlan>> byPriority;

    private Builder(Map<Priority, List<AudiencePlan>> byPriority) {
      this.byPriority = byPriority;
    }

    /**
     * Sets (replaces) the plans at {@code priority}; none means the priority owes nothing.
     *
     * @param priority the priority
     * @param plans one per audience
     * @return this builder
     * @throws IllegalArgumentException when a value is null or an audience appears twice
     */
    public Builder priority(Priority priority, AudiencePlan... plans) {
      Checks.notNull("priority", priority);
      List<AudiencePlan> list = new ArrayList<>();
      for (AudiencePlan p : plans) {
        Checks.notNull("plan", p);
        for (AudiencePlan q : list) {
          if (q.audience().equals(p.audience())) {
            throw new IllegalArgumentException("plans must name each audience once per priority, found "
                + p.audience() + " twice at " + priority);
          }
        }
        list.add(p);
      }
      list.sort((a, b) -> a.audience().compareTo(b.audience()));
      byPriority.put(priority, Collections.unmodifiableList(list));
      return this;
    }

    /** @return the plan */
    public CommunicationPlan build() {
      return new CommunicationPlan(Collections.unmodifiableMap(new TreeMap<>(byPriority)));
    }
  }
}
