package dev.mim.core.lifecycle;

import dev.mim.core.incident.ChildIncidents;
import dev.mim.core.incident.Classification;
import dev.mim.core.incident.Communications;
import dev.mim.core.incident.EscalationLog;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Resolution;
import dev.mim.core.incident.Review;
import dev.mim.core.incident.Team;
import dev.mim.core.incident.Transitions;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One event applied to the state before it: what a stage's rules read when they check a fact against the history
 * and fold it, and where they report a breach. The decider's {@link Verdict} collects breaches; a replay throws at
 * the first.
 *
 * <p>The fold builds the next state with one copy: each {@code with...} method copies the state before the event
 * with one part changed, the envelope (incident, tenant, status, version, time, schema version) taken from the
 * event. Written by hand rather than generated: Immutables' builders and with-copies of records copy every
 * collection the record holds on each copy, which would cost the lifecycle its allocation budget.
 *
 * <p>Mutable, and used by one thread for one call: {@link #at} moves it to the next event of a replay.
 */
abstract class Step implements Sink {
  private IncidentState before;
  private IncidentEvent event;

  /** Moves to {@code event}, which follows {@code before} (the {@link Envelope} checked that it may). */
  final void at(IncidentState before, IncidentEvent event) {
    this.before = before;
    this.event = event;
  }

  /** @return whether a rule refused; a replay throws instead, so it never has */
  abstract boolean refused();

  final IncidentState before() {
    return before;
  }

  final IncidentEvent event() {
    return event;
  }

  /** @return when the event happened */
  final Instant occurredAt() {
    return event.occurredAt();
  }

  /** Refuses a fact whose {@code from} (the status it says it left) is not the incident's status. */
  final void leftStatus(IncidentStatus from) {
    if (from != before.status()) {
      refuse(ViolationCode.FACT_CONTRADICTS_STATE, "from", () -> "incident " + before.id() + " is "
          + before.status() + ", not " + from);
    }
  }

  /** Refuses a part of the state that has reached its limit. */
  final void limit(int current, int max, String what) {
    if (current >= max) {
      refuse(ViolationCode.LIMIT_EXCEEDED, null, () -> "incident " + before.id() + " already has "
          + current + " " + what + ", the most allowed");
    }
  }

  final IncidentState withClassification(Classification classification) {
    IncidentState s = before;
    return next(classification, s.evidence(), s.declaredAt(), s.team(), s.resolution(), s.children(), s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withEvidence(Set<EvidenceKind> evidence) {
    IncidentState s = before;
    return next(s.classification(), evidence, s.declaredAt(), s.team(), s.resolution(), s.children(), s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  /** @return the state after the declaration, declared at the event's time */
  final IncidentState declared() {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), event.occurredAt(), s.team(), s.resolution(), s.children(),
        s.review(), s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  /** @return the state after the incident ended at the event's time: downgraded with a reason, or closed (null) */
  final IncidentState ended(@Nullable String downgradeReason) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), s.resolution(), s.children(),
        s.review(), s.communications(), s.escalations(), event.occurredAt(), downgradeReason);
  }

  final IncidentState withClassificationAndChildren(Classification classification, ChildIncidents children) {
    IncidentState s = before;
    return next(classification, s.evidence(), s.declaredAt(), s.team(), s.resolution(), children, s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withTeam(Team team) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), team, s.resolution(), s.children(), s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withResolution(Resolution resolution) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), resolution, s.children(), s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withChildren(ChildIncidents children) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), s.resolution(), children, s.review(),
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withReview(Review review) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), s.resolution(), s.children(), review,
        s.communications(), s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withCommunications(Communications communications) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), s.resolution(), s.children(),
        s.review(), communications, s.escalations(), s.endedAt(), s.downgradeReason());
  }

  final IncidentState withEscalations(EscalationLog escalations) {
    IncidentState s = before;
    return next(s.classification(), s.evidence(), s.declaredAt(), s.team(), s.resolution(), s.children(),
        s.review(), s.communications(), escalations, s.endedAt(), s.downgradeReason());
  }

  private IncidentState next(@Nullable Classification classification, Set<EvidenceKind> evidence,
      @Nullable Instant declaredAt, Team team, Resolution resolution, ChildIncidents children, Review review,
      Communications communications, EscalationLog escalations, @Nullable Instant endedAt,
      @Nullable String downgradeReason) {
    IncidentEvent e = event;
    // The status is looked up again rather than kept: a field more would cost every decision 8 bytes.
    IncidentStatus status = Transitions.target(before.status(), e.fact().kind().cause());
    return new IncidentState(e.incidentId(), e.tenant(), status, before.version() + 1, e.occurredAt(),
        classification, evidence, declaredAt, team, resolution, children, review, communications, escalations,
        endedAt, downgradeReason, Math.max(before.schemaVersion(), e.schemaVersion()));
  }
}
