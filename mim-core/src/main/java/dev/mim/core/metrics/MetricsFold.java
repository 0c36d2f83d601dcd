package dev.mim.core.metrics;

import dev.mim.core.comms.Audience;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One pass over an incident's events, replaying them and noting when each measured step first happened. */
final class MetricsFold {

  private IncidentState state = IncidentState.initial();
  private Instant validated;
  private Instant declared;
  private Instant engaged;
  private Instant managerAssigned;
  private Instant acknowledged;
  private Instant mobilised;
  private Instant workaround;
  private Instant firstRestored;
  private Instant lastRestored;
  private Instant closed;
  private int reopens;
  private int escalations;
  private final List<OutageWindow> outage = new ArrayList<>();
  private Instant outageFrom;

  private MetricsFold() {}

  static IncidentMetrics measure(List<IncidentEvent> events, Instant at, CommunicationPolicy communication,
      Set<Audience> subscribers) {
    MetricsFold fold = new MetricsFold();
    for (IncidentEvent e : events) {
      fold.state = IncidentDecider.evolve(fold.state, e);
      fold.note(e.fact(), e.occurredAt());
    }
    IncidentState s = fold.state;
    if (at.isBefore(s.lastEventAt())) {
      throw new IllegalArgumentException("at must not be before the last event of incident " + s.id() + " ("
          + s.lastEventAt() + "), was " + at);
    }
    if (fold.outageFrom != null) {
      fold.outage.add(new OutageWindow(fold.outageFrom, at, true));
    }
    Instant first = s.classification().firstSignalAt();
    Instant identified = s.classification().identifiedAt();
    boolean restoredForGood = s.status() == IncidentStatus.RESTORED || s.status() == IncidentStatus.IN_REVIEW
        || s.status() == IncidentStatus.CLOSED;
    return new IncidentMetrics(s.tenant(), s.id(), s.status(), s.classification().priority(),
        s.classification().affectedServices(), first, identified, at,
        between(identified, fold.validated), between(first, fold.declared), between(identified, fold.engaged),
        between(fold.managerAssigned, fold.acknowledged), between(fold.declared, fold.mobilised),
        between(first, fold.workaround), between(first, fold.firstRestored),
        restoredForGood ? between(first, fold.lastRestored) : null, between(first, fold.closed), fold.reopens,
        fold.escalations, adherence(StakeholderConfidence.measure(events, at, communication, subscribers)), fold.outage,
        s.resolution().causes());
  }

  /** Notes what {@code fact} measures. Every kind is listed: a fact that measures nothing says so here. */
  private void note(Fact fact, Instant at) {
    switch (fact.kind()) {
      case MAJOR_INCIDENT_DECLARED -> {
        validated = first(validated, at);
        declared = at;
        outageFrom = state.classification().firstSignalAt();
      }
      case INCIDENT_DOWNGRADED, MARKED_DUPLICATE -> {
        validated = first(validated, at);
        endOutage(at);
      }
      case CANDIDATE_DECLINED -> validated = first(validated, at);
      case DUPLICATE_MERGED -> {
        // The duplicate's earlier signal moves the start of an outage still in its first window.
        if (outageFrom != null && outage.isEmpty()) {
          outageFrom = state.classification().firstSignalAt();
        }
      }
      case RESOLVER_GROUP_ENGAGED ->
          engaged = ((IdentificationFact.ResolverGroupEngaged) fact).primary() ? first(engaged, at) : engaged;
      case MANAGER_ASSIGNED -> managerAssigned = first(managerAssigned, at);
      case ACKNOWLEDGED ->
          acknowledged = ((EscalationFact.Acknowledged) fact).group() == null ? first(acknowledged, at) : acknowledged;
      case TEAM_MOBILISED -> mobilised = first(mobilised, at);
      case WORKAROUND_APPLIED -> workaround = first(workaround, at);
      case SERVICE_RESTORED -> {
        firstRestored = first(firstRestored, at);
        lastRestored = at;
        endOutage(at);
      }
      case INCIDENT_REOPENED -> {
        reopens++;
        outageFrom = at;
      }
      case INCIDENT_CLOSED -> closed = at;
      case ESCALATION_RECORDED -> escalations++;
      case CANDIDATE_IDENTIFIED, VALIDATION_RECORDED, MANAGER_HANDED_OVER, TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED,
          INCIDENT_REPRIORITISED, CHILD_LINKED, RESOLUTION_STARTED, PERMANENT_FIX_APPLIED, STAKEHOLDER_UPDATE_RECORDED,
          UPDATES_SNOOZED, REVIEW_STARTED, FINDINGS_RECORDED, REVIEW_SUBMITTED, REVIEW_ACTION_ADDED,
          REVIEW_ACTION_ASSIGNED, REVIEW_ACTION_DONE, REVIEW_ACTION_DROPPED, REVIEW_COMPLETED, ESCALATIONS_HELD,
          ESCALATIONS_RESUMED, CAUSING_CHANGE_LINKED -> {
        // these measure nothing
      }
    }
  }

  private void endOutage(Instant at) {
    if (outageFrom != null) {
      outage.add(new OutageWindow(outageFrom, at, false));
      outageFrom = null;
    }
  }

  private static Instant first(Instant seen, Instant at) {
    return seen != null ? seen : at;
  }

  private static Duration between(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to);
  }

  private static Double adherence(StakeholderConfidence confidence) {
    int owed = 0;
    int onTime = 0;
    for (StakeholderConfidence.AudienceConfidence c : confidence.audiences().values()) {
      owed += c.lateness().size() + c.overdueNow();
      onTime += c.onTime();
    }
    return owed == 0 ? null : (double) onTime / owed;
  }
}
