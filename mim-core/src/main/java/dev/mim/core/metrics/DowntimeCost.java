package dev.mim.core.metrics;

import dev.mim.core.internal.Checks;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The estimated cost of an incident's outage: for each affected service the catalogue prices, its hourly cost of
 * downtime times the outage's total length, summed, in the catalogue's currency. The total and each share are
 * rounded half up to cents from the exact figures, so the shares may differ from the total by a cent.
 *
 * <p>A service the catalogue does not know is listed in {@code unpriced} and adds nothing, so the total is then a
 * lower bound ({@link #complete()} is false). A service priced at zero adds zero and is priced.
 *
 * @param total the sum over priced services
 * @param byService each priced service's share, sorted by service
 * @param unpriced the affected services the catalogue does not know, sorted
 */
public record DowntimeCost(BigDecimal total, Map<ServiceId, BigDecimal> byService, Set<ServiceId> unpriced) {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** @throws IllegalArgumentException when a value is null or holds null */
  public DowntimeCost {
    Checks.notNull("total", total);
    Checks.notNull("byService", byService);
    byService = Collections.unmodifiableSortedMap(new TreeMap<>(byService));
    unpriced = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls("unpriced", unpriced)));
  }

  /**
   * @param metrics an incident's figures
   * @param catalogue the host's service catalogue, with each service's hourly cost of downtime
   * @return the estimated cost of its outage
   * @throws IllegalArgumentException when an argument is null
   */
  public static DowntimeCost of(IncidentMetrics metrics, ServiceCatalogue catalogue) {
    Checks.notNull("metrics", metrics);
    Checks.notNull("catalogue", catalogue);
    return of(metrics.services(), metrics.outageTotal(), catalogue);
  }

  /**
   * @param services the affected services
   * @param outage how long they were down
   * @param catalogue the host's service catalogue
   * @return the estimated cost
   * @throws IllegalArgumentException when an argument is null or the outage negative
   */
  public static DowntimeCost of(Set<ServiceId> services, Duration outage, ServiceCatalogue catalogue) {
    Checks.noNulls("services", services);
    Checks.notNegative("outage", outage);
    Checks.notNull("catalogue", catalogue);
    BigDecimal seconds = BigDecimal.valueOf(outage.getSeconds()).add(BigDecimal.valueOf(outage.getNano(), 9));
    SortedMap<ServiceId, BigDecimal> byService = new TreeMap<>();
    SortedSet<ServiceId> unpriced = new TreeSet<>();
    BigDecimal costPerHour = BigDecimal.ZERO;
    for (ServiceId id : services) {
      Optional<BusinessService> service = catalogue.find(id);
      if (service.isEmpty()) {
        unpriced.add(id);
        continue;
      }
      costPerHour = costPerHour.add(service.get().hourlyDowntimeCost());
      byService.put(id, cost(service.get().hourlyDowntimeCost(), seconds));
    }
    return new DowntimeCost(cost(costPerHour, seconds), byService, unpriced);
  }

  /** @return {@code perHour} for {@code seconds}, rounded half up to cents */
  static BigDecimal cost(BigDecimal perHour, BigDecimal seconds) {
    return perHour.multiply(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
  }

  /** @return true when every affected service was priced, so the total is the whole estimate */
  public boolean complete() {
    return unpriced.isEmpty();
  }
}
