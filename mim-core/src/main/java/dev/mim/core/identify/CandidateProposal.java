package dev.mim.core.identify;

import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A detector's proposal to identify a candidate major incident, with the signals that support it.
 *
 * @param tenant whose candidate it is: the tenant of every supporting signal; the command identifying it names it
 * @param key the key of the similar signals (for example {@code "category:Network"})
 * @param source the identification source the candidate will have
 * @param services the services the supporting signals concern, sorted
 * @param firstSignalAt the time of the earliest supporting signal: where the outage starts, as far as known
 * @param proposedAt the time of the signal that completed the evidence; not before {@code firstSignalAt}
 * @param evidence the references of the supporting signals, oldest first
 * @param reason why, in a sentence
 */
public record CandidateProposal(TenantId tenant, String key, IdentificationSource source, Set<ServiceId> services,
    Instant firstSignalAt, Instant proposedAt, List<String> evidence, String reason) {

  /**
   * @throws IllegalArgumentException when a field is null, a collection is empty, or the first signal comes after
   *     the proposal
   */
  public CandidateProposal {
    Checks.notNull("tenant", tenant);
    Checks.id("key", key);
    Checks.notNull("source", source);
    services = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notEmpty("services", services)));
    Checks.notNull("firstSignalAt", firstSignalAt);
    Checks.notNull("proposedAt", proposedAt);
    if (firstSignalAt.isAfter(proposedAt)) {
      throw new IllegalArgumentException("firstSignalAt must not be after proposedAt (" + proposedAt + "), was "
          + firstSignalAt);
    }
    evidence = List.copyOf(Checks.notEmpty("evidence", evidence));
    Checks.text("reason", reason);
  }

  /**
   * The action that identifies the proposed candidate, once the host has judged impact and urgency; its first
   * signal is the earliest supporting signal, so the outage is measured from there.
   *
   * @param impact the impact
   * @param urgency the urgency
   * @param summary what is happening
   * @return the {@link IdentificationAction.Identify} to decide
   * @throws IllegalArgumentException when a value is malformed
   */
  public IdentificationAction.Identify toIdentify(Impact impact, Urgency urgency, String summary) {
    return new IdentificationAction.Identify(source, services, impact, urgency, summary, firstSignalAt);
  }
}
