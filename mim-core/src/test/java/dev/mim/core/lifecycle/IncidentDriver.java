package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Drives one incident through the decider in tests, one minute per command unless told otherwise. */
public final class IncidentDriver {

  public static final IncidentId MI = IncidentId.of("MI-1");
  public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  public static final Actor DESK = Actor.of("desk-agent");
  public static final Actor AMY = Actor.of("amy");
  public static final Actor BOB = Actor.of("bob");
  public static final ResolverGroup NETWORK = ResolverGroup.of("network");
  public static final ResolverGroup DATABASE = ResolverGroup.of("database");
  public static final ChangeRef CHG = ChangeRef.of("CHG-100");

  public IncidentState state = IncidentState.initial();
  public final List<IncidentEvent> events = new ArrayList<>();
  public Instant now = T0;
  public PolicySet policies = PolicySet.ofDefaults();
  private int pathDone;

  public static Action.Identify identify(IdentificationSource source) {
    return new Action.Identify(source, Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH,
        "Payments site down");
  }

  public IncidentCommand command(Action action) {
    return IncidentCommand.of(MI, AMY, now, action);
  }

  public Decision decide(Action action) {
    return IncidentDecider.decide(state, command(action), policies);
  }

  /** One minute later, decides {@code action} and requires it to be accepted. */
  public Decision.Accepted ok(Action action) {
    now = now.plus(Duration.ofMinutes(1));
    return accept(decide(action));
  }

  /** At {@code at}, decides {@code action} and requires it to be accepted. */
  public Decision.Accepted okAt(Instant at, Action action) {
    now = at;
    return accept(decide(action));
  }

  public Decision.Accepted accept(Decision d) {
    if (!(d instanceof Decision.Accepted a)) {
      fail("expected acceptance in " + state.status() + " but got " + ((Decision.Rejected) d).violations());
      return null;
    }
    assertEquals(1, a.events().size());
    assertEquals(state.version() + 1, a.state().version());
    events.addAll(a.events());
    state = a.state();
    return a;
  }

  /** One minute later, decides {@code action}, requires a rejection with {@code code} and no change. */
  public Decision.Rejected no(ViolationCode code, Action action) {
    now = now.plus(Duration.ofMinutes(1));
    return reject(code, decide(action));
  }

  public Decision.Rejected reject(ViolationCode code, Decision d) {
    if (!(d instanceof Decision.Rejected r)) {
      fail("expected rejection " + code + " in " + state.status() + " but it was accepted: " + d.events());
      return null;
    }
    assertTrue(r.has(code), () -> "expected " + code + " but got " + r.violations());
    assertSame(state, r.state(), "a rejection must leave the state as it was");
    assertTrue(r.events().isEmpty());
    return r;
  }

  /** Drives the incident along the happy path, from where it last stopped, until it reaches {@code target}. */
  public IncidentDriver until(IncidentStatus target) {
    List<Action> path = List.of(
        identify(IdentificationSource.EVENT_MONITORING),
        new Action.EngageResolverGroup(NETWORK, true),
        new Action.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red"),
        new Action.Declare(null),
        new Action.AssignManager(AMY),
        new Action.Mobilise("bridge open"),
        new Action.StartResolution("fail over to the standby", CHG, false),
        new Action.ApplyWorkaround("traffic moved to standby"),
        new Action.ConfirmRestoration(null),
        new Action.StartReview(BOB),
        new Action.CompleteReview("capacity alarm missing"),
        new Action.Close(null));
    while (state.status() != target && pathDone < path.size()) {
      ok(path.get(pathDone++));
    }
    if (state.status() != target) {
      fail("the happy path does not reach " + target);
    }
    return this;
  }

  /**
   * The kind of action the happy path takes next from {@code s}, meeting each rule's prerequisites first (evidence
   * before declaring, manager and group before mobilising, ...), or null at the end.
   */
  public static ActionKind nextOnHappyPath(IncidentState s) {
    switch (s.status()) {
      case NONE:
        return ActionKind.IDENTIFY;
      case CANDIDATE:
        return s.hasConfirmingEvidence() ? ActionKind.DECLARE : ActionKind.RECORD_VALIDATION;
      case DECLARED:
        if (s.team().manager() == null) {
          return ActionKind.ASSIGN_MANAGER;
        }
        return s.team().resolverGroups().isEmpty() ? ActionKind.ENGAGE_RESOLVER_GROUP : ActionKind.MOBILISE;
      case MOBILISED:
        return ActionKind.START_RESOLUTION;
      case RESOLVING:
        return s.resolution().hasRestorationMeans() ? ActionKind.CONFIRM_RESTORATION : ActionKind.APPLY_WORKAROUND;
      case RESTORED:
        return ActionKind.START_REVIEW;
      case IN_REVIEW:
        if (s.review().isCompleted()) {
          return ActionKind.CLOSE;
        }
        if (s.review().actions().size() < 2) {
          return ActionKind.ADD_REVIEW_ACTION; // a review usually ends with action items
        }
        if (s.review().actions().values().stream().anyMatch(i -> !i.isAssigned())) {
          return ActionKind.ASSIGN_REVIEW_ACTION;
        }
        return ActionKind.COMPLETE_REVIEW;
      default:
        return null;
    }
  }
}
