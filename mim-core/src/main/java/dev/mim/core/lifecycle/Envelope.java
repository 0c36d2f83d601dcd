package dev.mim.core.lifecycle;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
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

  /** Reports to {@code sink} each rule of the envelope that {@code c} breaks. */
  static void of(IncidentState s, IncidentCommand c, Sink sink) {
    check(s, c.incidentId(), c.tenant(), c.expectedVersion(), "expectedVersion", "command", c.occurredAt(),
        c.action().kind(), "action", sink);
  }

  /**
   * Reports to {@code sink} each rule of the envelope that {@code e} breaks.
   *
   * @throws IllegalArgumentException when the event's schema version is below one folded before it
   */
  static void of(IncidentState s, IncidentEvent e, Sink sink) {
    check(s, e.incidentId(), e.tenant(), e.sequence() - 1, "sequence", "event",
        e.occurredAt(), e.fact().kind().cause(), "fact", sink);
    if (e.schemaVersion() < s.schemaVersion()) {
      throw new IllegalArgumentException("schemaVersion must be at least " + s.schemaVersion()
          + ", the version of an earlier event, was " + e.schemaVersion() + "; a history's schema version never goes"
          + " down");
    }
  }

  private static void check(IncidentState s, IncidentId id, TenantId tenant,
      @Nullable Long expected, String versionField, String subject, Instant at, ActionKind kind, String kindField,
      Sink sink) {
    if (s.id() != null && !s.id().equals(id)) {
      sink.refuseAt(ViolationCode.INCIDENT_MISMATCH, "incidentId",
          () -> subject + " is for incident " + id + " but the state is of incident " + s.id());
      return;
    }
    if (s.tenant() != null && !s.tenant().equals(tenant)) {
      sink.refuseAt(ViolationCode.TENANT_MISMATCH, "tenant",
          () -> "incident " + s.id() + " belongs to another tenant than " + tenant);
      return;
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
    if (!Transitions.allows(s.status(), kind)) {
      sink.refuseAt(ViolationCode.ILLEGAL_TRANSITION, kindField, () -> "incident " + id + " cannot " + kind
          + " in status " + s.status() + "; legal there: " + Transitions.legalActions(s.status()));
    }
  }
}
