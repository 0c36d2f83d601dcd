package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the lifecycle's decisions need to know about one incident, folded from its events. Immutable.
 *
 * <p>The state is kept small: counters, last times and small sets, grouped so that an event copies only the part
 * it changes. Linked children are a persistent list, so a long incident costs the same per event as a short one.
 * Hosts persist the events, not the state; the decider's {@code evolve} and {@code replay} rebuild it, checking
 * that each event could have been decided.
 *
 * @param id the incident; null only in the {@link #initial()} state
 * @param tenant the tenant it belongs to; null only in the {@link #initial()} state
 * @param status where it stands in the lifecycle
 * @param version the number of events folded into this state
 * @param lastEventAt when the last event happened; null in the initial state
 * @param classification source, services, impact, urgency and priority; null in the initial state
 * @param evidence the kinds of validation evidence recorded, confirming and refuting
 * @param declaredAt when declared a major incident; null before
 * @param team manager, members and resolver groups
 * @param resolution plan, change, workaround, fix and restoration
 * @param children the linked child incidents
 * @param review the post-incident review
 * @param communications when each audience was last updated, each regulatory report sent, each audience snoozed
 * @param escalations the escalation levels sent and the holds
 * @param endedAt when the incident was closed, downgraded, declined or marked a duplicate; null before
 * @param downgradeReason why it was downgraded, declined or marked a duplicate; null unless it was
 * @param schemaVersion the highest {@link IncidentEvent#schemaVersion()} folded so far, 0 in the initial state: a
 *     history's schema version never goes down, so a later event of a lower version is refused
 */
public record IncidentState(@Nullable IncidentId id, @Nullable TenantId tenant, IncidentStatus status, long version,
    @Nullable Instant lastEventAt, @Nullable Classification classification, Set<EvidenceKind> evidence,
        @Nullable Instant declaredAt, Team team,
    Resolution resolution, ChildIncidents children, Review review, Communications communications,
    EscalationLog escalations, @Nullable Instant endedAt, @Nullable String downgradeReason, int schemaVersion) {

  private static final IncidentState INITIAL = new IncidentState(null, null, IncidentStatus.NONE, 0, null, null,
      Set.of(), null, Team.EMPTY, Resolution.NONE, ChildIncidents.none(), Review.NONE, Communications.NONE,
      EscalationLog.NONE, null, null, 0);
  private static final List<EvidenceKind> EVIDENCE_KINDS = List.of(EvidenceKind.values());

  /**
   * Creates a state; the decider's fold is the normal way to get one.
   *
   * @throws IllegalArgumentException when status or a part is null, the version is negative, or the parts
   *     contradict the status (for example no id or classification after identification, no declaration time on a
   *     major incident, no restoration time once restored, no end time once closed or downgraded), or the schema
   *     version is not 0 before the first event and from 1 to {@link IncidentEvent#SCHEMA_VERSION} after it
   */
  public IncidentState {
    Checks.notNull("status", status);
    Checks.notNegative("version", version);
    Checks.notNull("evidence", evidence);
    Checks.notNull("team", team);
    Checks.notNull("resolution", resolution);
    Checks.notNull("children", children);
    Checks.notNull("review", review);
    Checks.notNull("communications", communications);
    Checks.notNull("escalations", escalations);
    boolean started = status != IncidentStatus.NONE;
    consistent(started == (version > 0), "version", version, status);
    consistent(started == (id != null), "id", id, status);
    consistent(started == (tenant != null), "tenant", tenant, status);
    consistent(started == (lastEventAt != null), "lastEventAt", lastEventAt, status);
    consistent(started == (classification != null), "classification", classification, status);
    consistent(started ? schemaVersion >= 1 && schemaVersion <= IncidentEvent.SCHEMA_VERSION : schemaVersion == 0,
        "schemaVersion", schemaVersion, status);
    consistent(!(status.isMajor() || status == IncidentStatus.CLOSED) || declaredAt != null, "declaredAt", declaredAt,
        status);
    consistent(!status.isTerminal() || endedAt != null, "endedAt", endedAt, status);
    consistent(!(status == IncidentStatus.DOWNGRADED || status.isKeptOutOfAggregates()) || downgradeReason != null,
        "downgradeReason", downgradeReason, status);
    consistent(!(status == IncidentStatus.RESTORED || status == IncidentStatus.IN_REVIEW
        || status == IncidentStatus.CLOSED) || resolution.restoredAt() != null, "resolution.restoredAt",
        resolution.restoredAt(), status);
  }

  private static void consistent(boolean ok, String field, Object value, IncidentStatus status) {
    if (!ok) {
      throw new IllegalArgumentException(field + " does not fit status " + status + ", was " + value);
    }
  }

  /** As above, without boxing the version on every state (a {@code Long} per event past version 127). */
  private static void consistent(boolean ok, String field, long value, IncidentStatus status) {
    if (!ok) {
      consistent(false, field, (Object) value, status);
    }
  }

  /** @return the state before anything happened: status {@link IncidentStatus#NONE}, version 0 */
  public static IncidentState initial() {
    return INITIAL;
  }

  /** @return true when validation evidence that confirms the candidate is recorded */
  public boolean hasConfirmingEvidence() {
    return hasEvidence(false);
  }

  /** @return true when validation evidence that refutes the candidate is recorded */
  public boolean hasRefutingEvidence() {
    return hasEvidence(true);
  }

  /**
   * Asks the set about each kind rather than iterating it: the set is an unmodifiable view, whose iterator (and
   * the one beneath) the decider would make on every declaration.
   */
  private boolean hasEvidence(boolean refuting) {
    for (int i = 0; i < EVIDENCE_KINDS.size(); i++) {
      EvidenceKind kind = EVIDENCE_KINDS.get(i);
      if (kind.refutes() == refuting && evidence.contains(kind)) {
        return true;
      }
    }
    return false;
  }
}
