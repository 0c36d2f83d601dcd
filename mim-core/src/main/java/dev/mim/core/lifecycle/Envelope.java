package dev.mim.core.lifecycle;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.incident.Transitions;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What every command and every event shares, checked by one rule each, in the same words, whether the decider
 * decides a command or a replay reads an event: the incident ({@code incident-mismatch}), the tenant
 * ({@code tenant-mismatch}), the version ({@code version-conflict}: a command's expected version, an event's
 * sequence), the time order ({@code out-of-order}) and the transition table ({@code illegal-transition}).
 */
final class Envelope {

  private Envelope() {}

  /** @return the status the command's action leads to, or null when refused */
  static @Nullable IncidentStatus of(IncidentState s, IncidentCommand c, Sink sink) {
    return check(s, c.incidentId(), c.tenant(), c.expectedVersion(), "expectedVersion", "command", c.occurredAt(),
        c.action().kind(), "action", sink);
  }

  /**
   * @return the status the event's fact leads to, or null when refused (a replay's sink throws instead)
   * @throws IllegalArgumentException when the event's schema version is below one folded before it
   */
  static @Nullable IncidentStatus of(IncidentState s, IncidentEvent e, Sink sink) {
    IncidentStatus next = check(s, e.incidentId(), e.tenant(), e.sequence() - 1, "sequence", "event",
        e.occurredAt(), e.fact().kind().cause(), "fact", sink);
    if (e.schemaVersion() < s.schemaVersion()) {
      throw new IllegalArgumentException("schemaVersion must be at least " + s.schemaVersion()
          + ", the version of an earlier event, was " + e.schemaVersion() + "; a history's schema version never goes"
          + " down");
    }
    return next;
  }

  private static @Nullable IncidentStatus check(IncidentState s, IncidentId id, TenantId tenant,
      @Nullable Long expected, String versionField, String subject, Instant at, ActionKind kind, String kindField,
      Sink sink) {
    if (s.id() != null && !s.id().equals(id)) {
      sink.refuseAt(ViolationCode.INCIDENT_MISMATCH, "incidentId",
          () -> subject + " is for incident " + id + " but the state is of incident " + s.id());
      return null;
    }
    if (s.tenant() != null && !s.tenant().equals(tenant)) {
      sink.refuseAt(ViolationCode.TENANT_MISMATCH, "tenant",
          () -> "incident " + s.id() + " belongs to another tenant than " + tenant);
      return null;
    }
    if (expected != null && expected != s.version()) {
      sink.refuseAt(ViolationCode.VERSION_CONFLICT, versionField, () -> "incident " + id + " is at version "
          + s.version() + ", the " + subject + " expected version " + expected);
    }
    Instant last = s.lastEventAt();
    if (last != null && at.isBefore(last)) {
      sink.refuseAt(ViolationCode.OUT_OF_ORDER, "occurredAt", () -> subject + " at " + at + " is before incident "
          + id + "'s last event at " + last);
    }
    IncidentStatus to = Transitions.target(s.status(), kind);
    if (to == null) {
      sink.refuseAt(ViolationCode.ILLEGAL_TRANSITION, kindField, () -> "incident " + id + " cannot " + kind
          + " in status " + s.status() + "; legal there: " + Transitions.legalActions(s.status()));
    }
    return to;
  }
}
