package dev.mim.store.jdbc;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
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

/** Commands the store's tests send: a declaration, stakeholder updates, a candidate's downgrade. */
final class Commands {

  static final Actor AMY = Actor.of("amy");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  private Commands() {}

  /** Identify, validate and declare: three commands, three events. */
  static List<IncidentCommand> declare(TenantId tenant, IncidentId id) {
    return List.of(
        command(tenant, id, 0, new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing")),
        command(tenant, id, 1, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red")),
        command(tenant, id, 2, new IdentificationAction.Declare(null)));
  }

  static IncidentCommand update(TenantId tenant, IncidentId id, int minute, String text) {
    return command(tenant, id, minute,
        new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, text)));
  }

  /** A candidate's downgrade: the false-positive evidence, then the downgrade citing it. */
  static List<IncidentCommand> downgrade(TenantId tenant, IncidentId id, int minute) {
    return List.of(
        command(tenant, id, minute, new IdentificationAction.RecordValidation(EvidenceKind.FALSE_POSITIVE, "a test alert")),
        command(tenant, id, minute + 1, new IdentificationAction.Downgrade("a false alarm", EvidenceKind.FALSE_POSITIVE)));
  }

  static IncidentCommand command(TenantId tenant, IncidentId id, int minute, Action action) {
    return IncidentCommand.of(tenant, id, AMY, T0.plusSeconds(60L * minute), action);
  }
}
