package dev.mim.testkit.internal;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.TimeRange;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actions of every kind, with parameters from small pools: the generators draw from it and the explorer
 * enumerates it. Every value of every enum parameter is in its pool (sources, evidence kinds, hand-over reasons,
 * team roles, escalation conditions), as are mim's well-known audiences and roles and every impact and urgency of
 * the priority matrix in use; the other pools are small on purpose, so that duplicates, repeats and refusals
 * happen. The first option of every pool is the one that moves an incident on (a P1 on the payments service,
 * confirming evidence, a complete briefing), so that a shrunk counterexample reads like the happy path it left.
 * A kind without a curated entry (a command added since) is derived from its record by {@link DerivedActions}, so
 * the generators and the explorer take it up without an edit here.
 */
public final class ActionCatalogue {

  /** The people commands name: the first is who the happy path makes the manager. */
  public static final List<Actor> CAST = List.of(Actor.of("amy"), Actor.of("bob"), Actor.of("carol"));

  static final List<ServiceId> SERVICES =
      List.of(ServiceId.of("payments"), ServiceId.of("ledger"), ServiceId.of("intranet"));
  static final List<ResolverGroup> GROUPS = List.of(ResolverGroup.of("network"), ResolverGroup.of("database"));
  /**
   * Every evidence kind, a resolver group's confirmation first (the happy path's), confirming and refuting kinds
   * alternating after it.
   */
  private static final List<EvidenceKind> EVIDENCE = evidence();
  private static final List<EvidenceKind> REFUTING =
      java.util.Arrays.stream(EvidenceKind.values()).filter(EvidenceKind::refutes).toList();
  static final List<Audience> AUDIENCES = List.of(Audience.EXECUTIVES, Audience.AFFECTED_CUSTOMERS,
      Audience.SERVICE_DESK, Audience.TECHNICAL_TEAMS, Audience.REGULATOR);
  static final List<Role> ROLES = List.of(Role.MAJOR_INCIDENT_MANAGER, Role.SERVICE_DESK_AGENT,
      Role.RESOLVER, Role.COMMUNICATIONS_LEAD, Role.PROBLEM_MANAGER, Role.OBSERVER, Role.AUTOMATION);
  private static final List<String> ITEMS = List.of("A1", "A2");

  private ActionCatalogue() {}

  private static List<EvidenceKind> evidence() {
    List<EvidenceKind> confirming = new java.util.ArrayList<>(List.of(EvidenceKind.RESOLVER_GROUP_CONFIRMED));
    List<EvidenceKind> refuting = new java.util.ArrayList<>();
    for (EvidenceKind kind : EvidenceKind.values()) {
      if (kind != EvidenceKind.RESOLVER_GROUP_CONFIRMED) {
        (kind.refutes() ? refuting : confirming).add(kind);
      }
    }
    List<EvidenceKind> out = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(confirming.size(), refuting.size()); i++) {
      if (i < confirming.size()) {
        out.add(confirming.get(i));
      }
      if (i < refuting.size()) {
        out.add(refuting.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * An action of {@code kind} for {@code state}.
   *
   * @param kind the kind
   * @param state the state it will be decided against (for the escalations due, the items of the review)
   * @param c where the parameters come from
   * @param at when it will be decided
   * @param policies the policies it will be decided under: their matrix gives the impacts and urgencies, their
   *     escalation policy the escalations due, for a {@code RecordEscalation}
   * @return the action
   */
  public static Action action(ActionKind kind, IncidentState state, Choices c, Instant at, PolicySet policies) {
    PriorityMatrix matrix = policies.priorityMatrix();
    switch (kind) {
      case IDENTIFY:
        return new IdentificationAction.Identify(IdentificationSource.values()[c.pick(IdentificationSource.values().length)],
            Set.of(c.pick(SERVICES)), Impact.of(1 + c.pick(matrix.impactLevels())),
            Urgency.of(1 + c.pick(matrix.urgencyLevels())), c.required("Payments failing"), firstSignal(c, at));
      case ENGAGE_RESOLVER_GROUP:
        return new IdentificationAction.EngageResolverGroup(c.pick(GROUPS), c.pick(2) == 0);
      case RECORD_VALIDATION:
      {
        EvidenceKind evidence = c.pick(EVIDENCE);
        return new IdentificationAction.RecordValidation(evidence, "checked",
            evidence == EvidenceKind.DUPLICATE ? IncidentId.of("MI-0") : null);
      }
      case DECLARE:
        return new IdentificationAction.Declare(null);
      case DOWNGRADE:
      {
        boolean cited = c.pick(2) == 1;
        EvidenceKind refuting = c.pick(REFUTING);
        return new IdentificationAction.Downgrade(c.required("not a major incident"), cited ? refuting : null);
      }
      case ASSIGN_MANAGER:
        return new ContainmentAction.AssignManager(c.pick(CAST));
      case HAND_OVER_MANAGER:
        return ContainmentAction.HandOverManager.withStatus(c.pick(CAST), HandoverReason.values()[c.pick(HandoverReason.values().length)],
            c.required("bridge open, failover under way"));
      case ADD_TEAM_MEMBER:
        return new ContainmentAction.AddTeamMember(c.pick(CAST), TeamRole.values()[c.pick(TeamRole.values().length)]);
      case REMOVE_TEAM_MEMBER:
        return new ContainmentAction.RemoveTeamMember(c.pick(CAST));
      case MOBILISE:
        return new ContainmentAction.Mobilise(null);
      case REPRIORITISE:
        // One impact beyond the matrix's, where the levels allow it: refused as outside the matrix.
        return new IdentificationAction.Reprioritise(
            Impact.of(1 + c.pick(Math.min(matrix.impactLevels() + 1, PriorityMatrix.MAX_LEVELS))),
            Urgency.of(1 + c.pick(matrix.urgencyLevels())), c.required("impact reassessed"));
      case LINK_CHILD:
      {
        int child = c.pick(3);
        // The third option is the incident itself: refused, an incident is not its own child.
        return new IdentificationAction.LinkChild(child == 2 && state.id() != null ? state.id()
            : IncidentId.of("INC-" + (1 + child % 2)));
      }
      case START_RESOLUTION:
        return new ResolutionAction.StartResolution(c.required("fail over"), c.pick(2) == 0 ? ChangeRef.of("CHG-1") : null, c.pick(2) == 1);
      case APPLY_WORKAROUND:
        return new ResolutionAction.ApplyWorkaround(c.required("traffic on the standby"));
      case APPLY_PERMANENT_FIX:
        return new ResolutionAction.ApplyPermanentFix(c.pick(2) == 0 ? ChangeRef.of("CHG-2") : null, c.required("pool resized"));
      case CONFIRM_RESTORATION:
        return new ResolutionAction.ConfirmRestoration(null);
      case REOPEN:
        return new ResolutionAction.Reopen(c.required("failing again"));
      case RECORD_STAKEHOLDER_UPDATE:
        return new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.builder().audience(c.pick(AUDIENCES))
            .summary(c.required("payments degraded, next update in 30 minutes"))
            .nextUpdateAt(nextUpdate(c, at)).build());
      case SNOOZE_UPDATES:
        return new CommunicationAction.SnoozeUpdates(c.pick(AUDIENCES), Duration.ofMinutes(30L * (1 + c.pick(4))),
            c.required("waiting for the vendor"));
      case START_REVIEW:
      {
        Actor facilitator = c.pick(CAST);
        return new MaintenanceAction.StartReview(c.pick(2) == 0 ? facilitator : null);
      }
      case RECORD_FINDINGS:
        return new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary(c.required("payments down for an hour"))
            .rootCause(c.pick(3) == 2 ? null : "connection pool too small")
            .problem(c.pick(2) == 1 ? ProblemRef.of("PRB-1") : null).build());
      case SUBMIT_REVIEW:
        return new MaintenanceAction.SubmitReview(null);
      case ADD_REVIEW_ACTION:
        // Now and then without an owner: closing is then refused until someone is assigned.
        return new MaintenanceAction.AddReviewAction(c.pick(ITEMS), c.required("add a capacity alarm"),
            c.pick(CAST.size() + 1) == CAST.size() ? null : c.pick(CAST),
            LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14), null, null);
      case ASSIGN_REVIEW_ACTION:
        return new MaintenanceAction.AssignReviewAction(c.pick(ITEMS), c.pick(CAST), LocalDate.ofInstant(at, ZoneOffset.UTC));
      case COMPLETE_REVIEW_ACTION:
        return new MaintenanceAction.CompleteReviewAction(c.pick(ITEMS), null);
      case DROP_REVIEW_ACTION:
        return new MaintenanceAction.DropReviewAction(c.pick(ITEMS), c.required("superseded"));
      case COMPLETE_REVIEW:
        return new MaintenanceAction.CompleteReview(null);
      case CLOSE:
        return new MaintenanceAction.Close(null);
      case ACKNOWLEDGE:
        return c.pick(2) == 0 ? new EscalationAction.Acknowledge() : new EscalationAction.Acknowledge(c.pick(GROUPS));
      case RECORD_ESCALATION:
        return escalation(state, c, at, policies.escalation());
      case HOLD_ESCALATIONS:
        return new EscalationAction.HoldEscalations(c.required("waiting for the vendor"));
      case RESUME_ESCALATIONS:
        return new EscalationAction.ResumeEscalations(null);
      case DECLINE:
        return new TriageAction.Decline(c.required("a planned test, not an incident"));
      case MARK_DUPLICATE:
        // The second option is the incident itself: refused, an incident is not its own duplicate.
        return new TriageAction.MarkDuplicate(c.pick(2) == 1 && state.id() != null ? state.id()
            : IncidentId.of("MI-0"), c.required("the same failure as MI-0"));
      case MERGE_DUPLICATE:
      {
        // One duplicate, with or without a child already linked here: a second merge, or a linked child, is refused.
        // The pools are small because each merge is a new state, met in six statuses by every walk and exploration.
        Set<IncidentId> children = c.pick(2) == 0 ? Set.of() : Set.of(IncidentId.of("INC-1"));
        Instant signal = at.minus(Duration.ofMinutes(20));
        return new TriageAction.MergeDuplicate(IncidentId.of("MI-10"), children,
            TimeRange.contains(signal) ? signal : at);
      }
      case LINK_CAUSING_CHANGE:
        // One change, suspected or confirmed: a second link is refused unless it confirms a suspected one.
        return new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-7"), c.pick(2) == 1, null);
      default:
        // A kind with no curated entry yet: built from its record, each component drawn by its type.
        return DerivedActions.derive(kind, c, at, matrix);
    }
  }

  /**
   * When the first signal came, in minutes before the identification: not given, then earlier and earlier, and
   * last an hour after it (refused). Six options, so that the explorer's variants (one per option of the largest
   * pool, the five sources) take only signals that came first; random draws take the late one too.
   */
  private static final List<Integer> FIRST_SIGNAL_MINUTES_BEFORE = java.util.Arrays.asList(null, 5, 1, 15, 60, -60);

  /** When the first signal came, from {@link #FIRST_SIGNAL_MINUTES_BEFORE}; never outside the instants accepted. */
  private static @Nullable Instant firstSignal(Choices c, Instant at) {
    Integer before = c.pick(FIRST_SIGNAL_MINUTES_BEFORE);
    Instant first = before == null ? null : at.minus(Duration.ofMinutes(before));
    return first == null || TimeRange.contains(first) ? first : null;
  }

  /** The next update promised: none, in half an hour, or half an hour ago (refused); always an instant accepted. */
  private static @Nullable Instant nextUpdate(Choices c, Instant at) {
    Instant next = switch (c.pick(3)) {
      case 1 -> at.plus(Duration.ofMinutes(30));
      case 2 -> at.minus(Duration.ofMinutes(30));
      default -> null;
    };
    return next == null || TimeRange.contains(next) ? next : null;
  }

  /** One of the escalations the policy has due (as a host would send it), or one nobody asked for. */
  private static Action escalation(IncidentState state, Choices c, Instant at, EscalationPolicy policy) {
    List<Escalation> due;
    try {
      due = state.classification() == null ? List.of() : policy.due(state, at);
    } catch (RuntimeException hostFault) {
      due = List.of(); // the decider refuses the command with policy-failed; the catalogue just offers one
    }
    if (due == null || due.isEmpty() || due.contains(null) || c.pick(4) == 3) {
      return new EscalationAction.RecordEscalation(EscalationCondition.values()[c.pick(EscalationCondition.values().length)],
          1 + c.pick(2), List.of(EscalationTarget.role(c.pick(ROLES))), null);
    }
    Escalation e = c.pick(due);
    return new EscalationAction.RecordEscalation(e.condition(), e.level(), e.targets(), null);
  }
}
