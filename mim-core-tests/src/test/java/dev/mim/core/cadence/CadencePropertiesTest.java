package dev.mim.core.cadence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
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
import dev.mim.core.incident.TriageAction;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.fixture.HappyPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the communication schedule over random plans, calendars, regimes and incident histories. A
 * history is a random walk through the lifecycle (via the decider) with updates, snoozes and reprioritisations
 * between the steps; every instant asked about lies after the whole history.
 */
class CadencePropertiesTest {

  private static final int EXAMPLES = Math.max(300, Integer.getInteger("mim.property.examples", 10_000) / 5);
  private static final Instant T0 = Instant.parse("2026-03-20T06:00:00Z");
  private static final List<Audience> AUDIENCES = List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK,
      Audience.AFFECTED_CUSTOMERS, Audience.internal("partners"), Audience.REGULATOR);
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"));
  private static final List<String> REPORTS = List.of(RegulatoryRegime.DORA_INITIAL,
      RegulatoryRegime.DORA_INTERMEDIATE, RegulatoryRegime.DORA_FINAL, RegulatoryRegime.NIS2_EARLY_WARNING,
      RegulatoryRegime.NIS2_NOTIFICATION, RegulatoryRegime.NIS2_FINAL);

  private static final Gen<int[]> SETTINGS = Generate.intArrays(Generate.constant(24), Generate.range(0, 999));
  private static final Gen<List<int[]>> HISTORY =
      lists().of(Generate.intArrays(Generate.constant(4), Generate.range(0, 999))).ofSizeBetween(1, 50);

  /** An incident's history with the schedule's inputs. */
  private record World(CommunicationPolicy policy, IncidentState state, List<IncidentEvent> events, Instant last) {}

  @Test
  void theNextDueTimeNeverPrecedesTheLastUpdateToThatAudience() {
    // For every owed notice (regulatory reports aside), its due time is not before the audience's last update.
    qt().withExamples(EXAMPLES).forAll(SETTINGS, HISTORY, Generate.range(0, 5_000)).checkAssert((s, h, look) -> {
      World w = world(s, h);
      Instant at = w.last().plus(Duration.ofMinutes(look));
      for (UpdateDue u : CommunicationSchedule.due(w.state(), at, w.policy())) {
        if (u.kind() != DueKind.REGULATORY_REPORT) {
          Instant lastSent = w.state().communications().lastUpdateTo(u.audience());
          assertTrue(lastSent == null || !u.dueAt().isBefore(lastSent), u + " precedes the last update " + lastSent);
        }
      }
    });
  }

  @Test
  void sendingAnUpdateNeverMakesAnAudienceMoreOverdue() {
    // Recording one more update to an audience at s and looking at t >= s: the audience's worst overdue time is
    // no greater than without that update.
    qt().withExamples(EXAMPLES).forAll(SETTINGS, HISTORY, Generate.intArrays(Generate.constant(4),
        Generate.range(0, 999))).checkAssert((s, h, extra) -> {
          World w = world(s, h);
          Audience audience = AUDIENCES.get(extra[0] % AUDIENCES.size());
          Instant sent = w.last().plus(Duration.ofMinutes(extra[1] % 600));
          Instant at = sent.plus(Duration.ofMinutes(extra[2] * 3L));
          StakeholderUpdate update = StakeholderUpdate.of(audience, "one more");
          if (audience.equals(Audience.REGULATOR) && extra[3] % 2 == 0) {
            update = update.asReport(REPORTS.get(extra[3] % REPORTS.size()));
          }
          Decision d = IncidentDecider.decide(w.state(), IncidentCommand.of(IncidentDriver.MI, Actor.of("comms"), sent,
              new CommunicationAction.RecordStakeholderUpdate(update)), PolicySet.ofDefaults());
          if (!d.isAccepted()) {
            return; // before declaration nothing may be sent
          }
          Duration before = worst(CommunicationSchedule.due(w.state(), at, w.policy()), audience, at);
          Duration after = worst(CommunicationSchedule.due(d.state(), at, w.policy()),
              audience, at);
          assertFalse(after.compareTo(before) > 0, audience + " was overdue by " + before + ", after sending by " + after);
        });
  }

  @Test
  void nothingButFinalNoticesIsOwedAfterClosureOrDowngrade() {
    // Closed: only closure notices and regulatory reports. Downgraded: only downgrade notices.
    qt().withExamples(EXAMPLES).forAll(SETTINGS, HISTORY, Generate.range(0, 5_000)).checkAssert((s, h, look) -> {
      World w = world(s, h);
      Instant at = w.last().plus(Duration.ofMinutes(look));
      for (UpdateDue u : CommunicationSchedule.due(w.state(), at, w.policy())) {
        if (w.state().status() == IncidentStatus.CLOSED) {
          assertTrue(u.kind() == DueKind.CLOSURE_NOTICE || u.kind() == DueKind.REGULATORY_REPORT, u.toString());
        } else if (w.state().status() == IncidentStatus.DOWNGRADED) {
          assertTrue(u.kind() == DueKind.DOWNGRADE_NOTICE, u.toString());
        }
      }
    });
  }

  @Test
  void businessHoursAudiencesAreNeverDueOutsideWorkingHours() {
    // Every notice owed to an audience whose plan says business hours only falls in the calendar's working time.
    qt().withExamples(EXAMPLES).forAll(SETTINGS, HISTORY, Generate.range(0, 5_000)).checkAssert((s, h, look) -> {
      World w = world(s, h);
      Instant at = w.last().plus(Duration.ofMinutes(look));
      Priority p = w.state().classification() == null ? null : w.state().classification().priority();
      for (UpdateDue u : CommunicationSchedule.due(w.state(), at, w.policy())) {
        Optional<AudiencePlan> plan = p == null ? Optional.empty() : w.policy().plan().nearest(p, u.audience());
        if (u.kind() != DueKind.REGULATORY_REPORT && plan.isPresent() && plan.get().businessHoursOnly()) {
          assertTrue(w.policy().calendar().isWorkingTime(u.dueAt()), u + " is outside working hours");
        }
      }
    });
  }

  @Test
  void theGeneratedHistoriesReachEveryStatusAndEveryKindOfNotice() {
    // Guards the properties above against a generator that never gets far.
    Set<IncidentStatus> statuses = EnumSet.noneOf(IncidentStatus.class);
    Set<DueKind> kinds = EnumSet.noneOf(DueKind.class);
    int[] overdue = {0};
    qt().withExamples(EXAMPLES).forAll(SETTINGS, HISTORY, Generate.range(0, 5_000)).checkAssert((s, h, look) -> {
      World w = world(s, h);
      statuses.add(w.state().status());
      for (UpdateDue u : CommunicationSchedule.due(w.state(), w.last().plus(Duration.ofMinutes(look)),
          w.policy())) {
        kinds.add(u.kind());
        overdue[0] += u.overdue() ? 1 : 0;
      }
    });
    org.junit.jupiter.api.Assertions.assertEquals(EnumSet.allOf(IncidentStatus.class), statuses);
    org.junit.jupiter.api.Assertions.assertEquals(EnumSet.allOf(DueKind.class), kinds);
    assertTrue(overdue[0] > 0);
  }

  private static Duration worst(List<UpdateDue> owed, Audience audience, Instant at) {
    Duration worst = Duration.ZERO;
    for (UpdateDue u : owed) {
      if (u.audience().equals(audience) && u.overdueBy(at).compareTo(worst) > 0) {
        worst = u.overdueBy(at);
      }
    }
    return worst;
  }

  private static World world(int[] s, List<int[]> history) {
    CommunicationPolicy.Builder policy = CommunicationPolicy.custom().plan(plan(s)).calendar(calendar(s));
    if (s[20] % 3 == 1) {
      policy.regime(RegulatoryRegime.dora());
    } else if (s[20] % 3 == 2) {
      policy.regime(RegulatoryRegime.nis2()).regime(RegulatoryRegime.dora());
    }
    IncidentState state = IncidentState.initial();
    List<IncidentEvent> events = new ArrayList<>();
    Instant now = T0;
    for (int[] r : history) {
      now = now.plus(Duration.ofMinutes(r[1] < 900 ? r[1] % 45 : 60L * (r[1] % 50)));
      Action action = action(state, r[0], r[2], r[3]);
      if (action == null) {
        continue;
      }
      Decision d = IncidentDecider.decide(state, IncidentCommand.of(IncidentDriver.MI, Actor.of("x"), now, action),
          PolicySet.ofDefaults());
      events.addAll(d.events());
      state = d.state();
    }
    return new World(policy.build(), state, events, now);
  }

  private static CommunicationPlan plan(int[] s) {
    CommunicationPlan.Builder b = CommunicationPlan.custom();
    for (int p = 1; p <= 3; p++) {
      List<AudiencePlan> plans = new ArrayList<>();
      for (int a = 0; a < 4; a++) {
        int r = s[(p - 1) * 4 + a];
        if (r % 4 != 0) {
          Duration first = Duration.ofMinutes(5 + r % 60);
          AudiencePlan plan = new AudiencePlan(AUDIENCES.get(a), first, first.plusMinutes(r % 90), r % 3 == 0,
              r % 5 != 0, r % 7 != 0);
          plans.add(plan);
        }
      }
      b.priority(Priority.of(p), plans.toArray(new AudiencePlan[0]));
    }
    return b.build();
  }

  private static WorkingHours calendar(int[] s) {
    LocalTime start = LocalTime.of(6 + s[12] % 5, (s[13] % 4) * 15);
    LocalTime end = start.plusHours(4 + s[14] % 8);
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if ((s[15] >> d.ordinal()) % 2 == 1 || d.getValue() == 1 + s[16] % 7) {
        days.add(d);
      }
    }
    List<LocalDate> holidays = new ArrayList<>();
    for (int i = 17; i < 20; i++) {
      holidays.add(LocalDate.of(2026, 3, 20).plusDays(s[i] % 30));
    }
    return new WorkingHours(ZONES.get(s[21] % ZONES.size()), start, end, days, Set.copyOf(holidays));
  }

  /** The happy path's action of each kind the walk takes. */
  private static final Map<ActionKind, Action> PATH = Map.ofEntries(
      Map.entry(ActionKind.IDENTIFY, new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
          Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "down")),
      Map.entry(ActionKind.RECORD_VALIDATION, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null)),
      Map.entry(ActionKind.DECLARE, new IdentificationAction.Declare(null)),
      Map.entry(ActionKind.ASSIGN_MANAGER, new ContainmentAction.AssignManager(Actor.of("amy"))),
      Map.entry(ActionKind.ENGAGE_RESOLVER_GROUP, new IdentificationAction.EngageResolverGroup(ResolverGroup.of("network"), true)),
      Map.entry(ActionKind.MOBILISE, new ContainmentAction.Mobilise(null)),
      Map.entry(ActionKind.START_RESOLUTION,
          new ResolutionAction.StartResolution("fail over", dev.mim.core.incident.ChangeRef.of("CHG-1"), false)),
      Map.entry(ActionKind.APPLY_WORKAROUND, new ResolutionAction.ApplyWorkaround("standby")),
      Map.entry(ActionKind.CONFIRM_RESTORATION, new ResolutionAction.ConfirmRestoration(null)),
      Map.entry(ActionKind.START_REVIEW, new MaintenanceAction.StartReview(null)),
      Map.entry(ActionKind.RECORD_FINDINGS, new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS)),
      Map.entry(ActionKind.SUBMIT_REVIEW, new MaintenanceAction.SubmitReview(null)),
      Map.entry(ActionKind.COMPLETE_REVIEW, new MaintenanceAction.CompleteReview("approved")),
      Map.entry(ActionKind.CLOSE, new MaintenanceAction.Close(null)));

  /** The next step of the walk: mostly along the path, else an update, a snooze, a reprioritisation, a turn. */
  private static Action action(IncidentState state, int op, int a, int b) {
    if (op < 350) {
      ActionKind next = HappyPath.next(state);
      if (next == ActionKind.ADD_REVIEW_ACTION) {
        return new MaintenanceAction.AddReviewAction("A" + state.review().actions().size(), "follow up", Actor.of("amy"),
            LocalDate.of(2026, 6, 1));
      }
      return next == null ? null : PATH.get(next);
    }
    if (op < 750) {
      Audience audience = AUDIENCES.get(a % AUDIENCES.size());
      StakeholderUpdate update = StakeholderUpdate.of(audience, "update");
      return new CommunicationAction.RecordStakeholderUpdate(audience.equals(Audience.REGULATOR) && b % 2 == 0
          ? update.asReport(REPORTS.get(b % REPORTS.size())) : update);
    }
    if (op < 850) {
      return new CommunicationAction.SnoozeUpdates(AUDIENCES.get(a % AUDIENCES.size()), Duration.ofMinutes(1 + b % 240), "wait");
    }
    if (op < 950) {
      return new IdentificationAction.Reprioritise(Impact.of(1 + a % 3), Urgency.of(1 + b % 3), "changed");
    }
    if (op < 975) {
      return switch (a % 8) {
        case 0 -> new TriageAction.Decline("a test");
        case 1 -> new TriageAction.MarkDuplicate(IncidentId.of("MI-0"), "same failure");
        default -> new IdentificationAction.Downgrade("not major");
      };
    }
    return new ResolutionAction.Reopen("failed again");
  }
}
