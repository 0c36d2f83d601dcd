package dev.mim.config;

import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.Set;

/** Candidates as the decider makes them, for the tests of policies that look at one. */
final class Candidates {

  private Candidates() {}

  /** A P1 candidate on the payments service, identified by {@code source}. */
  static IncidentState identifiedBy(IdentificationSource source) {
    Decision d = Incident.start().decide(identify(source), PolicySet.ofDefaults()).decision();
    return ((Decision.Accepted) d).state();
  }

  /** The candidate of {@link #identify()}, validated and declared a minute later, under mim's defaults. */
  static IncidentState declared() {
    Incident incident = Incident.start().decide(identify(), PolicySet.ofDefaults()).incident();
    IncidentCommand validate = IncidentCommand.of(TenantId.of("acme"), IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:01:00Z"), new IdentificationAction.RecordValidation(
            EvidenceKind.MONITORING_CONFIRMED, "all checks red"));
    incident = incident.decide(validate, PolicySet.ofDefaults()).incident();
    IncidentCommand declare = IncidentCommand.of(TenantId.of("acme"), IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:01:00Z"), new IdentificationAction.Declare(null));
    return incident.decide(declare, PolicySet.ofDefaults()).incident().state();
  }

  /** The identification of a P1 candidate on the payments service, by event monitoring. */
  static IncidentCommand identify() {
    return identify(IdentificationSource.EVENT_MONITORING);
  }

  /** The event of {@link #identify()} decided under policies built in code. */
  static IncidentEvent decidedInCode() {
    Decision d = Incident.start().decide(identify(), PolicySet.ofDefaults()).decision();
    return ((Decision.Accepted) d).events().get(0);
  }

  private static IncidentCommand identify(IdentificationSource source) {
    return IncidentCommand.of(TenantId.of("acme"), IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:00:00Z"), new IdentificationAction.Identify(source,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing"));
  }
}
