package dev.mim.core.spi;

import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import java.util.Collection;

/**
 * Decides which incidents are major: by priority and, optionally, by the criticality tier of the services they
 * affect. The decider gives an advisory when a candidate is identified below the threshold and when a
 * reprioritisation crosses it; the host decides what to do (declare, downgrade).
 *
 * <h2>Laws</h2>
 * Pure and total: the same priority and services give the same answer, never an exception. Monotonic in priority:
 * on the same services, a more severe priority is major whenever a less severe one is. mim-testkit's
 * {@code PolicyContracts.threshold} checks them.
 */
@FunctionalInterface
public interface MajorIncidentThreshold {

  /**
   * Tells whether an incident of {@code priority} affecting {@code services} is major.
   *
   * @param priority the incident's priority
   * @param services the affected services the catalogue knows (may be empty when it knows none)
   * @return true when it is major
   */
  boolean isMajor(Priority priority, Collection<BusinessService> services);

  /**
   * Major when the priority is {@code worst} or more severe.
   *
   * @param worst the least severe priority that is still major, for example P1
   * @return the threshold
   * @throws IllegalArgumentException when {@code worst} is null
   */
  static MajorIncidentThreshold priorityAtLeast(Priority worst) {
    Checks.notNull("worst", worst);
    return new PriorityThreshold(worst, 0, worst);
  }

  /**
   * Major when the priority is {@code worst} or more severe, or when a service of tier {@code topTier} or more
   * critical is affected and the priority is {@code worstOnTopTier} or more severe.
   *
   * @param worst the least severe priority that is major on any service
   * @param topTier the tiers (1 to this) whose services have their own threshold
   * @param worstOnTopTier the least severe priority that is major on such a service
   * @return the threshold
   * @throws IllegalArgumentException when a priority is null or the tier is out of range
   */
  static MajorIncidentThreshold priorityAtLeastOrOnTopTier(Priority worst, int topTier, Priority worstOnTopTier) {
    Checks.notNull("worst", worst);
    Checks.between("topTier", topTier, 1, BusinessService.MAX_TIER);
    Checks.notNull("worstOnTopTier", worstOnTopTier);
    return new PriorityThreshold(worst, topTier, worstOnTopTier);
  }

  /** @return the default: P1 on any service, or P2 on a tier-1 service */
  static MajorIncidentThreshold standard() {
    return Standard.INSTANCE;
  }

  /** The default threshold, a named constant so that it prints well. */
  enum Standard implements MajorIncidentThreshold {
    /** The only instance. */
    INSTANCE;

    private static final MajorIncidentThreshold RULE =
        priorityAtLeastOrOnTopTier(Priority.of(1), 1, Priority.of(2));

    @Override
    public boolean isMajor(Priority priority, Collection<BusinessService> services) {
      return RULE.isMajor(priority, services);
    }

    @Override
    public String toString() {
      return RULE.toString();
    }
  }
}
