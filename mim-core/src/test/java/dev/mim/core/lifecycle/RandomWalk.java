package dev.mim.core.lifecycle;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.TenantId;
import dev.mim.core.incident.TimeRange;
import dev.mim.core.incident.Transitions;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Random command sequences played against the decider, for the property tests. Each step of a sequence is five
 * random numbers from 0 to 999 that pick an action (mostly a legal one, often the one that moves the incident on),
 * its parameters from small pools (so that duplicates and refusals happen), the time step (sometimes backwards)
 * and the version guard (sometimes stale). The first step also picks one of three policy sets: validate first,
 * auto-declare monitoring alerts, or a catalogue that knows two services and a threshold that fails below P3 (so that
 * unknown services and failing host policies happen too).
 */
public final class RandomWalk {

  public static final IncidentId MI = IncidentId.of("MI-1");
  public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  static final PolicySet VALIDATE_FIRST = PolicySet.ofDefaults();
  static final PolicySet AUTO_DECLARE = PolicySet.custom()
      .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING)).build();
  static final PolicySet CATALOGUED = PolicySet.custom()
      .serviceCatalogue(ServiceCatalogue.of(List.of(service("svc-0", 1), service("svc-1", 3))))
      .majorIncidentThreshold((priority, services) -> {
        if (!priority.isAtLeast(Priority.of(3))) {
          throw new IllegalStateException("threshold service unavailable");
        }
        return priority.isAtLeast(Priority.of(2));
      })
      .build();

  /**
   * Governed (and auto-declaring monitoring alerts): the directory makes olga an observer, whom the authorization policy refuses everything; a sloppy
   * escalation policy has levels 1 to 3 of every condition due ten minutes apart, whether they hold or were sent,
   * so that the decider's own escalation rules have to hold the line.
   */
  static final PolicySet GOVERNED = PolicySet.from(AUTO_DECLARE)
      .roles((tenant, actor) -> actor.value().equals("olga") ? Set.of(Role.OBSERVER) : Set.of())
      .authorization((actor, roles, action, incident) -> !roles.equals(Set.of(Role.OBSERVER)))
      .escalation((incident, at) -> {
        List<Escalation> due = new ArrayList<>();
        if (incident.classification() != null) {
          for (EscalationCondition c : EscalationCondition.values()) {
            for (int level = 1; level <= 3; level++) {
              Instant when = incident.classification().identifiedAt().plus(Duration.ofMinutes(10L * level));
              due.add(new Escalation(c, level, List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)),
                  "level " + level, when, at.isAfter(when)));
            }
          }
        }
        return due;
      })
      .build();

  /** One random sequence played against the decider, with what every step produced. */
  public record Run(List<Step> steps, List<IncidentEvent> events, PolicySet policies) {}

  /** One step: the state before, the command, the decision, and every event so far. */
  public record Step(IncidentState before, IncidentCommand command, Decision decision, List<IncidentEvent> history) {}

  private RandomWalk() {}

  /** Plays {@code length} random steps drawn from {@code random}. */
  public static Run play(RandomGenerator random, int length) {
    return play(steps(random, length), T0);
  }

  /** {@code length} random steps drawn from {@code random}. */
  public static List<int[]> steps(RandomGenerator random, int length) {
    List<int[]> sequence = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      sequence.add(random.ints(5, 0, 1000).toArray());
    }
    return sequence;
  }

  /** Plays a sequence of steps, each five numbers from 0 to 999. */
  public static Run play(List<int[]> sequence) {
    return play(sequence, T0);
  }

  /** Plays a sequence of steps from {@code start}; time never passes {@link TimeRange#LATEST}. */
  public static Run play(List<int[]> sequence, Instant start) {
    PolicySet policies = List.of(VALIDATE_FIRST, AUTO_DECLARE, CATALOGUED, GOVERNED).get(sequence.get(0)[4] % 4);
    IncidentState state = IncidentDecider.initialState();
    List<IncidentEvent> events = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    Instant now = start;
    for (int[] r : sequence) {
      now = nextTime(now, r[3]);
      if (now.isAfter(TimeRange.LATEST)) {
        now = TimeRange.LATEST;
      }
      IncidentCommand command = new IncidentCommand(r[4] > 980 ? OTHER_TENANT : TenantId.DEFAULT,
          r[4] < 10 ? IncidentId.of("MI-2") : MI, ACTORS.get(r[2] % ACTORS.size()), now, guard(state, r[4]),
          action(state, r[0], r[1], r[2]));
      Decision decision = IncidentDecider.decide(state, command, policies);
      events.addAll(decision.events());
      steps.add(new Step(state, command, decision, List.copyOf(events)));
      state = decision.state();
    }
    return new Run(steps, events, policies);
  }

  private static BusinessService service(String id, int tier) {
    return new BusinessService(ServiceId.of(id), id, tier, BigDecimal.valueOf(1000L * tier), ResolverGroup.of("ops"),
        Actor.of("owner"));
  }

  private static Instant nextTime(Instant now, int r) {
    if (r < 50) {
      return now.minus(Duration.ofMinutes(1));
    }
    if (r > 930) {
      return now.plus(Duration.ofHours(30));
    }
    return now.plus(Duration.ofMinutes(r % 90));
  }

  private static Long guard(IncidentState state, int r) {
    if (r < 100) {
      return state.version() + 1;
    }
    return r < 400 ? state.version() : null;
  }

  private static final List<Actor> ACTORS =
      List.of(Actor.of("amy"), Actor.of("bob"), Actor.of("carol"), Actor.of("olga"));
  private static final TenantId OTHER_TENANT = TenantId.of("acme");
  private static final List<EscalationCondition> ESCALATED = List.of(EscalationCondition.NOT_VALIDATED,
      EscalationCondition.NOT_DECLARED, EscalationCondition.NOT_RESTORED, EscalationCondition.REVIEW_NOT_COMPLETED);
  private static final List<ResolverGroup> GROUPS =
      List.of(ResolverGroup.of("network"), ResolverGroup.of("database"), ResolverGroup.of("storage"));
  private static final List<IncidentId> CHILDREN =
      List.of(IncidentId.of("INC-1"), IncidentId.of("INC-2"), IncidentId.of("INC-3"), MI);
  private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
  private static final List<EvidenceKind> REFUTING = List.of(EvidenceKind.MOMENTARY_ALERT,
      EvidenceKind.FALSE_POSITIVE, EvidenceKind.BELOW_THRESHOLD, EvidenceKind.DUPLICATE);

  /** A text the practice requires, left out (null, or blank) now and then so that its refusal happens too. */
  private static String given(int p, String text) {
    if (p % 11 == 0) {
      return null;
    }
    return p % 13 == 0 ? "  " : text;
  }

  /**
   * Often the action that moves the incident on (so that sequences get far), mostly an action legal in the
   * current status, sometimes any action.
   */
  static Action action(IncidentState state, int pick, int which, int p) {
    ActionKind kind;
    List<ActionKind> legal = new ArrayList<>(Transitions.legalActions(state.status()));
    if (pick < 400 && IncidentDriver.nextOnHappyPath(state) != null) {
      kind = IncidentDriver.nextOnHappyPath(state);
      if (kind == ActionKind.START_REVIEW && pick % 4 == 0) {
        kind = ActionKind.REOPEN; // a restored incident fails again now and then
      } else if (kind == ActionKind.RECORD_VALIDATION && state.evidence().isEmpty() && pick % 3 == 0) {
        kind = ActionKind.DECLARE; // declaring before any validation: refused unless the policy allows it
      }
    } else if (pick < 800 && !legal.isEmpty()) {
      kind = legal.get(which % legal.size());
    } else if (pick < 850) {
      kind = which % 2 == 0 ? ActionKind.RECORD_ESCALATION : ActionKind.ACKNOWLEDGE; // the paging round
    } else {
      kind = ActionKind.values()[which % ActionKind.values().length];
    }
    Actor actor = ACTORS.get(p % 3); // olga issues commands, but is never named in one
    switch (kind) {
      case IDENTIFY:
        return new Action.Identify(IdentificationSource.values()[p % 5], Set.of(ServiceId.of("svc-" + p % 3)),
            Impact.of(1 + p % 3), Urgency.of(1 + (p / 3) % 4), given(p, "summary " + p));
      case ENGAGE_RESOLVER_GROUP:
        return new Action.EngageResolverGroup(GROUPS.get(p % 3), p % 2 == 0);
      case RECORD_VALIDATION: {
        EvidenceKind evidence = EvidenceKind.values()[p % EvidenceKind.values().length];
        return new Action.RecordValidation(evidence, p % 2 == 0 ? null : "seen " + p,
            evidence == EvidenceKind.DUPLICATE ? IncidentId.of("MI-9") : null);
      }
      case DECLARE:
        return new Action.Declare(null);
      case DOWNGRADE:
        return new Action.Downgrade(given(p, "not major " + p), p % 3 == 0 ? REFUTING.get(p % 4) : null);
      case ASSIGN_MANAGER:
        return new Action.AssignManager(actor);
      case HAND_OVER_MANAGER: {
        // Now and then a briefing that accounts for the executives, which is complete when only they were updated.
        Briefing briefing = p % 3 == 0 ? Briefing.builder().currentStatus("status " + p).addAudiences(
            new Briefing.AudienceBrief(Audience.EXECUTIVES, "told " + p, null)).build() : null;
        return briefing != null ? new Action.HandOverManager(actor, HandoverReason.values()[p % 5], briefing)
            : new Action.HandOverManager(actor, HandoverReason.values()[p % 5], given(p, "briefing " + p));
      }
      case ADD_TEAM_MEMBER:
        return new Action.AddTeamMember(actor, TeamRole.values()[p % TeamRole.values().length]);
      case REMOVE_TEAM_MEMBER:
        return new Action.RemoveTeamMember(actor);
      case MOBILISE:
        return new Action.Mobilise(null);
      case REPRIORITISE:
        return new Action.Reprioritise(Impact.of(1 + p % 4), Urgency.of(1 + (p / 4) % 3), given(p, "reason " + p));
      case LINK_CHILD:
        return new Action.LinkChild(CHILDREN.get(p % 4));
      case START_RESOLUTION:
        return new Action.StartResolution(p % 7 == 0 ? null : "plan " + p, p % 5 == 0 ? null : ChangeRef.of("CHG-" + p),
            p % 3 == 0);
      case APPLY_WORKAROUND:
        return new Action.ApplyWorkaround(given(p, "workaround " + p));
      case APPLY_PERMANENT_FIX:
        return new Action.ApplyPermanentFix(p % 4 == 0 ? null : ChangeRef.of("CHG-F" + p), given(p, "fix " + p));
      case CONFIRM_RESTORATION:
        return new Action.ConfirmRestoration(null);
      case REOPEN:
        return new Action.Reopen(given(p, "back " + p));
      case RECORD_STAKEHOLDER_UPDATE: {
        Audience audience = List.of(Audience.EXECUTIVES, Audience.AFFECTED_CUSTOMERS, Audience.internal("host-defined"),
            Audience.REGULATOR).get(p % 4);
        // Sometimes promises a next update in the past (refused), sometimes carries internal notes (internal only).
        Instant next = p % 5 == 0 ? null : T0.plus(Duration.ofMinutes(p * 7L % 2000));
        return new Action.RecordStakeholderUpdate(new StakeholderUpdate(audience, given(p, "update " + p),
            p % 2 == 0 ? "impact " + p : null, p % 3 == 0, next, audience.external() ? null : "note " + p, null,
            audience.equals(Audience.REGULATOR) ? "dora:initial-notification" : null));
      }
      case SNOOZE_UPDATES:
        return new Action.SnoozeUpdates(p % 2 == 0 ? Audience.EXECUTIVES : Audience.AFFECTED_CUSTOMERS,
            Duration.ofMinutes(1 + p % 240), given(p, "waiting for vendor " + p));
      case START_REVIEW:
        return new Action.StartReview(p % 2 == 0 ? null : actor);
      case ADD_REVIEW_ACTION:
        return new Action.AddReviewAction("A" + p % 3, given(p, "do " + p), p % 2 == 0 ? null : actor,
            p % 3 == 0 ? null : DUE);
      case ASSIGN_REVIEW_ACTION:
        return new Action.AssignReviewAction("A" + p % 4, actor, DUE);
      case COMPLETE_REVIEW:
        return new Action.CompleteReview(given(p, "findings " + p));
      case CLOSE:
        return new Action.Close(null);
      case ACKNOWLEDGE:
        return new Action.Acknowledge(p % 2 == 0 ? null : GROUPS.get(p % 3));
      case RECORD_ESCALATION:
        if (p % 2 == 0 && !state.escalations().sent().isEmpty()) {
          // Send again what was sent: refused unless the condition started over.
          var sent = state.escalations().sent().entrySet().iterator().next();
          return new Action.RecordEscalation(sent.getKey(), sent.getValue().level(),
              List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), null);
        }
        return new Action.RecordEscalation(ESCALATED.get(p % ESCALATED.size()), 1 + p % 2, List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), p % 2 == 0 ? null : "page " + p);
      case HOLD_ESCALATIONS:
        return new Action.HoldEscalations(given(p, "waiting on the vendor " + p));
      case RESUME_ESCALATIONS:
        return new Action.ResumeEscalations(null);
      default:
        throw new AssertionError(kind);
    }
  }
}
