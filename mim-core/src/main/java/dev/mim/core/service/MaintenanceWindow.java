package dev.mim.core.service;

import dev.mim.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A scheduled maintenance window on some services: announced on the status page, and while it is under way
 * (in progress or being verified) the signals of its services and of the services they support propose no major
 * incident ({@code DetectionPolicy.observe(signal, open, maintenance)}).
 *
 * @param id the window's identifier in the host, for example a change number: not blank, at most 128 characters
 * @param title what is done, as the status page shows it: not blank, at most 4,096 characters
 * @param services the services under maintenance: at least one
 * @param from when the work starts
 * @param until when the work ends, after {@code from}
 * @param verification how long after the end the work is verified; zero for none; at most 366 days
 */
public record MaintenanceWindow(String id, String title, Set<ServiceId> services, Instant from, Instant until,
    Duration verification) {

  /** The longest verification a window may have: 366 days. */
  public static final Duration MAX_VERIFICATION = Duration.ofDays(366);

  /**
   * @throws IllegalArgumentException when a value is null, a text blank or too long, no service given, the end
   *     not after the start, or the verification negative or too long
   */
  public MaintenanceWindow {
    Checks.id("id", id);
    Checks.text("title", title);
    SortedSet<ServiceId> sorted = new TreeSet<>(Checks.notEmpty("services", services));
    services = Collections.unmodifiableSortedSet(sorted);
    Checks.instant("from", from);
    Checks.instant("until", until);
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("until must be after from (" + from + ") in maintenance window " + id
          + ", was " + until);
    }
    Checks.atMost("verification", Checks.notNegative("verification", verification), MAX_VERIFICATION);
  }

  /**
   * @param at an instant
   * @return where the window stands then: scheduled before {@code from}, in progress until {@code until}, verifying
   *     for {@code verification} after it, completed after that
   * @throws IllegalArgumentException when {@code at} is null
   */
  public MaintenanceState stateAt(Instant at) {
    Checks.notNull("at", at);
    if (at.isBefore(from)) {
      return MaintenanceState.SCHEDULED;
    }
    if (at.isBefore(until)) {
      return MaintenanceState.IN_PROGRESS;
    }
    return at.isBefore(until.plus(verification)) ? MaintenanceState.VERIFYING : MaintenanceState.COMPLETED;
  }
}
