package dev.mim.examples.embedding;

import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;

/** The README's custom policy set, kept compiling here. */
public final class CustomPoliciesExample {

  private CustomPoliciesExample() {}

  /**
   * A policy set that auto-declares monitoring alerts on the payments service and treats P1 and P2 as major.
   *
   * @return the policy set
   */
  public static PolicySet policies() {
    // readme:begin
    PolicySet policies = PolicySet.custom()
        // Declare at once, without validation evidence, what monitoring raised on the payments service.
        .declarationPolicy(candidate -> candidate.classification().source() == IdentificationSource.EVENT_MONITORING
            && candidate.classification().affectedServices().stream().anyMatch(s -> s.value().equals("payments")))
        // Major from P2 up, whatever the services' tiers.
        .majorIncidentThreshold((priority, services) -> priority.isAtLeast(Priority.of(2)))
        .verificationWindow(Duration.ofHours(48))
        .build();                                         // checks every value; names the first bad one
    // readme:end
    return policies;
  }
}
