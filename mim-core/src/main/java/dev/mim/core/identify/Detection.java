package dev.mim.core.identify;

import dev.mim.core.internal.Checks;
import dev.mim.core.service.MaintenanceWindow;
import java.util.List;

/**
 * What a detector made of one signal: {@link Observed} (possibly with proposals), {@link Suppressed} (under
 * maintenance) or {@link Refused}.
 */
public sealed interface Detection permits Detection.Observed, Detection.Suppressed, Detection.Refused {

  /** @return the proposals made; empty when refused */
  List<CandidateProposal> proposals();

  /**
   * The signal was taken into account.
   *
   * @param proposals the candidates it led to propose; usually empty
   */
  record Observed(List<CandidateProposal> proposals) implements Detection {
    /** Copies the list. */
    public Observed {
      proposals = List.copyOf(proposals);
    }
  }

  /**
   * The signal came from a service under a maintenance window: it proposes nothing and counts towards no surge;
   * the detector is as it was.
   *
   * @param window the id of the window under way that covers the signal's service
   * @param message what was suppressed and why, naming the signal, the service and the window
   */
  record Suppressed(String window, String message) implements Detection {
    /** @throws IllegalArgumentException when a field is null */
    public Suppressed {
      Checks.notNull("window", window);
      Checks.notNull("message", message);
    }

    /**
     * @param signal the signal suppressed
     * @param window the window that covers its service
     * @return the suppression, its message naming both
     */
    public static Suppressed of(IncidentSignal signal, MaintenanceWindow window) {
      return new Suppressed(window.id(), "signal " + signal.reference() + " on " + signal.service() + " at "
          + signal.at() + " is under maintenance window " + window.id() + " (" + window.title() + ")");
    }

    @Override
    public List<CandidateProposal> proposals() {
      return List.of();
    }
  }

  /**
   * The signal was not taken into account; the detector is as it was.
   *
   * @param code why, stable
   * @param message why, naming the signal and the values
   */
  record Refused(SignalRefusal code, String message) implements Detection {
    /** @throws IllegalArgumentException when a field is null */
    public Refused {
      Checks.notNull("code", code);
      Checks.notNull("message", message);
    }

    @Override
    public List<CandidateProposal> proposals() {
      return List.of();
    }
  }

  /** Why a signal was refused. Each has a stable {@link #code()}. */
  enum SignalRefusal {
    /** The signal is older than the detector's allowed lateness. */
    TOO_LATE("signal-too-late"),
    /** The service catalogue does not admit the signal's service. */
    UNKNOWN_SERVICE("unknown-service"),
    /** The host's service catalogue threw an exception; it was logged. */
    CATALOGUE_FAILED("catalogue-failed"),
    /** The detector's trigger rule threw an exception; it was logged. */
    TRIGGER_FAILED("trigger-failed");

    private final String code;

    SignalRefusal(String code) {
      this.code = code;
    }

    /** @return the stable kebab-case code */
    public String code() {
      return code;
    }
  }
}
