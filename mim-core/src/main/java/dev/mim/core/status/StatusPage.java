package dev.mim.core.status;

import dev.mim.core.incident.IncidentState;
import dev.mim.core.internal.Checks;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceState;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ServiceCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A status page at an instant: each component's status and the maintenance windows not yet completed.
 *
 * <p>A component's status is the worst of: each live major incident (investigating or identified) whose named
 * services affect it, through the catalogue's dependencies, by the incident's impact ({@link ComponentStatus#of});
 * {@link ComponentStatus#UNDER_MAINTENANCE} while a window under way covers it. A restored incident (monitoring)
 * leaves its components operational; candidates are not shown.
 *
 * @param at the instant
 * @param components each component's status, by component
 * @param maintenance the windows not completed at {@code at}, with their state, in the schedule's order
 */
public record StatusPage(Instant at, Map<ServiceId, ComponentStatus> components, List<Maintenance> maintenance) {

  /** @throws IllegalArgumentException when a value is null or holds null */
  public StatusPage {
    Checks.notNull("at", at);
    Checks.notNull("components", components);
    components = Collections.unmodifiableMap(new TreeMap<>(components));
    maintenance = List.copyOf(Checks.noNulls("maintenance", maintenance));
  }

  /**
   * A maintenance window as the page shows it.
   *
   * @param window the window
   * @param state where it stands
   */
  public record Maintenance(MaintenanceWindow window, MaintenanceState state) {
    /** @throws IllegalArgumentException when a value is null */
    public Maintenance {
      Checks.notNull("window", window);
      Checks.notNull("state", state);
    }
  }

  /**
   * @param components the page's components (business services)
   * @param incidents the tenant's incidents, in any status
   * @param catalogue the tenant's service catalogue
   * @param maintenance the tenant's maintenance windows
   * @param at the instant
   * @return the page
   * @throws IllegalArgumentException when a value is null or a collection holds null
   */
  public static StatusPage of(Collection<ServiceId> components, Collection<IncidentState> incidents,
      ServiceCatalogue catalogue, MaintenanceSchedule maintenance, Instant at) {
    Checks.noNulls("components", components);
    Checks.noNulls("incidents", incidents);
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("maintenance", maintenance);
    Checks.notNull("at", at);
    Map<ServiceId, ComponentStatus> status = new TreeMap<>();
    ServiceDependencies dependencies = catalogue.dependencies();
    for (ServiceId c : components) {
      status.put(c, maintenance.covering(c, at, dependencies).isPresent() ? ComponentStatus.UNDER_MAINTENANCE
          : ComponentStatus.OPERATIONAL);
    }
    for (IncidentState s : incidents) {
      PublicState shown = PublicState.of(s.status()).orElse(null);
      if (shown != PublicState.INVESTIGATING && shown != PublicState.IDENTIFIED) {
        continue;
      }
      ComponentStatus worst = ComponentStatus.of(s.classification().impact());
      Set<ServiceId> affected = catalogue.impactOf(s.classification().affectedServices()).affected();
      for (ServiceId c : affected) {
        status.computeIfPresent(c, (k, v) -> v.worst(worst));
      }
    }
    List<Maintenance> shown = new ArrayList<>();
    for (MaintenanceWindow w : maintenance.notCompletedAt(at)) {
      shown.add(new Maintenance(w, w.stateAt(at)));
    }
    return new StatusPage(at, status, shown);
  }
}
