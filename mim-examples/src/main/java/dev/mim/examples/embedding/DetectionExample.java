package dev.mim.examples.embedding;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The README's detection example, kept compiling here. */
public final class DetectionExample {

  private final SurgeDetector detector;

  /**
   * A detector for one tenant's signal stream.
   *
   * @param catalogue the tenant's services
   */
  public DetectionExample(ServiceCatalogue catalogue) {
    // readme:begin
    detector = SurgeDetector.of(SurgeSettings.custom().catalogue(catalogue).key(SignalKey.byCategory()).build());
    // readme:end
  }

  /**
   * Feeds one signal and turns the proposals into commands to decide.
   *
   * @param signal the next signal
   * @param openKeys the keys of the candidates and major incidents the host has open
   * @return the identifications to decide, usually none
   */
  public List<IdentificationAction.Identify> observe(IncidentSignal signal, Set<String> openKeys) {
    List<IdentificationAction.Identify> toDecide = new ArrayList<>();
    // readme:begin
    for (CandidateProposal p : detector.observe(signal, OpenKeys.of(openKeys)).proposals()) {
      IdentificationAction.Identify identify = p.toIdentify(Impact.HIGH, Urgency.HIGH, "Surge of " + p.key());
      toDecide.add(identify);                             // decide it as any other command
    }
    // readme:end
    return toDecide;
  }
}
