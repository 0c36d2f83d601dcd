package dev.mim.core.lifecycle;

import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.Team;
import dev.mim.core.incident.Transitions;
import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The major-incident lifecycle as a pure decider: {@link #decide} turns a command into the events it causes or a
 * rejection; {@link #evolve} folds an event into the state; {@link #replay} rebuilds a state from its events.
 *
 * <p>Pure: no clock is read (time arrives with the command), nothing is stored, nothing is shared between calls.
 * The {@link Transitions} table decides which actions are legal in which status; the rules below decide the rest.
 *
 * <p>Limits per incident, refused with {@link ViolationCode#LIMIT_EXCEEDED}: {@value #MAX_TEAM_MEMBERS} team
 * members, {@value #MAX_RESOLVER_GROUPS} resolver groups, {@value #MAX_CHILDREN} children,
 * {@value #MAX_REVIEW_ACTIONS} review action items.
 */
public final class IncidentDecider {

  /** The most team members an incident may have. */
  public static final int MAX_TEAM_MEMBERS = 200;

  /** The most resolver groups an incident may engage. */
  public static final int MAX_RESOLVER_GROUPS = 50;

  /** The most child incidents an incident may link. */
  public static final int MAX_CHILDREN = 10_000;

  /** The most action items a review may hold. */
  public static final int MAX_REVIEW_ACTIONS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(IncidentDecider.class);

  private IncidentDecider() {}

  /** @return the state before any event: status {@link IncidentStatus#NONE}, version 0 */
  public static IncidentState initialState() {
    return IncidentState.initial();
  }

  /**
   * Decides what {@code command} does to the incident in {@code state}.
   *
   * <p>Refused, with nothing changed: a command for another incident ({@code incident-mismatch}), with an
   * expected version other than the state's ({@code version-conflict}), dated before the last event
   * ({@code out-of-order}), whose action the transition table does not allow in the current status
   * ({@code illegal-transition}), or that breaks a rule of the practice (see {@link ViolationCode}).
   *
   * @param state the incident's current state, {@link #initialState()} for a new one
   * @param command what is asked, by whom and when
   * @param context the policies to apply, for example the tenant's {@link PolicySet}
   * @return {@link Decision.Accepted} with the events, the new state and any advisories, or
   *     {@link Decision.Rejected} with the unchanged state and at least one violation
   * @throws IllegalArgumentException when an argument is null (misuse, not a business refusal)
   */
  public static Decision decide(IncidentState state, IncidentCommand command, PolicySet context) {
    Checks.notNull("state", state);
    Checks.notNull("command", command);
    Checks.notNull("context", context);
    Verdict v = new Verdict(state, command);
    if (state.id() != null && !state.id().equals(command.incidentId())) {
      v.refuse(ViolationCode.INCIDENT_MISMATCH, "incidentId",
          "command is for incident " + command.incidentId() + " but the state is of incident " + state.id());
      return v.rejected();
    }
    checkEnvelope(v, state, command);
    if (v.refused()) {
      return v.rejected();
    }
    Fact fact = decideFact(v, state, command, context);
    if (v.refused()) {
      return v.rejected();
    }
    IncidentEvent event =
        IncidentEvent.of(command.incidentId(), state.version() + 1, command.occurredAt(), command.actor(), fact);
    return new Decision.Accepted(List.of(event), state.evolve(event), v.advisories());
  }

  /**
   * Folds {@code event} into {@code state}; the same as {@link IncidentState#evolve}.
   *
   * @param state the state before the event
   * @param event the next event
   * @return the state after it
   * @throws IllegalArgumentException when the event does not follow the state (see {@link IncidentState#evolve})
   */
  public static IncidentState evolve(IncidentState state, IncidentEvent event) {
    return Checks.notNull("state", state).evolve(event);
  }

  /**
   * Rebuilds an incident's state from its events, in order.
   *
   * @param events the incident's whole history
   * @return the state they lead to; {@link #initialState()} for no events
   * @throws IllegalArgumentException when the events are not one incident's history in order
   */
  public static IncidentState replay(Iterable<IncidentEvent> events) {
    Checks.notNull("events", events);
    IncidentState state = IncidentState.initial();
    for (IncidentEvent e : events) {
      state = state.evolve(e);
    }
    return state;
  }

  private static void checkEnvelope(Verdict v, IncidentState state, IncidentCommand command) {
    Long expected = command.expectedVersion();
    if (expected != null && expected != state.version()) {
      v.refuse(ViolationCode.VERSION_CONFLICT, "expectedVersion", "incident " + command.incidentId()
          + " is at version " + state.version() + ", the command expected " + expected);
    }
    Instant last = state.lastEventAt();
    if (last != null && command.occurredAt().isBefore(last)) {
      v.refuse(ViolationCode.OUT_OF_ORDER, "occurredAt", "command at " + command.occurredAt()
          + " is before incident " + command.incidentId() + "'s last event at " + last);
    }
    ActionKind kind = command.action().kind();
    IncidentStatus to = Transitions.target(state.status(), kind);
    if (to == null) {
      v.refuse(ViolationCode.ILLEGAL_TRANSITION, "action", "incident " + command.incidentId() + " cannot "
          + kind + " in status " + state.status() + "; legal there: " + Transitions.legalActions(state.status()));
    }
  }

  private static Fact decideFact(Verdict v, IncidentState s, IncidentCommand command, PolicySet context) {
    Action action = command.action();
    Team team = s.team();
    switch (action.kind()) {
      case IDENTIFY: {
        Action.Identify a = (Action.Identify) action;
        PriorityMatrix matrix = context.priorityMatrix();
        List<BusinessService> services = services(v, context, a.affectedServices(), command.incidentId(), true);
        if (!checkMatrix(v, matrix, a.impact(), a.urgency()) || services == null) {
          return null;
        }
        Priority priority = matrix.priorityOf(a.impact(), a.urgency());
        Boolean major = askThreshold(v, context, priority, services, command.incidentId());
        if (major == null) {
          return null;
        }
        if (!major) {
          v.advise(AdvisoryCode.BELOW_MAJOR_THRESHOLD, "candidate " + command.incidentId() + " is " + priority
              + " on " + a.affectedServices() + ", below the major-incident threshold ("
              + context.majorIncidentThreshold() + "); validate it and downgrade it if it is not major");
        }
        return new Fact.CandidateIdentified(a.source(), a.affectedServices(), a.impact(), a.urgency(), priority,
            a.summary());
      }
      case ENGAGE_RESOLVER_GROUP: {
        Action.EngageResolverGroup a = (Action.EngageResolverGroup) action;
        if (team.resolverGroups().contains(a.group())) {
          v.refuse(ViolationCode.RESOLVER_GROUP_ALREADY_ENGAGED, "action.group",
              "resolver group " + a.group() + " is already engaged on incident " + s.id());
        }
        if (a.primary() && team.primaryGroup() != null) {
          v.refuse(ViolationCode.PRIMARY_RESOLVER_GROUP_EXISTS, "action.primary",
              "incident " + s.id() + " already has primary resolver group " + team.primaryGroup());
        }
        v.limit(team.resolverGroups().size(), MAX_RESOLVER_GROUPS, "resolver groups");
        return new Fact.ResolverGroupEngaged(a.group(), a.primary());
      }
      case RECORD_VALIDATION: {
        Action.RecordValidation a = (Action.RecordValidation) action;
        if (team.primaryGroup() == null) {
          v.advise(AdvisoryCode.NO_PRIMARY_RESOLVER_GROUP, "incident " + s.id()
              + " is being validated while no primary resolver group is engaged; engage it now to save time");
        }
        return new Fact.ValidationRecorded(a.evidence(), a.detail());
      }
      case DECLARE: {
        Action.Declare a = (Action.Declare) action;
        boolean withoutEvidence = s.evidence().isEmpty();
        if (withoutEvidence) {
          Boolean allowed = askDeclarationPolicy(v, s, context);
          if (allowed == null) {
            return null;
          }
          if (!allowed) {
            v.refuse(ViolationCode.VALIDATION_EVIDENCE_MISSING, null, "candidate " + s.id()
                + " has no validation evidence and the declaration policy does not allow declaring without it");
            return null;
          }
          v.advise(AdvisoryCode.DECLARED_WITHOUT_EVIDENCE,
              "incident " + s.id() + " was declared without validation evidence, as the declaration policy allows");
        }
        return new Fact.MajorIncidentDeclared(withoutEvidence, a.note());
      }
      case DOWNGRADE:
        return new Fact.IncidentDowngraded(s.status(), ((Action.Downgrade) action).reason());
      case ASSIGN_MANAGER: {
        Action.AssignManager a = (Action.AssignManager) action;
        if (team.manager() != null) {
          v.refuse(ViolationCode.MANAGER_ALREADY_ASSIGNED, "action.manager", "incident " + s.id()
              + " already has manager " + team.manager() + "; hand the role over instead");
        }
        return new Fact.ManagerAssigned(a.manager());
      }
      case HAND_OVER_MANAGER: {
        Action.HandOverManager a = (Action.HandOverManager) action;
        if (team.manager() == null) {
          v.refuse(ViolationCode.MANAGER_MISSING, null, "incident " + s.id() + " has no manager to hand over from");
        } else if (team.manager().equals(a.newManager())) {
          v.refuse(ViolationCode.SAME_MANAGER, "action.newManager",
              a.newManager() + " is already the manager of incident " + s.id());
        }
        return new Fact.ManagerHandedOver(team.manager() == null ? a.newManager() : team.manager(),
            a.newManager(), a.reason(), a.briefing());
      }
      case ADD_TEAM_MEMBER: {
        Action.AddTeamMember a = (Action.AddTeamMember) action;
        if (team.members().containsKey(a.member())) {
          v.refuse(ViolationCode.ALREADY_TEAM_MEMBER, "action.member", a.member() + " is already in the team of incident "
              + s.id() + " as " + team.members().get(a.member()));
        }
        v.limit(team.members().size(), MAX_TEAM_MEMBERS, "team members");
        return new Fact.TeamMemberAdded(a.member(), a.role());
      }
      case REMOVE_TEAM_MEMBER: {
        Action.RemoveTeamMember a = (Action.RemoveTeamMember) action;
        if (!team.members().containsKey(a.member())) {
          v.refuse(ViolationCode.NOT_TEAM_MEMBER, "action.member",
              a.member() + " is not in the team of incident " + s.id());
        }
        return new Fact.TeamMemberRemoved(a.member());
      }
      case MOBILISE: {
        if (team.manager() == null) {
          v.refuse(ViolationCode.MANAGER_MISSING, null,
              "mobilising incident " + s.id() + " needs a Major Incident Manager");
        }
        if (team.resolverGroups().isEmpty()) {
          v.refuse(ViolationCode.RESOLVER_GROUP_MISSING, null,
              "mobilising incident " + s.id() + " needs at least one resolver group");
        }
        return new Fact.TeamMobilised(((Action.Mobilise) action).note());
      }
      case REPRIORITISE: {
        Action.Reprioritise a = (Action.Reprioritise) action;
        PriorityMatrix matrix = context.priorityMatrix();
        if (!checkMatrix(v, matrix, a.impact(), a.urgency())) {
          return null;
        }
        if (a.impact().equals(s.classification().impact()) && a.urgency().equals(s.classification().urgency())) {
          v.refuse(ViolationCode.PRIORITY_UNCHANGED, "action", "incident " + s.id() + " already has "
              + a.impact() + " and " + a.urgency());
          return null;
        }
        Priority before = s.classification().priority();
        Priority after = matrix.priorityOf(a.impact(), a.urgency());
        List<BusinessService> services = services(v, context, s.classification().affectedServices(), s.id(), false);
        Boolean wasMajor = services == null ? null : askThreshold(v, context, before, services, s.id());
        Boolean isMajor = wasMajor == null ? null : askThreshold(v, context, after, services, s.id());
        if (isMajor == null) {
          return null;
        }
        if (wasMajor.booleanValue() != isMajor.booleanValue()) {
          v.advise(AdvisoryCode.CROSSED_MAJOR_THRESHOLD, "incident " + s.id() + " moved from " + before + " to "
              + after + ", " + (isMajor ? "up across" : "down below") + " the major-incident threshold ("
              + context.majorIncidentThreshold() + ")" + (isMajor ? "" : "; consider a downgrade"));
        }
        return new Fact.IncidentReprioritised(a.impact(), a.urgency(), after, before, a.reason());
      }
      case LINK_CHILD: {
        Action.LinkChild a = (Action.LinkChild) action;
        if (a.child().equals(s.id())) {
          v.refuse(ViolationCode.CHILD_IS_SELF, "action.child", "incident " + s.id() + " cannot be its own child");
        } else if (s.children().contains(a.child())) {
          v.refuse(ViolationCode.CHILD_ALREADY_LINKED, "action.child",
              "incident " + a.child() + " is already linked to " + s.id());
        }
        v.limit(s.children().size(), MAX_CHILDREN, "child incidents");
        return new Fact.ChildLinked(a.child());
      }
      case START_RESOLUTION: {
        Action.StartResolution a = (Action.StartResolution) action;
        if (a.plan() == null) {
          v.refuse(ViolationCode.RESOLUTION_PLAN_MISSING, "action.plan",
              "starting resolution of incident " + s.id() + " needs a resolution plan");
        }
        if (a.change() == null) {
          v.refuse(ViolationCode.CHANGE_REFERENCE_MISSING, "action.change",
              "starting resolution of incident " + s.id() + " needs a change reference: resolution is a change");
        }
        if (v.refused()) {
          return null;
        }
        if (a.emergencyChange()) {
          v.advise(AdvisoryCode.EMERGENCY_CHANGE,
              "change " + a.change() + " for incident " + s.id() + " is an emergency change: get it approved");
        }
        return new Fact.ResolutionStarted(a.plan(), a.change(), a.emergencyChange());
      }
      case APPLY_WORKAROUND:
        return new Fact.WorkaroundApplied(((Action.ApplyWorkaround) action).description());
      case APPLY_PERMANENT_FIX: {
        Action.ApplyPermanentFix a = (Action.ApplyPermanentFix) action;
        if (a.change() == null) {
          v.refuse(ViolationCode.CHANGE_REFERENCE_MISSING, "action.change",
              "a permanent fix for incident " + s.id() + " needs the change that implements it");
          return null;
        }
        return new Fact.PermanentFixApplied(a.change(), a.description());
      }
      case CONFIRM_RESTORATION: {
        if (!s.resolution().hasRestorationMeans()) {
          v.refuse(ViolationCode.RESTORATION_MEANS_MISSING, null, "incident " + s.id()
              + " cannot be restored without a workaround or a permanent fix in place");
          return null;
        }
        RestorationMeans means =
            s.resolution().fixChange() != null ? RestorationMeans.PERMANENT_FIX : RestorationMeans.WORKAROUND;
        return new Fact.ServiceRestored(means, s.children().toList(), ((Action.ConfirmRestoration) action).note());
      }
      case REOPEN: {
        Instant deadline = s.resolution().restoredAt().plus(context.verificationWindow());
        if (command.occurredAt().isAfter(deadline)) {
          v.refuse(ViolationCode.VERIFICATION_WINDOW_ELAPSED, "occurredAt", "incident " + s.id()
              + " was restored at " + s.resolution().restoredAt() + "; its verification window of "
              + context.verificationWindow() + " ended at " + deadline + ", before " + command.occurredAt());
          return null;
        }
        return new Fact.IncidentReopened(((Action.Reopen) action).reason());
      }
      case RECORD_STAKEHOLDER_UPDATE: {
        StakeholderUpdate update = ((Action.RecordStakeholderUpdate) action).update();
        if (update.nextUpdateAt() != null && update.nextUpdateAt().isBefore(command.occurredAt())) {
          v.refuse(ViolationCode.NEXT_UPDATE_IN_PAST, "action.update.nextUpdateAt", "the update to "
              + update.audience() + " on incident " + s.id() + " promises the next update at "
              + update.nextUpdateAt() + ", before it was sent at " + command.occurredAt());
          return null;
        }
        return new Fact.StakeholderUpdateRecorded(update);
      }
      case SNOOZE_UPDATES: {
        Action.SnoozeUpdates a = (Action.SnoozeUpdates) action;
        return new Fact.UpdatesSnoozed(a.audience(), command.occurredAt().plus(a.length()), a.reason());
      }
      case START_REVIEW:
        return new Fact.ReviewStarted(((Action.StartReview) action).reviewer());
      case ADD_REVIEW_ACTION: {
        Action.AddReviewAction a = (Action.AddReviewAction) action;
        checkReviewOpen(v, s);
        if (s.review().actions().containsKey(a.actionId())) {
          v.refuse(ViolationCode.REVIEW_ACTION_EXISTS, "action.actionId",
              "review of incident " + s.id() + " already has action item " + a.actionId());
        }
        v.limit(s.review().actions().size(), MAX_REVIEW_ACTIONS, "review action items");
        return new Fact.ReviewActionAdded(a.actionId(), a.description(), a.owner(), a.due());
      }
      case ASSIGN_REVIEW_ACTION: {
        Action.AssignReviewAction a = (Action.AssignReviewAction) action;
        checkReviewOpen(v, s);
        if (!s.review().actions().containsKey(a.actionId())) {
          v.refuse(ViolationCode.REVIEW_ACTION_UNKNOWN, "action.actionId",
              "review of incident " + s.id() + " has no action item " + a.actionId());
        }
        return new Fact.ReviewActionAssigned(a.actionId(), a.owner(), a.due());
      }
      case COMPLETE_REVIEW: {
        checkReviewOpen(v, s);
        for (Map.Entry<String, ReviewAction> item : s.review().actions().entrySet()) {
          if (!item.getValue().isAssigned()) {
            v.refuse(ViolationCode.REVIEW_ACTION_UNASSIGNED, "review.actions." + item.getKey(), "action item "
                + item.getKey() + " of incident " + s.id() + " needs an owner and a due date");
          }
        }
        return new Fact.ReviewCompleted(((Action.CompleteReview) action).findings());
      }
      case CLOSE: {
        if (!s.review().isCompleted()) {
          v.refuse(ViolationCode.REVIEW_NOT_COMPLETED, null,
              "incident " + s.id() + " cannot close before its post-incident review is completed");
          return null;
        }
        if (!s.children().isEmpty()) {
          v.advise(AdvisoryCode.CHILDREN_LEFT_OPEN, "closing incident " + s.id() + " leaves its "
              + s.children().size() + " child incident(s) as they are; close them in the incident process");
        }
        return new Fact.IncidentClosed(((Action.Close) action).note());
      }
      default:
        throw new IllegalStateException("unhandled action " + action.kind());
    }
  }

  private static boolean checkMatrix(Verdict v, PriorityMatrix matrix, dev.mim.core.priority.Impact impact,
      dev.mim.core.priority.Urgency urgency) {
    if (impact.level() > matrix.impactLevels()) {
      v.refuse(ViolationCode.OUTSIDE_PRIORITY_MATRIX, "action.impact", "impact must be between 1 and "
          + matrix.impactLevels() + " for the priority matrix in use, was " + impact.level());
    }
    if (urgency.level() > matrix.urgencyLevels()) {
      v.refuse(ViolationCode.OUTSIDE_PRIORITY_MATRIX, "action.urgency", "urgency must be between 1 and "
          + matrix.urgencyLevels() + " for the priority matrix in use, was " + urgency.level());
    }
    return !v.refused();
  }

  /**
   * The catalogue entries of those of {@code ids} the catalogue knows; with {@code refuseUnknown}, refuses any it
   * does not admit. Null when refused or when the host's catalogue failed.
   */
  private static List<BusinessService> services(Verdict v, PolicySet context, Set<ServiceId> ids,
      IncidentId incident, boolean refuseUnknown) {
    ServiceCatalogue catalogue = context.serviceCatalogue();
    try {
      List<BusinessService> known = new ArrayList<>(ids.size());
      for (ServiceId id : ids) {
        if (refuseUnknown && !catalogue.admits(id)) {
          v.refuse(ViolationCode.UNKNOWN_SERVICE, "action.affectedServices",
              "service " + id + " named by incident " + incident + " is not in the service catalogue");
        } else {
          catalogue.find(id).ifPresent(known::add);
        }
      }
      return v.refused() ? null : known;
    } catch (RuntimeException e) {
      LOG.warn("service catalogue {} failed for incident {}", catalogue, incident, e);
      v.refuse(ViolationCode.POLICY_FAILED, null, "the service catalogue failed for incident " + incident + ": " + e);
      return null;
    }
  }

  /** Asks the host's major-incident threshold, guarding against its failures. Null when it failed. */
  private static Boolean askThreshold(Verdict v, PolicySet context, Priority priority,
      List<BusinessService> services, IncidentId incident) {
    try {
      return context.majorIncidentThreshold().isMajor(priority, services);
    } catch (RuntimeException e) {
      LOG.warn("major-incident threshold {} failed for incident {}", context.majorIncidentThreshold(), incident, e);
      v.refuse(ViolationCode.POLICY_FAILED, null,
          "the major-incident threshold failed for incident " + incident + ": " + e);
      return null;
    }
  }

  private static void checkReviewOpen(Verdict v, IncidentState s) {
    if (s.review().isCompleted()) {
      v.refuse(ViolationCode.REVIEW_ALREADY_COMPLETED, null,
          "the review of incident " + s.id() + " was completed at " + s.review().completedAt());
    }
  }

  /** Asks the host's declaration policy, guarding against its failures. Null when it failed. */
  private static Boolean askDeclarationPolicy(Verdict v, IncidentState s, PolicySet context) {
    try {
      return context.declarationPolicy().allowsDeclarationWithoutEvidence(s);
    } catch (RuntimeException e) {
      LOG.warn("declaration policy {} failed for incident {}", context.declarationPolicy(), s.id(), e);
      v.refuse(ViolationCode.POLICY_FAILED, null, "the declaration policy failed for incident " + s.id() + ": " + e);
      return null;
    }
  }

  /** Collects the violations and advisories of one decision; the lists are made only when needed. */
  private static final class Verdict {
    private final IncidentState state;
    private final IncidentCommand command;
    private List<Violation> violations;
    private List<Advisory> advisories;

    Verdict(IncidentState state, IncidentCommand command) {
      this.state = state;
      this.command = command;
    }

    void refuse(ViolationCode code, String field, String message) {
      if (violations == null) {
        violations = new ArrayList<>(2);
      }
      violations.add(new Violation(code, message, field));
    }

    void advise(AdvisoryCode code, String message) {
      if (advisories == null) {
        advisories = new ArrayList<>(1);
      }
      advisories.add(new Advisory(code, message));
    }

    void limit(int current, int max, String what) {
      if (current >= max) {
        refuse(ViolationCode.LIMIT_EXCEEDED, "action", "incident " + command.incidentId() + " already has "
            + current + " " + what + ", the most allowed");
      }
    }

    boolean refused() {
      return violations != null;
    }

    List<Advisory> advisories() {
      return advisories == null ? List.of() : advisories;
    }

    Decision rejected() {
      return new Decision.Rejected(state, violations);
    }
  }
}
