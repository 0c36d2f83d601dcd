package dev.mim.core.cadence;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is owed a stakeholder update at an instant, and since when. A pure function of the incident's state, the
 * instant and the policy: the state records when each audience was last updated and each regulatory report sent,
 * so nothing else is needed, and the cost of a query does not grow with the number of updates sent. A late look
 * still sees an overdue update: deadlines are computed from what was sent, never by counting multiples of an
 * interval.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Nothing is owed before declaration.</li>
 *   <li>While the incident is live (declared, mobilised, resolving), each audience in the plan of its current
 *       priority, and each subscriber of its affected services (on the plan's {@link Audience#SUBSCRIBERS} entry,
 *       unless the plan names the subscriber itself), is owed a first notice {@code firstNoticeWithin} after
 *       declaration (or after the last reopen), then an update {@code updateEvery} after the last update it was
 *       sent: a late update moves the next deadline from when it was sent, not from when it was due.</li>
 *   <li>Once service is restored, periodic updates stop; audiences whose plan asks for it are owed a restoration
 *       notice {@code firstNoticeWithin} after restoration, unless sent one since.</li>
 *   <li>Once closed, only the closure notice ({@code finalNoticeOnClose}) is owed, and any regulatory reports.
 *       Once downgraded or marked a duplicate, only a downgrade (or duplicate) notice to the audiences already
 *       informed (within {@link #DEFAULT_FINAL_NOTICE_WITHIN} for one informed outside any plan).</li>
 *   <li>A snooze holds off every notice to the audience until its end.</li>
 *   <li>For an audience updated only in business hours, a notice falling due outside them is due at the next
 *       working time of the calendar.</li>
 *   <li>Each report of each regulatory regime is owed from declaration on (not after a downgrade) until an update
 *       naming it is recorded; it is due at the earliest of its deadlines whose anchor has happened.</li>
 * </ul>
 *
 * <p>The answer describes the state as it is: every update recorded in it counts as sent, so ask at an instant
 * at or after the state's last event.
 */
public final class CommunicationSchedule {

  /** How soon an audience informed outside any plan is owed the downgrade notice: 30 minutes. */
  public static final Duration DEFAULT_FINAL_NOTICE_WITHIN = Duration.ofMinutes(30);

  private CommunicationSchedule() {}

  /**
   * Returns everything owed at {@code at}.
   *
   * @param state the incident's state
   * @param at the instant asked about
   * @param policy the plan, calendar and regimes to follow
   * @return the updates owed, earliest due first (then by audience); empty when nobody is owed anything;
   *     unmodifiable
   * @throws IllegalArgumentException when an argument is null
   */
  public static List<UpdateDue> due(IncidentState state, Instant at, CommunicationPolicy policy) {
    return due(state, at, policy, Set.of());
  }

  /**
   * Returns everything owed at {@code at}, to the plan's audiences and to the subscribers of the incident's affected
   * services ({@code ServiceCatalogue.impactOf(...).subscribers()}; {@code DueItems} passes them).
   *
   * @param state the incident's state
   * @param at the instant asked about
   * @param policy the plan, calendar and regimes to follow
   * @param subscribers the audiences subscribed to the affected services
   * @return the updates owed, earliest due first (then by audience); empty when nobody is owed anything;
   *     unmodifiable
   * @throws IllegalArgumentException when an argument is null or {@code subscribers} holds null
   */
  public static List<UpdateDue> due(IncidentState state, Instant at, CommunicationPolicy policy,
      Set<Audience> subscribers) {
    check(state, at, policy);
    Checks.noNulls("subscribers", subscribers);
    if (state.declaredAt() == null) {
      return List.of();
    }
    Priority priority = state.classification().priority();
    List<AudiencePlan> plans = policy.plan().at(priority);
    OwedList owed = null;
    for (int i = 0; i < plans.size(); i++) {
      AudiencePlan p = plans.get(i);
      if (!p.audience().equals(Audience.SUBSCRIBERS)) {
        owed = add(owed, audienceDue(state, p.audience(), p, at, policy, false), plans.size());
      }
    }
    if (!subscribers.isEmpty()) {
      // At this priority, subscribers the plan does not name follow its subscribers entry; without one, only those
      // already informed are owed anything (a final notice), as any audience informed outside the plan.
      AudiencePlan forSubscribers = policy.plan().at(priority, Audience.SUBSCRIBERS).orElse(null);
      for (Audience audience : subscribers) {
        if (!named(plans, audience) && !audience.equals(Audience.SUBSCRIBERS)
            && (forSubscribers != null || state.communications().lastUpdateTo(audience) != null)) {
          owed = add(owed, audienceDue(state, audience,
              forSubscribers == null ? null : forSubscribers.withAudience(audience), at, policy, true), plans.size());
        }
      }
    }
    // Audiences updated earlier under another priority's plan: owed final notices by their nearest plan.
    for (Audience audience : state.communications().lastUpdates().keySet()) {
      if (!named(plans, audience) && !subscribers.contains(audience)) {
        owed = add(owed, audienceDue(state, audience, null, at, policy, false), plans.size());
      }
    }
    for (RegulatoryRegime regime : policy.regimes()) {
      for (RegulatoryRegime.Report report : regime.reports()) {
        owed = add(owed, reportDue(state, regime, report, at), plans.size());
      }
    }
    return owed == null ? List.of() : owed;
  }

  /** {@code owed} with {@code item} in its place (made for {@code expected} items on the first one). */
  private static OwedList add(OwedList owed, UpdateDue item, int expected) {
    if (item == null) {
      return owed;
    }
    OwedList list = owed == null ? new OwedList(expected) : owed;
    list.insert(item);
    return list;
  }

  private static boolean named(List<AudiencePlan> plans, Audience audience) {
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i).audience().equals(audience)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the notice one audience is owed at {@code at} (regulatory reports aside: see {@link #reportDue}).
   *
   * @param state the incident's state
   * @param audience the audience
   * @param at the instant asked about
   * @param policy the plan and calendar to follow
   * @return the notice owed, or empty when the audience is owed nothing
   * @throws IllegalArgumentException when an argument is null
   */
  public static Optional<UpdateDue> dueFor(IncidentState state, Audience audience, Instant at,
      CommunicationPolicy policy) {
    check(state, at, policy);
    Checks.notNull("audience", audience);
    return state.declaredAt() == null ? Optional.empty() : Optional.ofNullable(audienceDue(state, audience,
        policy.plan().at(state.classification().priority(), audience).orElse(null), at, policy, false));
  }

  /**
   * Returns whether one regulatory report is owed at {@code at}, and when.
   *
   * @param state the incident's state
   * @param reportId the report's id, for example {@link RegulatoryRegime#DORA_INITIAL}
   * @param at the instant asked about
   * @param policy the regimes to follow
   * @return the report owed, or empty when it is not owed (sent already, not yet anchored, or of no regime in the
   *     policy)
   * @throws IllegalArgumentException when an argument is null
   */
  public static Optional<UpdateDue> reportDue(IncidentState state, String reportId, Instant at,
      CommunicationPolicy policy) {
    check(state, at, policy);
    Checks.notNull("reportId", reportId);
    if (state.declaredAt() == null) {
      return Optional.empty();
    }
    for (RegulatoryRegime regime : policy.regimes()) {
      for (RegulatoryRegime.Report report : regime.reports()) {
        if (report.id().equals(reportId)) {
          return Optional.ofNullable(reportDue(state, regime, report, at));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the owed item that {@code update} answers: the regulatory report it names, or else the notice owed to
   * its audience.
   *
   * @param owed what {@link #due} returned just before the update was sent
   * @param update the update
   * @return the item it answers; empty when it answers none (an update nobody was owed)
   * @throws IllegalArgumentException when an argument is null
   */
  public static Optional<UpdateDue> answeredBy(List<UpdateDue> owed, StakeholderUpdate update) {
    Checks.noNulls("owed", owed);
    Checks.notNull("update", update);
    for (UpdateDue d : owed) {
      if (d.audience().equals(update.audience()) && (d.kind() == DueKind.REGULATORY_REPORT
          ? d.report().equals(update.report()) : update.report() == null)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static void check(IncidentState state, Instant at, CommunicationPolicy policy) {
    Checks.notNull("state", state);
    Checks.notNull("at", at);
    Checks.notNull("policy", policy);
  }

  /**
   * The notice {@code audience} is owed, or null; the incident is declared. {@code here} is its plan at the
   * incident's priority, null when that priority's plan does not name it; without it, its nearest plan, and for a
   * {@code subscriber} without one, the nearest plan of {@link Audience#SUBSCRIBERS}.
   */
  private static UpdateDue audienceDue(IncidentState state, Audience audience, AudiencePlan here, Instant at,
      CommunicationPolicy policy, boolean subscriber) {
    Instant last = state.communications().lastUpdateTo(audience);
    AudiencePlan p = here;
    if (p == null) {
      Priority priority = state.classification().priority();
      p = policy.plan().nearest(priority, audience).orElse(null);
      if (p == null && subscriber) {
        p = policy.plan().nearest(priority, Audience.SUBSCRIBERS).map(s -> s.withAudience(audience)).orElse(null);
      }
    }
    boolean handedOn = state.status() == IncidentStatus.DOWNGRADED || state.status() == IncidentStatus.DUPLICATE;
    if (p == null && handedOn && last != null) {
      // Informed outside any plan: still told of the downgrade or merge, with the default promptness.
      p = AudiencePlan.of(audience, DEFAULT_FINAL_NOTICE_WITHIN, DEFAULT_FINAL_NOTICE_WITHIN);
    }
    if (p == null) {
      return null;
    }
    Instant nominal;
    DueKind kind;
    switch (state.status()) {
      case DECLARED, MOBILISED, RESOLVING -> {
        if (here == null) {
          return null;
        }
        Instant reopened = state.resolution().reopenedAt();
        Instant active = reopened == null ? state.declaredAt() : reopened;
        if (last == null || last.isBefore(active)) {
          nominal = active.plus(p.firstNoticeWithin());
          kind = DueKind.FIRST_NOTICE;
        } else {
          nominal = last.plus(p.updateEvery());
          kind = DueKind.UPDATE;
        }
      }
      case RESTORED, IN_REVIEW -> {
        Instant restored = state.resolution().restoredAt();
        if (!p.finalNoticeOnRestore() || (last != null && !last.isBefore(restored))) {
          return null;
        }
        nominal = restored.plus(p.firstNoticeWithin());
        kind = DueKind.RESTORATION_NOTICE;
      }
      case CLOSED -> {
        if (!p.finalNoticeOnClose() || (last != null && !last.isBefore(state.endedAt()))) {
          return null;
        }
        nominal = state.endedAt().plus(p.firstNoticeWithin());
        kind = DueKind.CLOSURE_NOTICE;
      }
      case DOWNGRADED, DUPLICATE -> {
        if (last == null || !last.isBefore(state.endedAt())) {
          return null;
        }
        nominal = state.endedAt().plus(p.firstNoticeWithin());
        kind = state.status() == IncidentStatus.DUPLICATE ? DueKind.DUPLICATE_NOTICE : DueKind.DOWNGRADE_NOTICE;
      }
      default -> {
        return null;
      }
    }
    Instant snoozedUntil = state.communications().snoozedUntil(audience);
    if (snoozedUntil != null && snoozedUntil.isAfter(nominal)) {
      nominal = snoozedUntil;
    }
    Instant due = p.businessHoursOnly() ? policy.calendar().nextWorkingTime(nominal) : nominal;
    return new UpdateDue(audience, kind, due, at.isAfter(due), null, null);
  }

  /** The report owed, or null: sent already, after a downgrade, or no deadline anchored yet. */
  private static UpdateDue reportDue(IncidentState state, RegulatoryRegime regime, RegulatoryRegime.Report report,
      Instant at) {
    if (state.status() == IncidentStatus.DOWNGRADED || state.status().isKeptOutOfAggregates()
        || state.communications().reportSentAt(report.id()) != null) {
      return null;
    }
    Instant earliest = null;
    for (RegulatoryRegime.Deadline d : report.deadlines()) {
      Instant anchor = switch (d.anchor()) {
        case BECAME_AWARE -> state.classification().identifiedAt();
        case CLASSIFIED_MAJOR -> state.declaredAt();
        case REPORT_SENT -> state.communications().reportSentAt(d.afterReport());
      };
      if (anchor != null) {
        Instant due = d.after(anchor);
        earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
      }
    }
    return earliest == null ? null
        : new UpdateDue(regime.audience(), DueKind.REGULATORY_REPORT, earliest, at.isAfter(earliest), report.id(),
            report.legalBasis());
  }
}
