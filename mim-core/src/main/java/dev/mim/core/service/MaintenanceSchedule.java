package dev.mim.core.service;

import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The maintenance windows a host has scheduled, as the detectors and the status page read them. Immutable.
 *
 * @param windows the windows, in the order given; each id once
 */
public record MaintenanceSchedule(List<MaintenanceWindow> windows) {

  private static final MaintenanceSchedule NONE = new MaintenanceSchedule(List.of());

  /** @throws IllegalArgumentException when {@code windows} is null, holds null or names an id twice */
  public MaintenanceSchedule {
    windows = List.copyOf(Checks.noNulls("windows", windows));
    Set<String> ids = new HashSet<>();
    for (MaintenanceWindow w : windows) {
      if (!ids.add(w.id())) {
        throw new IllegalArgumentException("windows must name each id once, found " + w.id() + " twice");
      }
    }
  }

  /** @return the schedule without windows */
  public static MaintenanceSchedule none() {
    return NONE;
  }

  /**
   * @param windows the windows
   * @return the schedule of those windows
   * @throws IllegalArgumentException as the constructor
   */
  public static MaintenanceSchedule of(MaintenanceWindow... windows) {
    return new MaintenanceSchedule(List.of(windows));
  }

  /**
   * The window under way at {@code at} that covers {@code service}: one naming it, or naming a service that
   * supports it, directly or through others.
   *
   * @param service a service
   * @param at an instant
   * @param dependencies which services support which
   * @return the first such window in the schedule's order; empty when none
   * @throws IllegalArgumentException when a value is null
   */
  public Optional<MaintenanceWindow> covering(ServiceId service, Instant at, ServiceDependencies dependencies) {
    Checks.notNull("service", service);
    Checks.notNull("at", at);
    Checks.notNull("dependencies", dependencies);
    for (MaintenanceWindow w : windows) {
      if (w.stateAt(at).isUnderway() && dependencies.affectedBy(w.services()).contains(service)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * @param at an instant
   * @return the windows not completed at {@code at} (scheduled, in progress, verifying), in the schedule's order
   * @throws IllegalArgumentException when {@code at} is null
   */
  public List<MaintenanceWindow> notCompletedAt(Instant at) {
    Checks.notNull("at", at);
    Collection<MaintenanceWindow> out = new ArrayList<>();
    for (MaintenanceWindow w : windows) {
      if (w.stateAt(at) != MaintenanceState.COMPLETED) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }
}
