package dev.mim.core.service;

import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Impact;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an incident's named services mean for the business, read from the catalogue's dependencies
 * ({@code ServiceCatalogue.impactOf}): every service affected, the business services among them, the most critical
 * tier, and who subscribes to them.
 *
 * @param named the services the incident names (often technical services)
 * @param affected the named services and every service they support, directly or through others
 * @param businessServices the affected services that support no other: what users see failing
 * @param mostCriticalTier the lowest (most critical) tier among the affected services the catalogue knows; null when
 *     it knows none of them
 * @param subscribers the audiences subscribed to any affected service, who are owed updates on the incident
 */
public record ServiceImpact(SortedSet<ServiceId> named, SortedSet<ServiceId> affected,
    SortedSet<ServiceId> businessServices, @Nullable Integer mostCriticalTier, SortedSet<Audience> subscribers) {

  /** @throws IllegalArgumentException when a set is null or holds null, or the tier is out of range */
  public ServiceImpact {
    named = sorted("named", named);
    affected = sorted("affected", affected);
    businessServices = sorted("businessServices", businessServices);
    if (mostCriticalTier != null) {
      Checks.between("mostCriticalTier", mostCriticalTier, 1, BusinessService.MAX_TIER);
    }
    subscribers = sorted("subscribers", subscribers);
  }

  /**
   * The impact to propose from the most critical affected service: {@link Impact#HIGH} for tier 1,
   * {@link Impact#MEDIUM} for tier 2, {@link Impact#LOW} below. A proposal only: who identifies the incident
   * decides.
   *
   * @return the impact; empty when no affected service's tier is known
   */
  public Optional<Impact> proposedImpact() {
    if (mostCriticalTier == null) {
      return Optional.empty();
    }
    return Optional.of(mostCriticalTier == 1 ? Impact.HIGH : mostCriticalTier == 2 ? Impact.MEDIUM : Impact.LOW);
  }

  private static <T extends Comparable<T>> SortedSet<T> sorted(String field, SortedSet<T> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls(field, values)));
  }
}
