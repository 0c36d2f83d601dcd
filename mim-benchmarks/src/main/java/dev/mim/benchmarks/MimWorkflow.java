package dev.mim.benchmarks;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
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

/**
 * The benchmarks' workflow through mim, every command built before timing: a candidate with its manager, group
 * and evidence (the baselines' starting point), then the commands that take it through the same eight
 * transitions to closure.
 */
final class MimWorkflow {

  static final PolicySet POLICIES = PolicySet.ofDefaults();
  static final IncidentId MI = IncidentId.of("MI-1");
  static final Actor AMY = Actor.of("amy");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  /** The candidate every lifecycle run starts from. */
  final IncidentState candidate;

  /** The commands from candidate to closure. */
  final List<IncidentCommand> commands;

  /** A command the candidate refuses: closing it. */
  final IncidentCommand refused;

  /** The events that made the candidate. */
  private final List<IncidentEvent> setupEvents = new ArrayList<>();

  MimWorkflow() {
    List<Action> setup = List.of(
        new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")), Impact.HIGH,
            Urgency.HIGH, "Payments failing"),
        new ContainmentAction.AssignManager(AMY),
        new IdentificationAction.EngageResolverGroup(ResolverGroup.of("network"), true),
        new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red"));
    IncidentState s = IncidentDecider.initialState();
    int minute = 0;
    for (Action a : setup) {
      Decision d = IncidentDecider.decide(s, command(++minute, a), POLICIES);
      s = accept(s, d);
      setupEvents.addAll(d.events());
    }
    candidate = s;
    List<Action> workflow = List.of(
        new IdentificationAction.Declare(null),
        new ContainmentAction.Mobilise(null),
        new ResolutionAction.StartResolution("fail over", ChangeRef.of("CHG-1"), false),
        new ResolutionAction.ApplyWorkaround("traffic on the standby"),
        new ResolutionAction.ConfirmRestoration(null),
        new ResolutionAction.Reopen("failing again"),
        new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-2"), "pool resized"),
        new ResolutionAction.ConfirmRestoration(null),
        new MaintenanceAction.StartReview(AMY),
        new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("down for an hour").rootCause("pool").build()),
        new MaintenanceAction.SubmitReview(null),
        new MaintenanceAction.CompleteReview(null),
        new MaintenanceAction.Close(null));
    List<IncidentCommand> built = new ArrayList<>();
    for (Action a : workflow) {
      built.add(command(++minute, a));
    }
    commands = List.copyOf(built);
    refused = command(++minute, new MaintenanceAction.Close(null));
    IncidentState end = candidate;
    for (IncidentCommand c : commands) {
      end = accept(end, c);
    }
    if (end.status() != IncidentStatus.CLOSED) {
      throw new IllegalStateException("the benchmark workflow must close the incident, ended " + end.status());
    }
  }

  /** Every event of the incident from its identification to its closure: the setup's, then the workflow's. */
  static List<IncidentEvent> lifecycleEvents() {
    MimWorkflow w = new MimWorkflow();
    List<IncidentEvent> events = new ArrayList<>(w.setupEvents);
    IncidentState s = w.candidate;
    for (IncidentCommand c : w.commands) {
      Decision d = IncidentDecider.decide(s, c, POLICIES);
      events.addAll(d.events());
      s = accept(s, d);
    }
    return List.copyOf(events);
  }

  /** A history of {@code size} events: the workflow to a declared incident, then stakeholder updates. */
  static List<IncidentEvent> history(int size) {
    List<IncidentEvent> events = new ArrayList<>(size);
    IncidentState s = IncidentDecider.initialState();
    List<Action> start = List.of(
        new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")), Impact.HIGH,
            Urgency.HIGH, "Payments failing"),
        new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red"),
        new IdentificationAction.Declare(null));
    for (int i = 0; i < size; i++) {
      Action a = i < start.size() ? start.get(i) : new CommunicationAction.RecordStakeholderUpdate(
          StakeholderUpdate.of(Audience.EXECUTIVES, "update " + i));
      Decision d = IncidentDecider.decide(s, IncidentCommand.of(MI, AMY, T0.plusSeconds(i), a), POLICIES);
      events.addAll(d.events());
      s = accept(s, d);
    }
    return List.copyOf(events);
  }

  private static IncidentCommand command(int minute, Action action) {
    return IncidentCommand.of(MI, AMY, T0.plus(Duration.ofMinutes(minute)), action);
  }

  private static IncidentState accept(IncidentState s, IncidentCommand c) {
    return accept(s, IncidentDecider.decide(s, c, POLICIES));
  }

  private static IncidentState accept(IncidentState s, Decision d) {
    if (!d.isAccepted()) {
      throw new IllegalStateException("the benchmark's setup was refused: " + d);
    }
    return d.state();
  }
}
