package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.Transitions;
import dev.mim.core.json.Json;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the decider over random command sequences (10,000 sequences of up to 40 commands by default;
 * {@code -Dmim.property.examples=N} changes the count). Each step of a sequence is five random numbers that pick
 * an action (mostly a legal one), its parameters from small pools (so duplicates and refusals happen), the time
 * step (sometimes backwards) and the version guard (sometimes stale).
 */
class LifecyclePropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("mim.property.examples", 10_000);
  private static final IncidentId MI = IncidentId.of("MI-1");
  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private static final PolicySet VALIDATE_FIRST = PolicySet.ofDefaults();
  private static final PolicySet AUTO_DECLARE = PolicySet.custom()
      .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING)).build();

  private static final Gen<List<int[]>> SEQUENCES =
      lists().of(Generate.intArrays(Generate.constant(5), Generate.range(0, 999))).ofSizeBetween(1, 40);

  /** One random sequence played against the decider, with what every step produced. */
  private record Run(List<Step> steps, List<IncidentEvent> events, PolicySet policies) {}

  private record Step(IncidentState before, IncidentCommand command, Decision decision, List<IncidentEvent> history) {}

  @Test
  void invariantsHoldAfterEveryStepOfAnySequence() {
    // After every step: the status is the table's target, version = number of events, event times never
    // decrease, priority = the matrix's value, RESTORED => workaround or fix, CLOSED => completed review with
    // every action item assigned.
    forAllRuns(run -> {
      for (Step step : run.steps()) {
        IncidentState s = step.decision().state();
        assertEquals(step.history().size(), s.version(), "version must equal the number of events");
        if (step.decision() instanceof Decision.Accepted a) {
          ActionKind kind = step.command().action().kind();
          assertEquals(Transitions.target(step.before().status(), kind), s.status(), "status must follow the table");
          assertEquals(1, a.events().size());
        }
        for (int i = 1; i < step.history().size(); i++) {
          assertFalse(step.history().get(i).occurredAt().isBefore(step.history().get(i - 1).occurredAt()),
              "event times must never decrease");
        }
        if (s.classification() != null) {
          assertEquals(run.policies().priorityMatrix().priorityOf(s.classification().impact(),
              s.classification().urgency()), s.classification().priority(), "priority must be the matrix's value");
        }
        if (s.status() == IncidentStatus.RESTORED) {
          assertTrue(s.resolution().hasRestorationMeans(), "restored needs a workaround or a fix");
          assertNotNull(s.resolution().means());
        }
        if (s.status() == IncidentStatus.CLOSED) {
          assertTrue(s.review().isCompleted(), "closed needs a completed review");
          assertTrue(s.review().actions().values().stream().allMatch(ReviewAction::isAssigned),
              "closed needs every review action item assigned");
        }
      }
    });
  }

  @Test
  void aRejectionChangesNothing() {
    // A refused command returns the very state it was given and no event.
    forAllRuns(run -> {
      for (Step step : run.steps()) {
        if (step.decision() instanceof Decision.Rejected r) {
          assertSame(step.before(), r.state());
          assertTrue(r.events().isEmpty());
          assertFalse(r.violations().isEmpty());
        }
      }
    });
  }

  @Test
  void replayingTheEventsGivesTheLiveStateAfterEveryStep() {
    // replay(events so far) equals the state the decider returned, at every step.
    forAllRuns(run -> {
      for (Step step : run.steps()) {
        assertEquals(step.decision().state(), IncidentDecider.replay(step.history()));
      }
    });
  }

  @Test
  void jsonRoundTripOfEventsAndCommandsIsIdentity() {
    // Through Jackson 2 and then Jackson 3, every event and command comes back equal.
    forAllRuns(run -> {
      for (IncidentEvent e : run.events()) {
        assertEquals(e, Json.roundTrip(e));
      }
      for (Step step : run.steps()) {
        assertEquals(step.command(), Json.roundTrip(step.command()));
      }
    });
  }

  @Test
  void theGeneratorReachesEveryStatusAndManyRefusals() {
    // Guards the other properties against a generator that never gets far: across the runs every status is
    // reached, most kinds of refusal happen, and so does every advisory.
    Set<IncidentStatus> reached = EnumSet.noneOf(IncidentStatus.class);
    Set<ViolationCode> refused = EnumSet.noneOf(ViolationCode.class);
    Set<AdvisoryCode> advised = EnumSet.noneOf(AdvisoryCode.class);
    forAllRuns(run -> {
      for (Step step : run.steps()) {
        reached.add(step.decision().state().status());
        if (step.decision() instanceof Decision.Rejected r) {
          r.violations().forEach(v -> refused.add(v.code()));
        } else {
          ((Decision.Accepted) step.decision()).advisories().forEach(a -> advised.add(a.code()));
        }
      }
    });
    assertEquals(EnumSet.allOf(IncidentStatus.class), reached);
    assertEquals(EnumSet.allOf(AdvisoryCode.class), advised);
    Set<ViolationCode> never = EnumSet.complementOf(EnumSet.copyOf(refused));
    // Limits need hundreds of commands, the policies here never fail and the open catalogue admits every service:
    // those three are covered by examples.
    // The decider never makes a fact that contradicts the state: only a corrupt stored event can.
    assertEquals(EnumSet.of(ViolationCode.LIMIT_EXCEEDED, ViolationCode.POLICY_FAILED, ViolationCode.UNKNOWN_SERVICE,
        ViolationCode.FACT_CONTRADICTS_STATE), never);
  }

  private static void forAllRuns(Consumer<Run> property) {
    int[] runs = {0};
    // QuickTheories 0.26 may run a few examples fewer than withExamples asks for (seen here: one or two), so
    // ask for 1% more and check below that at least EXAMPLES sequences ran.
    qt().withExamples(EXAMPLES + EXAMPLES / 100 + 1).withShrinkCycles(200).forAll(SEQUENCES).checkAssert(seq -> {
      runs[0]++;
      property.accept(play(seq));
    });
    assertTrue(runs[0] >= EXAMPLES, "QuickTheories ran " + runs[0] + " sequences, fewer than " + EXAMPLES);
  }

  private static Run play(List<int[]> sequence) {
    PolicySet policies = sequence.get(0)[4] % 2 == 0 ? VALIDATE_FIRST : AUTO_DECLARE;
    IncidentState state = IncidentDecider.initialState();
    List<IncidentEvent> events = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    Instant now = T0;
    for (int[] r : sequence) {
      now = nextTime(now, r[3]);
      IncidentCommand command = new IncidentCommand(r[4] < 10 ? IncidentId.of("MI-2") : MI, ACTORS.get(r[2] % 3),
          now, guard(state, r[4]), action(state, r[0], r[1], r[2]));
      Decision decision = IncidentDecider.decide(state, command, policies);
      events.addAll(decision.events());
      steps.add(new Step(state, command, decision, List.copyOf(events)));
      state = decision.state();
    }
    return new Run(steps, events, policies);
  }

  private static Instant nextTime(Instant now, int r) {
    if (r < 50) {
      return now.minus(Duration.ofMinutes(1));
    }
    if (r > 960) {
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

  private static final List<Actor> ACTORS = List.of(Actor.of("amy"), Actor.of("bob"), Actor.of("carol"));
  private static final List<ResolverGroup> GROUPS =
      List.of(ResolverGroup.of("network"), ResolverGroup.of("database"), ResolverGroup.of("storage"));
  private static final List<IncidentId> CHILDREN =
      List.of(IncidentId.of("INC-1"), IncidentId.of("INC-2"), IncidentId.of("INC-3"), MI);
  private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
  private static final List<EvidenceKind> REFUTING = List.of(EvidenceKind.MOMENTARY_ALERT,
      EvidenceKind.FALSE_POSITIVE, EvidenceKind.BELOW_THRESHOLD, EvidenceKind.DUPLICATE);

  /** A text the practice requires, left out (null, or blank) now and then so that its refusal happens too. */
  private static String given(int p, String text) {
    if (p % 23 == 0) {
      return null;
    }
    return p % 29 == 0 ? "  " : text;
  }

  /**
   * Often the action that moves the incident on (so that sequences get far), mostly an action legal in the
   * current status, sometimes any action.
   */
  private static Action action(IncidentState state, int pick, int which, int p) {
    ActionKind kind;
    List<ActionKind> legal = new ArrayList<>(Transitions.legalActions(state.status()));
    if (pick < 400 && IncidentDriver.nextOnHappyPath(state) != null) {
      kind = IncidentDriver.nextOnHappyPath(state);
    } else if (pick < 850 && !legal.isEmpty()) {
      kind = legal.get(which % legal.size());
    } else {
      kind = ActionKind.values()[which % ActionKind.values().length];
    }
    Actor actor = ACTORS.get(p % 3);
    switch (kind) {
      case IDENTIFY:
        return new Action.Identify(IdentificationSource.values()[p % 5], Set.of(ServiceId.of("svc-" + p % 3)),
            Impact.of(1 + p % 4), Urgency.of(1 + (p / 4) % 3), given(p, "summary " + p));
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
      case HAND_OVER_MANAGER:
        return new Action.HandOverManager(actor, HandoverReason.values()[p % 4], given(p, "briefing " + p));
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
      default:
        throw new AssertionError(kind);
    }
  }
}
