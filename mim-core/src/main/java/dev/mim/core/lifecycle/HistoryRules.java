package dev.mim.core.lifecycle;

import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.comms.Audience;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.EscalationLog;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.incident.Team;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that the incident's history alone can decide: whether a fact may follow a state, whatever the host's
 * policies say. The decider checks them before it accepts a command, and the fold checks them again on every
 * stored event, so that a corrupt or tampered history can never build a state the decider could not reach.
 *
 * <p>What these rules do not cover, the fold trusts: the host's policies at the time of the event (the priority
 * matrix's value, the major-incident threshold, the service catalogue, the declaration policy, the verification
 * window), which may have changed since.
 */
final class HistoryRules {

  private HistoryRules() {}

  /**
   * Reports every breach of {@code event}'s fact following {@code s}. The envelope (incident, tenant, sequence,
   * time) and the transition table are checked by the caller.
   */
  static void check(IncidentState s, IncidentEvent event, Sink sink) {
    Fact fact = event.fact();
    Instant at = event.occurredAt();
    Team team = s.team();
    switch (fact.kind()) {
      case CANDIDATE_IDENTIFIED -> {
        Instant first = ((Fact.CandidateIdentified) fact).firstSignalAt();
        if (first != null && first.isAfter(at)) {
          sink.refuse(ViolationCode.FIRST_SIGNAL_AFTER_IDENTIFICATION, "firstSignalAt", () -> "the first signal of "
              + event.incidentId() + " came at " + first + ", after its identification at " + at);
        }
      }
      case RESOLVER_GROUP_ENGAGED -> {
        Fact.ResolverGroupEngaged f = (Fact.ResolverGroupEngaged) fact;
        if (team.resolverGroups().contains(f.group())) {
          sink.refuse(ViolationCode.RESOLVER_GROUP_ALREADY_ENGAGED, "group",
              () -> "resolver group " + f.group() + " is already engaged on incident " + s.id());
        }
        if (f.primary() && team.primaryGroup() != null) {
          sink.refuse(ViolationCode.PRIMARY_RESOLVER_GROUP_EXISTS, "primary",
              () -> "incident " + s.id() + " already has primary resolver group " + team.primaryGroup());
        }
        limit(s, team.resolverGroups().size(), IncidentDecider.MAX_RESOLVER_GROUPS, "resolver groups", sink);
      }
      case MAJOR_INCIDENT_DECLARED -> declared(s, (Fact.MajorIncidentDeclared) fact, sink);
      case INCIDENT_DOWNGRADED -> {
        Fact.IncidentDowngraded f = (Fact.IncidentDowngraded) fact;
        if (f.from() != s.status()) {
          sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "from", () -> "incident " + s.id() + " is " + s.status()
              + ", not " + f.from());
        }
        if (f.evidence() != null && !s.evidence().contains(f.evidence())) {
          sink.refuse(ViolationCode.EVIDENCE_NOT_RECORDED, "evidence", () -> "incident " + s.id()
              + " has no " + f.evidence() + " evidence recorded to cite");
        }
      }
      case MANAGER_ASSIGNED -> {
        if (team.manager() != null) {
          sink.refuse(ViolationCode.MANAGER_ALREADY_ASSIGNED, "manager", () -> "incident " + s.id()
              + " already has manager " + team.manager() + "; hand the role over instead");
        }
      }
      case MANAGER_HANDED_OVER -> {
        Fact.ManagerHandedOver f = (Fact.ManagerHandedOver) fact;
        handedOver(s, f, sink);
        if (event.schemaVersion() > 1) {
          // Version-1 events stored a briefing as free text; its content was not checked then.
          briefingCovers(s, f.briefing(), sink);
        }
      }
      case TEAM_MEMBER_ADDED -> {
        Fact.TeamMemberAdded f = (Fact.TeamMemberAdded) fact;
        if (team.members().containsKey(f.member())) {
          sink.refuse(ViolationCode.ALREADY_TEAM_MEMBER, "member", () -> f.member() + " is already in the team of incident "
              + s.id() + " as " + team.members().get(f.member()));
        }
        limit(s, team.members().size(), IncidentDecider.MAX_TEAM_MEMBERS, "team members", sink);
      }
      case TEAM_MEMBER_REMOVED -> {
        Fact.TeamMemberRemoved f = (Fact.TeamMemberRemoved) fact;
        if (!team.members().containsKey(f.member())) {
          sink.refuse(ViolationCode.NOT_TEAM_MEMBER, "member", () -> f.member() + " is not in the team of incident " + s.id());
        }
      }
      case TEAM_MOBILISED -> {
        if (team.manager() == null) {
          sink.refuse(ViolationCode.MANAGER_MISSING, null,
              () -> "mobilising incident " + s.id() + " needs a Major Incident Manager");
        }
        if (team.resolverGroups().isEmpty()) {
          sink.refuse(ViolationCode.RESOLVER_GROUP_MISSING, null,
              () -> "mobilising incident " + s.id() + " needs at least one resolver group");
        }
      }
      case INCIDENT_REPRIORITISED -> reprioritised(s, (Fact.IncidentReprioritised) fact, sink);
      case CHILD_LINKED -> {
        Fact.ChildLinked f = (Fact.ChildLinked) fact;
        if (f.child().equals(s.id())) {
          sink.refuse(ViolationCode.CHILD_IS_SELF, "child", () -> "incident " + s.id() + " cannot be its own child");
        } else if (s.children().contains(f.child())) {
          sink.refuse(ViolationCode.CHILD_ALREADY_LINKED, "child",
              () -> "incident " + f.child() + " is already linked to " + s.id());
        }
        limit(s, s.children().size(), IncidentDecider.MAX_CHILDREN, "child incidents", sink);
      }
      case SERVICE_RESTORED -> restored(s, (Fact.ServiceRestored) fact, sink);
      case INCIDENT_REOPENED -> {
        // The policy's window is trusted, but no policy allows more than the longest window.
        Instant last = s.resolution().restoredAt().plus(PolicySet.MAX_VERIFICATION_WINDOW);
        if (!at.isBefore(last)) {
          sink.refuse(ViolationCode.VERIFICATION_WINDOW_ELAPSED, null, () -> "incident " + s.id() + " was restored at "
              + s.resolution().restoredAt() + "; no verification window reaches " + at);
        }
      }
      case STAKEHOLDER_UPDATE_RECORDED -> {
        Fact.StakeholderUpdateRecorded f = (Fact.StakeholderUpdateRecorded) fact;
        Instant next = f.update().nextUpdateAt();
        if (next != null && next.isBefore(at)) {
          sink.refuse(ViolationCode.NEXT_UPDATE_IN_PAST, "update.nextUpdateAt", () -> "the update to "
              + f.update().audience() + " on incident " + s.id() + " promises the next update at " + next
              + ", before it was sent at " + at);
        }
      }
      case UPDATES_SNOOZED -> {
        Fact.UpdatesSnoozed f = (Fact.UpdatesSnoozed) fact;
        if (!f.until().isAfter(at) || f.until().isAfter(at.plus(Action.MAX_SNOOZE))) {
          sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "until", () -> "a snooze at " + at + " must end after it and "
              + "at most " + Action.MAX_SNOOZE + " later, was until " + f.until());
        }
      }
      case FINDINGS_RECORDED, REVIEW_SUBMITTED, REVIEW_ACTION_ADDED, REVIEW_ACTION_ASSIGNED, REVIEW_ACTION_DONE,
          REVIEW_ACTION_DROPPED, REVIEW_COMPLETED, INCIDENT_CLOSED -> ReviewHistory.check(s, event, sink);
      case ACKNOWLEDGED -> acknowledged(s, (Fact.Acknowledged) fact, event.actor(), sink);
      case ESCALATION_RECORDED -> {
        Fact.EscalationRecorded f = (Fact.EscalationRecorded) fact;
        if (EscalationClock.anchor(s, f.condition()) == null) {
          sink.refuse(ViolationCode.ESCALATION_CONDITION_CLEARED, "condition", () -> "incident " + s.id() + " is "
              + s.status() + ": " + f.condition() + " does not hold");
        } else if (f.level() <= EscalationClock.levelSent(s, f.condition())) {
          sink.refuse(ViolationCode.ESCALATION_ALREADY_SENT, "level", () -> "level " + f.level() + " of "
              + f.condition() + " was sent already for incident " + s.id());
        }
      }
      case ESCALATIONS_HELD -> {
        if (s.escalations().held()) {
          sink.refuse(ViolationCode.ESCALATIONS_ALREADY_HELD, null, () -> "escalations of incident " + s.id()
              + " are held already");
        }
        limit(s, s.escalations().holds().size(), EscalationLog.MAX_HOLDS, "escalation holds", sink);
      }
      case ESCALATIONS_RESUMED -> {
        if (!s.escalations().held()) {
          sink.refuse(ViolationCode.ESCALATIONS_NOT_HELD, null, () -> "escalations of incident " + s.id()
              + " are not held");
        }
      }
      default -> {
        // VALIDATION_RECORDED, RESOLUTION_STARTED, WORKAROUND_APPLIED,
        // PERMANENT_FIX_APPLIED, REVIEW_STARTED: the transition table is the whole rule.
      }
    }
  }

  private static void declared(IncidentState s, Fact.MajorIncidentDeclared f, Sink sink) {
    if (s.hasConfirmingEvidence()) {
      if (f.withoutEvidence()) {
        sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "withoutEvidence",
            () -> "incident " + s.id() + " has confirming evidence, so it was not declared without it");
      }
    } else if (s.hasRefutingEvidence()) {
      sink.refuse(ViolationCode.VALIDATION_REFUTED, null, () -> "candidate " + s.id() + " has only refuting evidence "
          + s.evidence() + "; downgrade it, or record confirming evidence first");
    } else if (!f.withoutEvidence()) {
      sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "withoutEvidence",
          () -> "incident " + s.id() + " has no validation evidence, so it was declared without it");
    }
  }

  /** A briefing says what every audience updated so far was last told. */
  static void briefingCovers(IncidentState s, Briefing briefing, Sink sink) {
    List<Audience> missing = new ArrayList<>();
    for (Audience a : s.communications().lastUpdates().keySet()) {
      if (!briefing.covers(a)) {
        missing.add(a);
      }
    }
    if (!missing.isEmpty()) {
      sink.refuse(ViolationCode.BRIEFING_INCOMPLETE, "briefing.audiences", () -> "the briefing for incident " + s.id()
          + " must say what each audience updated so far was last told; missing " + missing);
    }
  }

  private static void acknowledged(IncidentState s, Fact.Acknowledged f, Actor actor, Sink sink) {
    Team team = s.team();
    if (f.group() != null) {
      if (!team.resolverGroups().contains(f.group())) {
        sink.refuse(ViolationCode.RESOLVER_GROUP_NOT_ENGAGED, "group", () -> "resolver group " + f.group()
            + " is not engaged on incident " + s.id());
      } else if (team.acknowledgedGroups().contains(f.group())) {
        sink.refuse(ViolationCode.ALREADY_ACKNOWLEDGED, "group", () -> "resolver group " + f.group()
            + " acknowledged incident " + s.id() + " already");
      }
    } else if (team.manager() == null) {
      sink.refuse(ViolationCode.MANAGER_MISSING, null, () -> "incident " + s.id() + " has no manager to acknowledge");
    } else if (!team.manager().equals(actor)) {
      sink.refuseAt(ViolationCode.NOT_THE_MANAGER, "actor", () -> actor + " is not the manager of incident " + s.id()
          + " (" + team.manager() + " is)");
    } else if (team.managerAcknowledged()) {
      sink.refuse(ViolationCode.ALREADY_ACKNOWLEDGED, null, () -> actor + " acknowledged incident " + s.id()
          + " already, at " + team.managerAcknowledgedAt());
    }
  }

  private static void handedOver(IncidentState s, Fact.ManagerHandedOver f, Sink sink) {
    if (s.team().manager() == null) {
      sink.refuse(ViolationCode.MANAGER_MISSING, null, () -> "incident " + s.id() + " has no manager to hand over from");
      return;
    }
    if (!s.team().manager().equals(f.previousManager())) {
      sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "previousManager", () -> "incident " + s.id()
          + "'s manager is " + s.team().manager() + ", not " + f.previousManager());
    }
    if (s.team().manager().equals(f.newManager())) {
      sink.refuse(ViolationCode.SAME_MANAGER, "newManager",
          () -> f.newManager() + " is already the manager of incident " + s.id());
    }
  }

  private static void reprioritised(IncidentState s, Fact.IncidentReprioritised f, Sink sink) {
    if (!f.previousPriority().equals(s.classification().priority())) {
      sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "previousPriority", () -> "incident " + s.id() + " is "
          + s.classification().priority() + ", not " + f.previousPriority());
    }
    if (f.impact().equals(s.classification().impact()) && f.urgency().equals(s.classification().urgency())) {
      sink.refuse(ViolationCode.PRIORITY_UNCHANGED, null, () -> "incident " + s.id() + " already has "
          + f.impact() + " and " + f.urgency());
    }
  }

  private static void restored(IncidentState s, Fact.ServiceRestored f, Sink sink) {
    if (!s.resolution().hasRestorationMeans()) {
      sink.refuse(ViolationCode.RESTORATION_MEANS_MISSING, null, () -> "incident " + s.id()
          + " cannot be restored without a workaround or a permanent fix in place");
      return;
    }
    RestorationMeans means = restorationMeans(s);
    if (f.means() != means) {
      sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "means", () -> "incident " + s.id() + " can only be restored by "
          + means + " (what is in place), not " + f.means());
    }
    if (!f.restoredChildren().equals(s.children().toList())) {
      sink.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "restoredChildren", () -> "restoring incident " + s.id()
          + " restores its " + s.children().size() + " linked children " + s.children() + ", not "
          + f.restoredChildren());
    }
  }

  /** How restoring now would restore service: by the permanent fix when one is in place, else the workaround. */
  static RestorationMeans restorationMeans(IncidentState s) {
    return s.resolution().fixChange() != null ? RestorationMeans.PERMANENT_FIX : RestorationMeans.WORKAROUND;
  }

  static void limit(IncidentState s, int current, int max, String what, Sink sink) {
    if (current >= max) {
      sink.refuse(ViolationCode.LIMIT_EXCEEDED, null, () -> "incident " + s.id() + " already has "
          + current + " " + what + ", the most allowed");
    }
  }
}
