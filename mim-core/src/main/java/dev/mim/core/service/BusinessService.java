package dev.mim.core.service;

import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A business service in the host's catalogue.
 *
 * @param id the service's identifier, as commands and signals name it
 * @param name its display name
 * @param tier its criticality tier, from 1 (the most critical, for example mission-critical) to
 *     {@value #MAX_TIER}
 * @param hourlyDowntimeCost what an hour of downtime costs the business, in the host's currency; not negative
 * @param primaryResolverGroup the resolver group engaged first when it fails
 * @param owner the service owner
 */
@ValueStyle
@Value.Builder
public record BusinessService(ServiceId id, String name, int tier, BigDecimal hourlyDowntimeCost,
    ResolverGroup primaryResolverGroup, Actor owner) implements WithBusinessService {

  /** The lowest criticality tier a service may have. */
  public static final int MAX_TIER = 9;

  /**
   * Creates the service.
   *
   * @throws IllegalArgumentException when a field is null, the name is blank or too long, the tier is not between 1
   *     and {@value #MAX_TIER}, or the cost is negative
   */
  public BusinessService {
    Checks.notNull("id", id);
    Checks.text("name", name);
    Checks.between("tier", tier, 1, MAX_TIER);
    Checks.notNull("hourlyDowntimeCost", hourlyDowntimeCost);
    if (hourlyDowntimeCost.signum() < 0) {
      throw new IllegalArgumentException("hourlyDowntimeCost must not be negative, was " + hourlyDowntimeCost);
    }
    Checks.notNull("primaryResolverGroup", primaryResolverGroup);
    Checks.notNull("owner", owner);
  }
}
