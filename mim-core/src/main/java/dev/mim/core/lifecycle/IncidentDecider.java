package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.Transitions;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Role;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The major-incident lifecycle as a pure decider: {@link #decide} turns a command into the events it causes or a
 * rejection; {@link #evolve} folds an event into the state; {@link #replay} rebuilds a state from its events.
 *
 * <p>Pure: no clock is read (time arrives with the command), nothing is stored, nothing is shared between calls.
 * The {@link Transitions} table decides which actions are legal in which status; the rules of each stage decide
 * the rest.
 *
 * <h2>What replay re-checks and what it trusts</h2>
 * Stored events are untrusted input. {@link #evolve} and {@link #replay} re-check every rule that the history
 * alone can decide: the incident, sequence and time of each event, the transition table, and each rule that
 * depends on the state (a manager and a resolver group before mobilising, a completed review before closing, a
 * workaround or fix before restoring, no duplicate child, group, member or action item, the limits below, ...) and
 * every field a fact repeats from the state (the status a downgrade left, the manager handed over from, the
 * priority before a reprioritisation, the means of a restoration and the children restored with it), and for
 * escalation: a recorded escalation's condition still held and its level is above any sent for it, the right
 * person acknowledges once, holds and resumes alternate, and a hand-over briefing of schema version 2 has a
 * current status and accounts for every audience updated so far. A breach throws an
 * {@link IllegalArgumentException} naming the event's sequence, the field and the rule's code. Replay trusts what
 * depended on the host's policies when the event was decided, since they may have changed: the priority the
 * matrix gave, the major-incident threshold, the service catalogue, the declaration policy, the verification
 * window, that a recorded escalation was due under the escalation policy, and whether the actor was authorized.
 * A briefing stored as free text by schema version 1 reads as a briefing with that current status; its audiences
 * were not checked then and are not checked on replay. A review completed in a version-1 history needed no
 * submission then and needs none on replay.
 *
 * <p>Limits per incident, refused with {@link ViolationCode#LIMIT_EXCEEDED}: {@value #MAX_TEAM_MEMBERS} team
 * members, {@value #MAX_RESOLVER_GROUPS} resolver groups, {@value #MAX_CHILDREN} children,
 * {@value #MAX_REVIEW_ACTIONS} review action items, {@value #MAX_CAUSES} causing changes.
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

  /** The most changes an incident may link as its cause. */
  public static final int MAX_CAUSES = 100;

  /** Sends each action to the rules of its stage, which decide its fact. */
  private static final Action.Visitor<Verdict, @Nullable Fact> BY_STAGE = new Action.Visitor<>() {
    @Override
    public @Nullable Fact identification(IdentificationAction action, Verdict v) {
      return action.accept(IdentificationRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact triage(TriageAction action, Verdict v) {
      return action.accept(TriageRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact containment(ContainmentAction action, Verdict v) {
      return action.accept(ContainmentRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact resolution(ResolutionAction action, Verdict v) {
      return action.accept(ResolutionRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact maintenance(MaintenanceAction action, Verdict v) {
      return action.accept(MaintenanceRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact communication(CommunicationAction action, Verdict v) {
      return action.accept(CommunicationRules.DECIDE, v);
    }

    @Override
    public @Nullable Fact escalation(EscalationAction action, Verdict v) {
      return action.accept(EscalationRules.DECIDE, v);
    }
  };

  private IncidentDecider() {}

  /** @return the state before any event: status {@link IncidentStatus#NONE}, version 0 */
  public static IncidentState initialState() {
    return IncidentState.initial();
  }

  /**
   * Decides what {@code command} does to the incident in {@code state}, under one policy set.
   *
   * <p>Refused, with nothing changed: a command for another incident ({@code incident-mismatch}) or another tenant
   * ({@code tenant-mismatch}), with an expected version other than the state's ({@code version-conflict}), dated
   * before the last event ({@code out-of-order}), whose action the transition table does not allow in the current
   * status ({@code illegal-transition}), from an actor the authorization policy does not permit
   * ({@code not-authorized}), that lacks what the practice requires (a reason, a briefing, a plan, ...:
   * {@code *-missing}), that breaks a rule of the practice (see {@link ViolationCode}), or when host code fails
   * ({@code policy-failed}).
   *
   * @param state the incident's current state, {@link #initialState()} for a new one
   * @param command what is asked, by whom and when
   * @param context the policies to apply
   * @return {@link Decision.Accepted} with the events, the new state and any advisories, or
   *     {@link Decision.Rejected} with the unchanged state and at least one violation
   * @throws IllegalArgumentException when an argument is null (misuse, not a business refusal)
   */
  public static Decision decide(IncidentState state, IncidentCommand command, PolicySet context) {
    return decide(state, command, (TenantPolicies) context);
  }

  /**
   * Decides what {@code command} does, under the policies of the command's tenant: as
   * {@link #decide(IncidentState, IncidentCommand, PolicySet)}, with {@code tenants} asked (guarded) for the set.
   *
   * @param state the incident's current state, {@link #initialState()} for a new one
   * @param command what is asked, by whom, when and for which tenant
   * @param tenants gives each tenant its policies
   * @return the decision
   * @throws IllegalArgumentException when an argument is null
   */
  public static Decision decide(IncidentState state, IncidentCommand command, TenantPolicies tenants) {
    Checks.notNull("state", state);
    Checks.notNull("command", command);
    Checks.notNull("tenants", tenants);
    Verdict v = new Verdict(state, command);
    Envelope.of(state, command, v);
    if (v.refused()) {
      return v.rejected();
    }
    Fact fact;
    PolicySet context;
    try {
      context = HostPolicies.policiesFor(v, tenants, command.tenant(), command.incidentId());
      authorize(v, state, command, context);
      if (v.refused()) {
        return v.rejected();
      }
      v.policies(context);
      fact = command.action().accept(BY_STAGE, v);
    } catch (HostPolicies.Failed hostCodeFailed) {
      return v.rejected();
    }
    if (fact == null) {
      return v.rejected();
    }
    IncidentEvent event = IncidentEvent.of(command.tenant(), command.incidentId(), state.version() + 1,
        command.occurredAt(), command.actor(), fact, context.version());
    v.at(state, event);
    IncidentState after = Fold.apply(v);
    if (v.refused()) {
      return v.rejected();
    }
    return new Decision.Accepted(List.of(event), after, v.advisories());
  }

  /** Refuses a command its actor may not issue. */
  private static void authorize(Verdict v, IncidentState state, IncidentCommand command, PolicySet context) {
    Set<Role> roles = HostPolicies.rolesOf(v, context, state, command.tenant(), command.actor(),
        command.incidentId());
    ActionKind kind = command.action().kind();
    if (HostPolicies.permits(v, context, command.actor(), roles, kind, state, command.incidentId())) {
      return;
    }
    // The roles may be the host's own set: the message, built later, reads them as they are now.
    Set<Role> shown = new TreeSet<>(roles);
    v.refuseAt(ViolationCode.NOT_AUTHORIZED, "actor", () -> command.actor() + " (" + (shown.isEmpty() ? "no role"
        : "roles " + shown) + ") may not " + kind + " incident " + command.incidentId());
  }

  /**
   * Folds {@code event} into {@code state}, checking that it could have been decided (see the class
   * documentation for what is re-checked and what is trusted). Pure; {@code state} is unchanged.
   *
   * @param state the state before the event
   * @param event the next event
   * @return the state after it, its version one higher
   * @throws IllegalArgumentException when an argument is null or the event does not follow the state: another
   *     incident, a sequence other than {@code version + 1}, a time before the last event, a fact the table does
   *     not allow in the status, or a breach of a rule the history decides; the message names the event's
   *     sequence, the field and the rule
   */
  public static IncidentState evolve(IncidentState state, IncidentEvent event) {
    Checks.notNull("state", state);
    Checks.notNull("event", event);
    return Fold.evolve(state, event, new Fold.Replay());
  }

  /**
   * Rebuilds an incident's state from its events, in order, checking each as {@link #evolve} does.
   *
   * @param events the incident's whole history
   * @return the state they lead to; {@link #initialState()} for no events
   * @throws IllegalArgumentException when the events are not one incident's history in order, or one of them
   *     could not have been decided
   */
  public static IncidentState replay(Iterable<IncidentEvent> events) {
    Checks.notNull("events", events);
    IncidentState state = IncidentState.initial();
    Fold.Replay replay = new Fold.Replay();
    for (IncidentEvent e : events) {
      Checks.notNull("event", e);
      state = Fold.evolve(state, e, replay);
    }
    return state;
  }
}
