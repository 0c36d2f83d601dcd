package dev.mim.core.identify;

import dev.mim.core.internal.Checks;
import java.util.List;

/**
 * What a detector made of one signal: {@link Observed} (possibly with proposals) or {@link Refused}.
 */
public sealed interface Detection permits Detection.Observed, Detection.Refused {

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
