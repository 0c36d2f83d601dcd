package dev.mim.store.jdbc;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.store.jdbc.testing.Declarations;
import java.time.Instant;
import java.util.List;

/** Commands the store's tests send: a declaration, stakeholder updates, a candidate's downgrade. */
final class Commands {

  static final Actor AMY = Declarations.AMY;
  static final Instant T0 = Declarations.T0;

  private Commands() {}

  /** Identify, validate and declare: three commands, three events. */
  static List<IncidentCommand> declare(TenantId tenant, IncidentId id) {
    return Declarations.declare(tenant, id);
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
    return Declarations.command(tenant, id, minute, action);
  }
}
