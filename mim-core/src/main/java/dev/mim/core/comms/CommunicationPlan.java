package dev.mim.core.comms;

import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Who is kept informed, how soon and how often, per priority. A priority without a plan owes nobody anything.
 * Immutable; build one with {@link #custom()} or {@link #from(CommunicationPlan)}, whose {@code build()} checks
 * that each priority names each audience once.
 */
@ValueStyle
@Value.Immutable
public abstract class CommunicationPlan {

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

  CommunicationPlan() {}

  /**
   * The defaults, from common practice (first stakeholder notice within 15 minutes of declaration, then every 30
   * minutes for the most severe incidents, hourly for the next level):
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
    return new Builder();
  }

  /**
   * @param base a plan to start from
   * @return a builder holding {@code base}'s entries, to replace some of them
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(CommunicationPlan base) {
    return new Builder().from(Checks.notNull("base", base));
  }

  /** @return the audiences' plans per priority, most severe priority first */
  @Value.NaturalOrder
  public abstract SortedMap<Priority, List<AudiencePlan>> byPriority();

  /**
   * @param priority a priority
   * @return the audiences' plans at that priority; empty when it owes nothing
   */
  public List<AudiencePlan> at(Priority priority) {
    List<List<AudiencePlan>> table = byLevel();
    int i = priority.level() - 1;
    return i < table.size() ? table.get(i) : List.of();
  }

  /**
   * The plans by priority level, computed once when the plan is built: index {@code level - 1}, up to the least
   * severe priority that has a plan; an empty list for a level without one. Read by {@link #at(Priority)}, which
   * sweeps call for every open incident.
   */
  @Value.Derived
  @Value.Auxiliary
  List<List<AudiencePlan>> byLevel() {
    int levels = byPriority().isEmpty() ? 0 : byPriority().lastKey().level();
    List<List<AudiencePlan>> table = new ArrayList<>(Collections.nCopies(levels, List.of()));
    byPriority().forEach((p, plans) -> table.set(p.level() - 1, plans));
    return Collections.unmodifiableList(table);
  }

  /**
   * Whether any priority has an entry for {@link Audience#SUBSCRIBERS}, computed once when the plan is built: without
   * one, the subscribers of an incident's services are owed only what any audience informed outside the plan is, so
   * the schedule need not ask the catalogue for them.
   *
   * @return true when some priority plans the subscribers' updates
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean plansSubscribers() {
    for (List<AudiencePlan> plans : byPriority().values()) {
      for (AudiencePlan p : plans) {
        if (p.audience().equals(Audience.SUBSCRIBERS)) {
          return true;
        }
      }
    }
    return false;
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
    for (Priority p : byPriority().keySet()) {
      Optional<AudiencePlan> other = at(p, audience);
      if (other.isPresent()) {
        return other;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    for (Map.Entry<Priority, List<AudiencePlan>> e : byPriority().entrySet()) {
      List<AudiencePlan> plans = Checks.noNulls("plans at " + e.getKey(), e.getValue());
      for (int i = 0; i < plans.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (plans.get(i).audience().equals(plans.get(j).audience())) {
            throw new IllegalArgumentException("plans must name each audience once per priority, found "
                + plans.get(i).audience() + " twice at " + e.getKey());
          }
        }
      }
    }
  }

  /** Builds a {@link CommunicationPlan}; generated by Immutables, with {@link #priority} added. */
  public static final class Builder extends ImmutableCommunicationPlan.Builder {
    Builder() {}

    /**
     * Sets (replaces) the plans at {@code priority}, sorted by audience; none means the priority owes nothing.
     *
     * @param priority the priority
     * @param plans one per audience
     * @return this builder
     * @throws IllegalArgumentException when a value is null (an audience named twice fails at {@code build()})
     */
    public Builder priority(Priority priority, AudiencePlan... plans) {
      Checks.notNull("priority", priority);
      List<AudiencePlan> sorted = new ArrayList<>(Checks.noNulls("plans", Arrays.asList(plans)));
      sorted.sort(Comparator.comparing(AudiencePlan::audience));
      putByPriority(priority, List.copyOf(sorted));
      return this;
    }
  }
}
