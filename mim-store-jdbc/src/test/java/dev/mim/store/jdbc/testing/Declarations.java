package dev.mim.store.jdbc.testing;

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

/** The commands stores' tests send, amy's, a minute apart from {@link #T0}: the store's and the starter's. */
public final class Declarations {

  /** Who sends them. */
  public static final Actor AMY = Actor.of("amy");

  /** When the first is sent. */
  public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  private Declarations() {}

  /**
   * Identify, validate and declare a P1 on payments: three commands, three events.
   *
   * @param tenant the tenant
   * @param id the incident
   * @return the commands, at minutes 0, 1 and 2
   */
  public static List<IncidentCommand> declare(TenantId tenant, IncidentId id) {
    return List.of(
        command(tenant, id, 0, new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing")),
        command(tenant, id, 1, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED,
            "all checks red")),
        command(tenant, id, 2, new IdentificationAction.Declare(null)));
  }

  /**
   * @param tenant the tenant
   * @param id the incident
   * @param minute minutes after {@link #T0}
   * @param action the action
   * @return amy's command
   */
  public static IncidentCommand command(TenantId tenant, IncidentId id, int minute, Action action) {
    return IncidentCommand.of(tenant, id, AMY, T0.plusSeconds(60L * minute), action);
  }
}
