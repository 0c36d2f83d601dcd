package dev.mim.core.incident;

import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Set;

/**
 * What the incident is and how severe: fixed at identification except impact, urgency and priority, which a
 * reprioritisation changes.
 *
 * @param source how it came to light
 * @param affectedServices the affected business services, sorted
 * @param summary what is happening
 * @param impact current impact
 * @param urgency current urgency
 * @param priority current priority, the matrix's value for impact and urgency when it was decided
 * @param identifiedAt when it was identified
 * @param firstSignalAt when its first signal came: the start of the outage as far as known; not after
 *     {@code identifiedAt}
 */
public record Classification(IdentificationSource source, Set<ServiceId> affectedServices, String summary,
    Impact impact, Urgency urgency, Priority priority, Instant identifiedAt, Instant firstSignalAt) {

  /**
   * @param newImpact the impact from now on
   * @param newUrgency the urgency from now on
   * @param newPriority the priority the matrix gives for them
   * @return a copy reprioritised
   */
  public Classification reprioritised(Impact newImpact, Urgency newUrgency, Priority newPriority) {
    return new Classification(source, affectedServices, summary, newImpact, newUrgency, newPriority, identifiedAt,
        firstSignalAt);
  }

  /**
   * @param signalAt when another signal of the same failure came (a merged duplicate's first)
   * @return a copy whose first signal is the earlier of its own and {@code signalAt}
   */
  public Classification signalledAt(Instant signalAt) {
    return signalAt.isBefore(firstSignalAt) ? new Classification(source, affectedServices, summary, impact, urgency,
        priority, identifiedAt, signalAt) : this;
  }
}
