package dev.mim.examples.drill;

import dev.mim.core.cadence.CommunicationPolicy;
import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.metrics.StakeholderConfidence;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.lifecycle.Advisory;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.PolicyPresets;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The Monday-morning scenario of the sources: an alert that a critical service is down, then within 15 minutes an
 * influx of tickets reporting the same issue. The drill takes it through validation, declaration, mobilisation,
 * resolution as a change, restoration, review and closure, printing a timeline, including the commands the
 * lifecycle refuses. It ends by replaying the stored events and checking that they give the live state.
 */
public final class MondayMorningDrill {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("EEE HH:mm").withZone(ZoneOffset.UTC).withLocale(java.util.Locale.ROOT);

  private final PolicySet policies;
  private final CommunicationPolicy comms;
  private final PrintStream out;
  private final IncidentId id = IncidentId.of("MI-2026-0042");
  /** The incident in memory: its events (what a host persists) and its state. */
  private Incident incident = Incident.start();
  private int refusals;

  /** What the drill ended with. */
  public record Result(IncidentState live, IncidentState replayed, List<IncidentEvent> events, int refusals,
      StakeholderConfidence confidence) {
    /** @return true when replaying the stored events gave the live state */
    public boolean replayMatches() {
      return live.equals(replayed);
    }
  }

  MondayMorningDrill(PolicySet policies, CommunicationPolicy comms, PrintStream out) {
    this.policies = policies;
    this.comms = comms;
    this.out = out;
  }

  /**
   * Runs the drill and prints its timeline.
   *
   * @param out where the timeline goes
   * @return the live and replayed states, the events and the number of refused commands
   */
  public static Result run(PrintStream out) {
    // Payments are a financial service: DORA's reporting clock applies beside the default communication plan.
    CommunicationPolicy comms = CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build();
    return new MondayMorningDrill(PolicyPresets.validateFirst(), comms, out).play();
  }

  /**
   * Runs the drill on standard output; exits with status 1 when the replayed state differs from the live one.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Result r = run(System.out);
    if (!r.replayMatches()) {
      System.exit(1);
    }
  }

  private Result play() {
    Actor monitoring = Actor.of("monitoring");
    Actor desk = Actor.of("desk:priya");
    Actor dana = Actor.of("mim:dana");
    Actor omar = Actor.of("mim:omar");
    Actor lee = Actor.of("payments:lee");
    Actor sam = Actor.of("comms:sam");
    ResolverGroup payments = ResolverGroup.of("payments-platform");
    ResolverGroup dba = ResolverGroup.of("database-operations");
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");

    out.println("mim drill: the Monday-morning major incident (" + id + ")");
    out.println();
    out.printf("%-9s  %-14s  %-10s  %-20s  %s%n", "TIME", "STAGE", "STATE", "WHO", "WHAT");

    at(monday, monitoring, new Action.Identify(IdentificationSource.EVENT_MONITORING,
        Set.of(ServiceId.of("payments"), ServiceId.of("checkout")), Impact.HIGH, Urgency.HIGH,
        "Payments API health check failing: HTTP 503 on all nodes"));
    // Engage the primary resolver group before validation, so that no resolution time is lost.
    at(monday.plus(min(2)), desk, new Action.EngageResolverGroup(payments, true));
    for (int i = 0; i < 6; i++) {
      // The surge: similar tickets within 15 minutes of the alert, linked as children.
      at(monday.plus(min(3 + i)), desk, new Action.LinkChild(IncidentId.of("INC-" + (88120 + i))));
    }
    // The desk lead is keen: declaring before any validation is refused.
    at(monday.plus(min(9)), desk, new Action.Declare("looks bad"));
    at(monday.plus(min(10)), lee, new Action.RecordValidation(EvidenceKind.RESOLVER_GROUP_CONFIRMED,
        "connection pool exhausted on the primary database"));
    at(monday.plus(min(12)), desk, new Action.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED,
        "three retail stores cannot take card payments"));
    at(monday.plus(min(14)), desk, new Action.Declare("validated with users and the resolver group"));
    at(monday.plus(min(15)), desk, new Action.AssignManager(dana));
    at(monday.plus(min(16)), dana, new Action.AddTeamMember(lee, TeamRole.TECHNICAL_LEAD));
    at(monday.plus(min(16)), dana, new Action.AddTeamMember(sam, TeamRole.COMMUNICATIONS_LEAD));
    at(monday.plus(min(17)), dana, new Action.EngageResolverGroup(dba, false));
    at(monday.plus(min(18)), dana, new Action.Mobilise("bridge call open"));
    owed(monday.plus(min(20)));
    at(monday.plus(min(28)), sam, new Action.RecordStakeholderUpdate(new StakeholderUpdate(Audience.EXECUTIVES,
        "Card payments down in all stores since 09:00; team mobilised", "all 212 stores cannot take cards", false,
        monday.plus(min(58)), "primary database connection pool exhausted", "traffic spike from a batch job?",
        null)));
    at(monday.plus(min(29)), sam, new Action.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Known major incident " + id + "; link new payment tickets to it"));
    at(monday.plus(min(31)), sam, new Action.RecordStakeholderUpdate(new StakeholderUpdate(
        Audience.AFFECTED_CUSTOMERS, "Card payments are unavailable in our stores; cash works", "card payments down",
        false, monday.plus(min(91)), null, null, null)));
    // Starting resolution without a change reference is refused: resolution is a change.
    at(monday.plus(min(34)), lee, new Action.StartResolution("fail over to the standby database", null, true));
    at(monday.plus(min(35)), lee, new Action.StartResolution("fail over to the standby database",
        ChangeRef.of("CHG-2031"), true));
    at(monday.plus(min(52)), lee, new Action.ApplyWorkaround("payments traffic moved to the standby database"));
    at(monday.plus(min(58)), dana, new Action.ConfirmRestoration("card payments flowing in all stores"));
    owed(monday.plus(min(59)));
    at(monday.plus(min(60)), sam, new Action.RecordStakeholderUpdate(Audience.EXECUTIVES,
        "Service restored at 09:58 by a workaround; root cause under investigation"));
    at(monday.plus(min(64)), sam, new Action.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Payments restored; resolve linked tickets after checking with callers"));
    at(monday.plus(min(80)), sam, new Action.RecordStakeholderUpdate(Audience.AFFECTED_CUSTOMERS,
        "Card payments work again in all stores"));
    // Closing straight away is refused: the post-incident review comes first.
    at(monday.plus(min(85)), dana, new Action.Close("all good"));
    at(monday.plus(Duration.ofHours(3)).plus(min(16)), dana, new Action.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "Major ICT-related incident: card payments unavailable 09:00-09:58")
            .asReport(RegulatoryRegime.DORA_INITIAL)));
    // The hand-over briefing accounts for every audience told so far: the decider checks it.
    at(monday.plus(Duration.ofHours(9)), dana, new Action.HandOverManager(omar, HandoverReason.FOLLOW_THE_SUN,
        Briefing.builder().currentStatus("restored by fail-over to the standby database; review due tomorrow")
            .addOpenHypotheses("batch job spike exhausted the connection pool")
            .addRuledOutHypotheses("network fault")
            .addAudiences(new Briefing.AudienceBrief(Audience.EXECUTIVES, "restored at 09:58", null),
                new Briefing.AudienceBrief(Audience.SERVICE_DESK, "resolve linked tickets", null),
                new Briefing.AudienceBrief(Audience.AFFECTED_CUSTOMERS, "card payments work again", null),
                new Briefing.AudienceBrief(Audience.REGULATOR, "DORA initial notification sent",
                    monday.plus(Duration.ofHours(75))))
            .build()));
    Instant tuesday = monday.plus(Duration.ofDays(1)).plus(min(60));
    at(tuesday, omar, new Action.StartReview(dana));
    at(tuesday.plus(min(30)), dana, new Action.AddReviewAction("PIR-1",
        "Alert on connection-pool saturation", lee, LocalDate.of(2026, 12, 4)));
    at(tuesday.plus(min(31)), dana, new Action.AddReviewAction("PIR-2", "Rehearse database fail-over quarterly",
        null, null));
    at(tuesday.plus(min(40)), dana, new Action.CompleteReview("pool sized for last year's traffic"));
    at(tuesday.plus(min(41)), dana, new Action.AssignReviewAction("PIR-2", Actor.of("dba:kim"),
        LocalDate.of(2027, 1, 15)));
    at(tuesday.plus(min(45)), dana, new Action.CompleteReview("pool sized for last year's traffic; "
        + "fail-over worked but was never rehearsed"));
    at(tuesday.plus(min(50)), omar, new Action.Close(null));
    at(tuesday.plus(min(55)), sam, new Action.RecordStakeholderUpdate(Audience.EXECUTIVES,
        "Major incident closed; review published with two actions"));
    at(tuesday.plus(min(58)), sam, new Action.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Major incident closed"));
    Instant end = tuesday.plus(min(90));
    owed(end);
    List<IncidentEvent> store = incident.events();
    StakeholderConfidence confidence = StakeholderConfidence.measure(store, end, comms);
    out.println();
    out.println("Stakeholder confidence at " + CLOCK.format(end) + " (owed updates sent on time; lateness median / max):");
    confidence.audiences().forEach((audience, c) -> out.printf(java.util.Locale.ROOT,
        "  %-20s  %d of %d on time (%3.0f%%)  lateness %d / %d min%s%s%n", audience, c.onTime(),
        c.lateness().size() + c.overdueNow(), 100 * c.onTimeShare(), c.latenessPercentile(50).toMinutes(),
        c.latenessPercentile(100).toMinutes(), c.overdueNow() == 0 ? "" : ", " + c.overdueNow() + " overdue now",
        c.unsolicited() == 0 ? "" : ", " + c.unsolicited() + " not owed"));

    IncidentState state = incident.state();
    IncidentState replayed = IncidentDecider.replay(store);
    out.println();
    out.println(store.size() + " events stored, " + refusals + " commands refused; final state " + state.status()
        + " at version " + state.version() + ".");
    out.println("Replayed " + store.size() + " events: the replayed state "
        + (replayed.equals(state) ? "equals" : "DIFFERS FROM") + " the live state.");
    return new Result(state, replayed, store, refusals, confidence);
  }

  /** Prints who is owed an update at {@code when}. */
  private void owed(Instant when) {
    IncidentState state = incident.state();
    List<UpdateDue> owed = CommunicationSchedule.due(state, when, comms);
    out.printf("%-9s  %-14s  %-10s  %-20s  owed now:%s%n", CLOCK.format(when), state.status().stage(),
        state.status(), "(schedule)", owed.isEmpty() ? " nothing" : "");
    for (UpdateDue u : owed) {
      out.printf("%-9s  %-14s  %-10s  %-20s    %-18s  %-26s  due %s%s%n", "", "", "", "", u.audience(),
          u.report() != null ? u.report() : u.kind(), CLOCK.format(u.dueAt()),
          u.overdue() ? ", OVERDUE since " + CLOCK.format(u.overdueSince()) : "");
    }
  }

  private void at(Instant when, Actor who, Action action) {
    String answers = "";
    if (action instanceof Action.RecordStakeholderUpdate update) {
      answers = CommunicationSchedule.answeredBy(
          CommunicationSchedule.due(incident.state(), when, comms), update.update())
          .map(u -> " [answers " + (u.report() != null ? u.report() : u.kind()) + " due " + CLOCK.format(u.dueAt())
              + (u.overdue() ? ", " + u.overdueBy(when).toMinutes() + " min late]" : ", on time]"))
          .orElse(" [not owed]");
    }
    Incident.Step step =
        incident.decide(IncidentCommand.of(id, who, when, action).expecting(incident.version()), policies);
    Decision d = step.decision();
    if (d instanceof Decision.Rejected r) {
      refusals++;
      for (Violation v : r.violations()) {
        line(when, who, "REFUSED " + action.kind() + " [" + v.code().code() + "] " + v.message());
      }
      return;
    }
    Decision.Accepted a = (Decision.Accepted) d;
    incident = step.incident();
    for (IncidentEvent e : a.events()) {
      line(when, who, Narrator.describe(e.fact()) + answers);
    }
    for (Advisory adv : a.advisories()) {
      out.printf("%-9s  %-14s  %-10s  %-20s  ! advisory [%s] %s%n", "", "", "", "", adv.code().code(),
          adv.message());
    }
  }

  private void line(Instant when, Actor who, String what) {
    IncidentStatus status = incident.state().status();
    out.printf("%-9s  %-14s  %-10s  %-20s  %s%n", CLOCK.format(when), status.stage(), status, who, what);
  }

  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
