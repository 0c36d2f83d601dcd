package dev.mim.core.spi;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceDependencies;
import java.util.Optional;

/**
 * Turns a stream of signals into proposals of candidate major incidents. mim-policies ships the default, a surge
 * detector; hosts may write their own.
 *
 * <p>A detector remembers recent signals, so an instance belongs to one stream (one tenant) and is not
 * thread-safe unless it says so. It must be deterministic: the same signals in the same order give the same
 * proposals. Time comes with the signals; a detector never reads a clock. Total: every signal gets a detection,
 * never an exception or a null. mim-testkit's {@code PolicyContracts.detection} checks both laws on fresh
 * instances.
 */
public interface DetectionPolicy {

  /**
   * Takes one signal into account.
   *
   * @param signal the next signal, in arrival order
   * @param open what the host already has open; no proposal is made for an open key
   * @return the proposals this signal led to, or a refusal (the detector is then unchanged)
   */
  Detection observe(IncidentSignal signal, OpenKeys open);

  /**
   * Takes one signal into account, honouring the host's maintenance windows: a signal on a service under a window
   * under way (in progress or verifying) is {@link Detection.Suppressed suppressed}, and the detector is as it was.
   * The default covers only the services a window names; mim-policies' surge detector covers the services they
   * support too, through its catalogue's dependencies.
   *
   * @param signal the next signal, in arrival order
   * @param open what the host already has open; no proposal is made for an open key
   * @param maintenance the host's maintenance windows
   * @return the proposals this signal led to, a suppression, or a refusal
   */
  default Detection observe(IncidentSignal signal, OpenKeys open, MaintenanceSchedule maintenance) {
    if (signal == null || open == null || maintenance == null) {
      throw new IllegalArgumentException((signal == null ? "signal" : open == null ? "open" : "maintenance")
          + " must not be null");
    }
    Optional<MaintenanceWindow> window =
        maintenance.covering(signal.service(), signal.at(), ServiceDependencies.none());
    return window.isPresent() ? Detection.Suppressed.of(signal, window.get()) : observe(signal, open);
  }
}
