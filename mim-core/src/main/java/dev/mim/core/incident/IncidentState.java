package dev.mim.core.incident;

import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the lifecycle's decisions need to know about one incident, folded from its events. Immutable.
 *
 * <p>The state is kept small: counters, last times and small sets, grouped so that an event copies only the part
 * it changes. Linked children are a persistent list, so a long incident costs the same per event as a short one.
 * Hosts persist the events, not the state; {@link #evolve} (or the decider's {@code replay}) rebuilds it.
 *
 * @param id the incident; null only in the {@link #initial()} state
 * @param status where it stands in the lifecycle
 * @param version the number of events folded into this state
 * @param lastEventAt when the last event happened; null in the initial state
 * @param classification source, services, impact, urgency and priority; null in the initial state
 * @param evidence the kinds of validation evidence recorded
 * @param declaredAt when declared a major incident; null before
 * @param team manager, members and resolver groups
 * @param resolution plan, change, workaround, fix and restoration
 * @param children the linked child incidents
 * @param review the post-incident review
 * @param lastUpdates when each audience was last sent a stakeholder update, sorted by audience
 * @param snoozes until when each snoozed audience's next update is held off, sorted by audience
 * @param endedAt when the incident was closed or downgraded; null before
 * @param downgradeReason why it was downgraded; null unless downgraded
 */
public record IncidentState(IncidentId id, IncidentStatus status, long version, Instant lastEventAt,
    Classification classification, Set<EvidenceKind> evidence, Instant declaredAt, Team team,
    Resolution resolution, ChildIncidents children, Review review, Map<Audience, Instant> lastUpdates,
    Map<Audience, Instant> snoozes, Instant endedAt, String downgradeReason) {

  private static final IncidentState INITIAL = new IncidentState(null, IncidentStatus.NONE, 0, null, null,
      Set.of(), null, Team.EMPTY, Resolution.NONE, ChildIncidents.none(), Review.NONE, Map.of(), Map.of(), null, null);

  /** @throws IllegalArgumentException when status or a part is null, or the version is negative */
  public IncidentState {
    Checks.notNull("status", status);
    Checks.notNegative("version", version);
    Checks.notNull("evidence", evidence);
    Checks.notNull("team", team);
    Checks.notNull("resolution", resolution);
    Checks.notNull("children", children);
    Checks.notNull("review", review);
    Checks.notNull("lastUpdates", lastUpdates);
    Checks.notNull("snoozes", snoozes);
  }

  /** @return the state before anything happened: status {@link IncidentStatus#NONE}, version 0 */
  public static IncidentState initial() {
    return INITIAL;
  }

  /**
   * Returns the state after {@code event}: the fold of the event-sourced lifecycle. The status follows the
   * {@link Transitions} table. Pure; this state is unchanged.
   *
   * @param event the next event of this incident
   * @return the new state, its version one higher
   * @throws IllegalArgumentException when the event does not follow this state: another incident, a sequence
   *     other than {@code version + 1}, a time before the last event, or a fact that the table does not allow
   *     in this status (a corrupt or misordered history)
   */
  public IncidentState evolve(IncidentEvent event) {
    Checks.notNull("event", event);
    if (id != null && !id.equals(event.incidentId())) {
      throw new IllegalArgumentException("event.incidentId must be " + id + ", was " + event.incidentId());
    }
    if (event.sequence() != version + 1) {
      throw new IllegalArgumentException("event.sequence must be " + (version + 1) + " for incident "
          + event.incidentId() + ", was " + event.sequence());
    }
    Instant at = event.occurredAt();
    if (lastEventAt != null && at.isBefore(lastEventAt)) {
      throw new IllegalArgumentException("event.occurredAt must not be before " + lastEventAt + ", was " + at);
    }
    Fact fact = event.fact();
    IncidentStatus next = Transitions.target(status, fact.kind().cause());
    if (next == null) {
      throw new IllegalArgumentException("event.fact " + fact.kind() + " cannot apply to incident "
          + event.incidentId() + " in status " + status);
    }
    Builder b = new Builder(this, event.incidentId(), next, at);
    switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED -> {
        Fact.CandidateIdentified f = (Fact.CandidateIdentified) fact;
        b.classification = new Classification(f.source(), f.affectedServices(), f.summary(), f.impact(),
            f.urgency(), f.priority(), at);
      }
      case RESOLVER_GROUP_ENGAGED -> {
        Fact.ResolverGroupEngaged f = (Fact.ResolverGroupEngaged) fact;
        b.team = team.withGroup(f.group(), f.primary());
      }
      case VALIDATION_RECORDED -> {
        Set<EvidenceKind> more = EnumSet.noneOf(EvidenceKind.class);
        more.addAll(evidence);
        more.add(((Fact.ValidationRecorded) fact).evidence());
        b.evidence = Collections.unmodifiableSet(more);
      }
      case MAJOR_INCIDENT_DECLARED -> b.declaredAt = at;
      case INCIDENT_DOWNGRADED -> {
        b.endedAt = at;
        b.downgradeReason = ((Fact.IncidentDowngraded) fact).reason();
      }
      case MANAGER_ASSIGNED -> b.team = team.withManager(((Fact.ManagerAssigned) fact).manager());
      case MANAGER_HANDED_OVER -> b.team = team.withManager(((Fact.ManagerHandedOver) fact).newManager());
      case TEAM_MEMBER_ADDED -> {
        Fact.TeamMemberAdded f = (Fact.TeamMemberAdded) fact;
        b.team = team.withMember(f.member(), f.role());
      }
      case TEAM_MEMBER_REMOVED -> b.team = team.withoutMember(((Fact.TeamMemberRemoved) fact).member());
      case TEAM_MOBILISED -> b.team = team.mobilised(at);
      case INCIDENT_REPRIORITISED -> {
        Fact.IncidentReprioritised f = (Fact.IncidentReprioritised) fact;
        b.classification = classification.reprioritised(f.impact(), f.urgency(), f.priority());
      }
      case CHILD_LINKED -> b.children = children.with(((Fact.ChildLinked) fact).child());
      case RESOLUTION_STARTED -> {
        Fact.ResolutionStarted f = (Fact.ResolutionStarted) fact;
        b.resolution = resolution.started(f.plan(), f.change(), f.emergencyChange(), at);
      }
      case WORKAROUND_APPLIED ->
          b.resolution = resolution.withWorkaround(((Fact.WorkaroundApplied) fact).description());
      case PERMANENT_FIX_APPLIED -> b.resolution = resolution.withFix(((Fact.PermanentFixApplied) fact).change());
      case SERVICE_RESTORED -> b.resolution = resolution.restored(at, ((Fact.ServiceRestored) fact).means());
      case INCIDENT_REOPENED -> b.resolution = resolution.reopened(at);
      case STAKEHOLDER_UPDATE_RECORDED ->
          b.lastUpdates = with(lastUpdates, ((Fact.StakeholderUpdateRecorded) fact).update().audience(), at);
      case UPDATES_SNOOZED -> {
        Fact.UpdatesSnoozed f = (Fact.UpdatesSnoozed) fact;
        b.snoozes = with(snoozes, f.audience(), f.until());
      }
      case REVIEW_STARTED -> b.review = review.started(at, ((Fact.ReviewStarted) fact).reviewer());
      case REVIEW_ACTION_ADDED -> {
        Fact.ReviewActionAdded f = (Fact.ReviewActionAdded) fact;
        b.review = review.withAction(f.actionId(), new ReviewAction(f.description(), f.owner(), f.due()));
      }
      case REVIEW_ACTION_ASSIGNED -> {
        Fact.ReviewActionAssigned f = (Fact.ReviewActionAssigned) fact;
        ReviewAction item = review.actions().get(f.actionId());
        if (item == null) {
          throw new IllegalArgumentException("event.fact.actionId must name an action item of incident " + id
              + ", was " + f.actionId());
        }
        b.review = review.withAction(f.actionId(), new ReviewAction(item.description(), f.owner(), f.due()));
      }
      case REVIEW_COMPLETED -> b.review = review.completed(at, ((Fact.ReviewCompleted) fact).findings());
      case INCIDENT_CLOSED -> b.endedAt = at;
      default -> throw new IllegalStateException("unhandled fact " + fact.kind());
    }
    return b.build();
  }

  private static Map<Audience, Instant> with(Map<Audience, Instant> times, Audience audience, Instant at) {
    Map<Audience, Instant> copy = new TreeMap<>(times);
    copy.put(audience, at);
    return Collections.unmodifiableMap(copy);
  }

  /** Collects the parts of the next state; each event replaces only what it changes. */
  private static final class Builder {
    private final IncidentId id;
    private final IncidentStatus status;
    private final long version;
    private final Instant lastEventAt;
    private Classification classification;
    private Set<EvidenceKind> evidence;
    private Instant declaredAt;
    private Team team;
    private Resolution resolution;
    private ChildIncidents children;
    private Review review;
    private Map<Audience, Instant> lastUpdates;
    private Map<Audience, Instant> snoozes;
    private Instant endedAt;
    private String downgradeReason;

    Builder(IncidentState from, IncidentId id, IncidentStatus status, Instant at) {
      this.id = id;
      this.status = status;
      this.version = from.version + 1;
      this.lastEventAt = at;
      this.classification = from.classification;
      this.evidence = from.evidence;
      this.declaredAt = from.declaredAt;
      this.team = from.team;
      this.resolution = from.resolution;
      this.children = from.children;
      this.review = from.review;
      this.lastUpdates = from.lastUpdates;
      this.snoozes = from.snoozes;
      this.endedAt = from.endedAt;
      this.downgradeReason = from.downgradeReason;
    }

    IncidentState build() {
      return new IncidentState(id, status, version, lastEventAt, classification, evidence, declaredAt, team,
          resolution, children, review, lastUpdates, snoozes, endedAt, downgradeReason);
    }
  }
}
