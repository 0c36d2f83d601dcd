package dev.mim.policies;

import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;

/**
 * Named policy sets for common ways of running major incident management. Each is a starting point: pass it to
 * {@link PolicySet#from(PolicySet)} to change what differs. Each call gives a new set whose host-code failures are
 * told to its own {@link PolicyFailureLog#oncePerCause()}: one stack trace per failing policy and cause, then
 * counts.
 */
public final class PolicyPresets {

  private PolicyPresets() {}

  /**
   * The practice as written: validate every candidate before declaring it, ITIL 3x3 priorities, a 24-hour
   * verification window. Equal to {@link PolicySet#ofDefaults()} (which logs every failure of host code).
   *
   * @return the preset
   */
  public static PolicySet validateFirst() {
    return PolicySet.custom().policyFailures(PolicyFailureLog.oncePerCause()).build();
  }

  /**
   * For operations whose monitoring is trusted: a candidate raised by event monitoring may be declared at once,
   * without waiting for validation evidence (the declaration then carries an advisory); other sources still
   * need evidence. ITIL 3x3 priorities, a 24-hour verification window.
   *
   * @return the preset
   */
  public static PolicySet monitoringFirst() {
    return PolicySet.from(validateFirst())
        .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING))
        .build();
  }

  /**
   * For a managed service provider bound by contract to longer verification: as {@link #validateFirst()} but a
   * restored incident may be reopened for 72 hours.
   *
   * @return the preset
   */
  public static PolicySet managedServiceProvider() {
    return PolicySet.from(validateFirst()).verificationWindow(Duration.ofHours(72)).build();
  }
}
