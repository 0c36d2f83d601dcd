package dev.mim.core.metrics;

import dev.mim.core.incident.CausingChange;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.internal.Checks;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The two stability figures of the DevOps research programme's four keys (DORA, DevOps Research and Assessment;
 * not the EU's Digital Operational Resilience Act, which {@link dev.mim.core.comms.RegulatoryRegime#dora()} covers):
 * the change failure rate and the failed-change recovery time, from the incidents linked to the changes that caused
 * them ({@link IncidentMetrics#causes()}) and the host's count of the changes it deployed.
 *
 * <p>A <em>failed change</em> is a distinct change linked as the cause of at least one incident of the group;
 * incidents kept out of the aggregates (declined, duplicates) do not count. The <em>recovery time</em> of a failed
 * change's incident runs from its first signal to its final restoration ({@link Metric#TIME_TO_FINAL_RESTORATION});
 * an incident not yet restored for good counts in {@link #unrecovered()} instead.
 *
 * @param deployments the changes deployed in the period, as the host counts them
 * @param failedChanges the distinct changes linked as a cause
 * @param changeFailureRate {@code failedChanges / deployments}; null when nothing was deployed. Above 1 when the
 *     incidents name more changes than the count holds (changes deployed outside the period counted)
 * @param recoveryTime the recovery times of the change-caused incidents restored for good
 * @param unrecovered how many change-caused incidents are not restored for good
 * @param incidents the change-caused incidents, in the order given
 */
public record ChangeStability(long deployments, int failedChanges, @Nullable Double changeFailureRate,
    DurationSummary recoveryTime, int unrecovered, List<IncidentId> incidents) {

  /** @throws IllegalArgumentException when a count is negative or a value null */
  public ChangeStability {
    Checks.notNegative("deployments", deployments);
    Checks.notNegative("failedChanges", failedChanges);
    Checks.notNull("recoveryTime", recoveryTime);
    Checks.notNegative("unrecovered", unrecovered);
    incidents = List.copyOf(Checks.noNulls("incidents", incidents));
  }

  /**
   * The figures of a group of incidents against the changes deployed for it.
   *
   * @param incidents the figures of the group's incidents (those of a period, a service, a team)
   * @param deployments how many changes were deployed for the group; not negative
   * @param confirmedOnly whether only confirmed causes count; otherwise suspected ones do too
   * @return the figures
   * @throws IllegalArgumentException when {@code incidents} is null or holds null, or {@code deployments} is
   *     negative
   */
  public static ChangeStability of(Collection<IncidentMetrics> incidents, long deployments, boolean confirmedOnly) {
    Checks.noNulls("incidents", incidents);
    Checks.notNegative("deployments", deployments);
    Set<ChangeRef> failed = new TreeSet<>();
    List<Duration> recovery = new ArrayList<>();
    List<IncidentId> caused = new ArrayList<>();
    int unrecovered = 0;
    for (IncidentMetrics m : incidents) {
      if (m.status().isKeptOutOfAggregates()) {
        continue;
      }
      boolean byChange = false;
      for (CausingChange c : m.causes()) {
        if (c.confirmed() || !confirmedOnly) {
          failed.add(c.change());
          byChange = true;
        }
      }
      if (byChange) {
        caused.add(m.incident());
        if (m.timeToFinalRestoration() == null) {
          unrecovered++;
        } else {
          recovery.add(m.timeToFinalRestoration());
        }
      }
    }
    Double rate = deployments == 0 ? null : (double) failed.size() / deployments;
    return new ChangeStability(deployments, failed.size(), rate, DurationSummary.of(recovery), unrecovered, caused);
  }

  /**
   * The figures per service: each service's incidents (an incident counts for each service it affected) against
   * the changes deployed to it.
   *
   * @param incidents the figures of the period's incidents
   * @param deployments the changes deployed per service in the period; a service not named deployed nothing
   * @param confirmedOnly whether only confirmed causes count
   * @return the figures per service named in {@code deployments} or affected by a change-caused incident, by service
   * @throws IllegalArgumentException when a value is null or a count negative, naming the service
   */
  public static Map<ServiceId, ChangeStability> byService(Collection<IncidentMetrics> incidents,
      Map<ServiceId, Long> deployments, boolean confirmedOnly) {
    Checks.noNulls("incidents", incidents);
    Checks.notNull("deployments", deployments);
    Map<ServiceId, List<IncidentMetrics>> groups = new TreeMap<>();
    deployments.forEach((service, count) -> {
      Checks.notNull("deployments' service", service);
      if (count == null || count < 0) {
        throw new IllegalArgumentException("deployments of " + service + " must not be negative, was " + count);
      }
      groups.put(service, new ArrayList<>());
    });
    for (IncidentMetrics m : incidents) {
      if (m.causes().isEmpty()) {
        continue;
      }
      for (ServiceId s : m.services()) {
        groups.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
      }
    }
    Map<ServiceId, ChangeStability> out = new TreeMap<>();
    groups.forEach((s, ms) -> out.put(s, of(ms, deployments.getOrDefault(s, 0L), confirmedOnly)));
    return Collections.unmodifiableMap(out);
  }
}
