package dev.mim.spring.boot;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The commands the starter's tests send. */
final class Commands {

  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  private Commands() {}

  /** Identify, validate and declare a P1 on payments, a minute apart from {@link #T0}. */
  static List<IncidentCommand> declare(TenantId tenant, IncidentId id) {
    return List.of(
        command(tenant, id, 0, new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing")),
        command(tenant, id, 1, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED,
            "all checks red")),
        command(tenant, id, 2, new IdentificationAction.Declare(null)));
  }

  static IncidentCommand command(TenantId tenant, IncidentId id, int minute, Action action) {
    return IncidentCommand.of(tenant, id, Actor.of("amy"), T0.plusSeconds(60L * minute), action);
  }
}
