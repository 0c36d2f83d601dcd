package dev.mim.examples.drill;

import dev.mim.config.PolicyDocument;
import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.lifecycle.Advisory;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.metrics.StakeholderConfidence;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.report.FactNarration;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.ReviewMarkdown;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.policies.oncall.OnCallRoster;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
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
 * lifecycle refuses, an escalation when the manager does not acknowledge in time, and an observer refused for want
 * of the right. It ends by replaying the stored events and checking that they give the live state.
 */
public final class MondayMorningDrill {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("EEE HH:mm").withZone(ZoneOffset.UTC).withLocale(java.util.Locale.ROOT);

  private final PolicySet policies;
  private final CommunicationPolicy comms;
  private final PrintStream out;
  private final Store store;
  private final OnCallRoster roster;
  private final IncidentId id = IncidentId.of("MI-2026-0042");
  /** The incident in memory: its events (what a host persists) and its state. */
  private Incident incident = Incident.start();
  private final TimelineColumns timeline;
  private final AroundTheIncident around;
  private int refusals;

  /** What the drill ended with. */
  public record Result(IncidentState live, IncidentState replayed, List<IncidentEvent> events, int refusals,
      StakeholderConfidence confidence, IncidentReport report) {
    /** @return true when replaying the stored events gave the live state */
    public boolean replayMatches() {
      return live.equals(replayed);
    }
  }

  /** Where a host persists each accepted decision's events as the drill goes. */
  @FunctionalInterface
  public interface Store {
    /** Keeps nothing: the drill's events stay in memory only. */
    Store NONE = (expectedVersion, decision) -> { };

    /**
     * Persists the events of one accepted decision.
     *
     * @param expectedVersion the incident's version the decision was made on
     * @param decision the decision, with its events and the state after them
     */
    void append(long expectedVersion, Decision.Accepted decision);
  }

  MondayMorningDrill(PolicySet policies, OnCallRoster roster, PrintStream out, Store store) {
    this.policies = policies;
    this.comms = policies.communication();
    this.roster = roster;
    this.out = out;
    this.timeline = new TimelineColumns(out);
    this.around = new AroundTheIncident(policies.serviceCatalogue(), timeline, out);
    this.store = store;
  }

  /**
   * Runs the drill and prints its timeline.
   *
   * @param out where the timeline goes
   * @return the live and replayed states, the events and the number of refused commands
   */
  public static Result run(PrintStream out) {
    return run(out, Store.NONE);
  }

  /**
   * Runs the drill, prints its timeline, and hands each accepted decision to {@code store} as it is made.
   *
   * @param out where the timeline goes
   * @param store where the events are persisted
   * @return the live and replayed states, the events and the number of refused commands
   */
  public static Result run(PrintStream out, Store store) {
    return new MondayMorningDrill(DrillHost.policies(DrillHost.communication()), DrillHost.roster(), out, store)
        .play();
  }

  /**
   * Runs the drill under the policies of a document instead of the host's code: its policy set and its on-call
   * schedules.
   *
   * @param out where the timeline goes
   * @param store where the events are persisted
   * @param policies the document
   * @return as {@link #run(PrintStream, Store)}
   */
  public static Result run(PrintStream out, Store store, PolicyDocument policies) {
    return new MondayMorningDrill(policies.policySet(), policies.onCall(), out, store).play();
  }

  /**
   * Runs the drill on standard output, under the policy document named by the system property {@code mim.policies}
   * (YAML, or JSON for a {@code .json} file) when it is set, else under the host's code; exits with status 1 when
   * the replayed state differs from the live one, 2 when the document has problems (listed on standard error).
   *
   * @param args ignored
   * @throws IOException when the document cannot be read
   */
  public static void main(String[] args) throws IOException {
    String document = System.getProperty("mim.policies");
    Result r = document == null ? run(System.out) : DrillHost.runUnder(Path.of(document), System.out);
    if (!r.replayMatches()) {
      System.exit(1);
    }
  }

  static final Actor MONITORING = Actor.of("monitoring");
  static final Actor PAGER = Actor.of("pager");
  static final Actor DESK = Actor.of("desk:priya");
  static final Actor DANA = Actor.of("mim:dana");
  static final Actor OMAR = Actor.of("mim:omar");
  static final Actor LEE = Actor.of("payments:lee");
  static final Actor SAM = Actor.of("comms:sam");
  static final Actor OLGA = Actor.of("exec:olga");
  static final ResolverGroup PAYMENTS = ResolverGroup.of("payments-platform");
  static final ResolverGroup DBA = ResolverGroup.of("database-operations");
  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
  private static final ProblemRef PROBLEM = ProblemRef.of("PRB-0311");

  private Result play() {
    out.println("mim drill: the Monday-morning major incident (" + id + ")");
    out.println();
    timeline.row("TIME", "STAGE", "STATE", "WHO", "WHAT");
    around.maintenanceNight(MONDAY);
    identifyAndDeclare();
    mobilise();
    resolveAndRestore();
    reviewAndClose(MONDAY.plus(Duration.ofDays(1)).plus(min(60)));
    return report(MONDAY.plus(Duration.ofDays(1)).plus(min(150)));
  }

  private void identifyAndDeclare() {
    at(MONDAY, MONITORING, new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
        Set.of(ServiceId.of("payments"), ServiceId.of("checkout")), Impact.HIGH, Urgency.HIGH,
        "Payments API health check failing: HTTP 503 on all nodes"));
    around.affected(MONDAY, incident.state().classification().affectedServices());
    // Engage the primary resolver group before validation, so that no resolution time is lost.
    at(MONDAY.plus(min(2)), DESK, new IdentificationAction.EngageResolverGroup(PAYMENTS, true));
    for (int i = 0; i < 6; i++) {
      // The surge: similar tickets within 15 minutes of the alert, linked as children.
      at(MONDAY.plus(min(3 + i)), DESK, new IdentificationAction.LinkChild(IncidentId.of("INC-" + (88120 + i))));
    }
    // The desk lead is keen: declaring before any validation is refused.
    at(MONDAY.plus(min(9)), DESK, new IdentificationAction.Declare("looks bad"));
    at(MONDAY.plus(min(10)), LEE, new IdentificationAction.RecordValidation(EvidenceKind.RESOLVER_GROUP_CONFIRMED,
        "connection pool exhausted on the primary database"));
    at(MONDAY.plus(min(12)), DESK, new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED,
        "three retail stores cannot take card payments"));
    at(MONDAY.plus(min(14)), DESK, new IdentificationAction.Declare("validated with users and the resolver group"));
  }

  private void mobilise() {
    at(MONDAY.plus(min(15)), DESK, new ContainmentAction.AssignManager(DANA));
    // Until dana acknowledges, the service desk may act for her: it brings in the database team.
    at(MONDAY.plus(min(17)), DESK, new IdentificationAction.EngageResolverGroup(DBA, false));
    // Dana has not acknowledged within 5 minutes: the escalation policy pages the next level, the on-call manager.
    escalate(MONDAY.plus(min(20)));
    at(MONDAY.plus(min(21)), DANA, new EscalationAction.Acknowledge());
    at(MONDAY.plus(min(22)), DANA, new ContainmentAction.AddTeamMember(LEE, TeamRole.TECHNICAL_LEAD));
    at(MONDAY.plus(min(22)), DANA, new ContainmentAction.AddTeamMember(SAM, TeamRole.COMMUNICATIONS_LEAD));
    at(MONDAY.plus(min(23)), DANA, new ContainmentAction.Mobilise("bridge call open"));
    owed(MONDAY.plus(min(24)));
    at(MONDAY.plus(min(28)), SAM, new CommunicationAction.RecordStakeholderUpdate(new StakeholderUpdate(Audience.EXECUTIVES,
        "Card payments down in all stores since 09:00; team mobilised", "all 212 stores cannot take cards", false,
        MONDAY.plus(min(58)), "primary database connection pool exhausted", "traffic spike from a batch job?",
        null)));
    at(MONDAY.plus(min(29)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Known major incident " + id + "; link new payment tickets to it"));
    // An executive watching the incident may read it, not steer it: refused for want of the right.
    at(MONDAY.plus(min(30)), OLGA, new IdentificationAction.Downgrade("stores say cash still works"));
    at(MONDAY.plus(min(31)), SAM, new CommunicationAction.RecordStakeholderUpdate(new StakeholderUpdate(
        Audience.AFFECTED_CUSTOMERS, "Card payments are unavailable in our stores; cash works", "card payments down",
        false, MONDAY.plus(min(91)), null, null, null)));
    // The subscribers of payments and checkout, from the service catalogue: nobody listed them on this incident.
    at(MONDAY.plus(min(32)), SAM, new CommunicationAction.RecordStakeholderUpdate(DrillHost.STORE_MANAGERS,
        "Card terminals down in all stores; take cash, updates hourly"));
  }

  private void resolveAndRestore() {
    // Starting resolution without a change reference is refused: resolution is a change.
    at(MONDAY.plus(min(34)), LEE, new ResolutionAction.StartResolution("fail over to the standby database", null, true));
    at(MONDAY.plus(min(35)), LEE, new ResolutionAction.StartResolution("fail over to the standby database",
        ChangeRef.of("CHG-2031"), true));
    at(MONDAY.plus(min(52)), LEE, new ResolutionAction.ApplyWorkaround("payments traffic moved to the standby database"));
    at(MONDAY.plus(min(58)), DANA, new ResolutionAction.ConfirmRestoration("card payments flowing in all stores"));
    owed(MONDAY.plus(min(59)));
    at(MONDAY.plus(min(60)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES,
        "Service restored at 09:58 by a workaround; root cause under investigation"));
    at(MONDAY.plus(min(64)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Payments restored; resolve linked tickets after checking with callers"));
    at(MONDAY.plus(min(77)), SAM, new CommunicationAction.RecordStakeholderUpdate(DrillHost.STORE_MANAGERS,
        "Card terminals work again; no need to take cash only"));
    at(MONDAY.plus(min(80)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.AFFECTED_CUSTOMERS,
        "Card payments work again in all stores"));
    // Closing straight away is refused: the post-incident review comes first.
    at(MONDAY.plus(min(85)), DANA, new MaintenanceAction.Close("all good"));
    at(MONDAY.plus(Duration.ofHours(3)).plus(min(16)), DANA, new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "Major ICT-related incident: card payments unavailable 09:00-09:58")
            .asReport(RegulatoryRegime.DORA_INITIAL)));
    // The hand-over briefing accounts for every audience told so far: the decider checks it.
    at(MONDAY.plus(Duration.ofHours(9)), DANA, new ContainmentAction.HandOverManager(OMAR, HandoverReason.FOLLOW_THE_SUN,
        Briefing.builder().currentStatus("restored by fail-over to the standby database; review due tomorrow")
            .addOpenHypotheses("batch job spike exhausted the connection pool")
            .addRuledOutHypotheses("network fault")
            .addAudiences(new Briefing.AudienceBrief(Audience.EXECUTIVES, "restored at 09:58", null),
                new Briefing.AudienceBrief(Audience.SERVICE_DESK, "resolve linked tickets", null),
                new Briefing.AudienceBrief(Audience.AFFECTED_CUSTOMERS, "card payments work again", null),
                new Briefing.AudienceBrief(DrillHost.STORE_MANAGERS, "card terminals work again", null),
                new Briefing.AudienceBrief(Audience.REGULATOR, "DORA initial notification sent",
                    MONDAY.plus(Duration.ofHours(75))))
            .build()));
  }

  private void reviewAndClose(Instant tuesday) {
    at(tuesday, OMAR, new MaintenanceAction.StartReview(DANA));
    at(tuesday.plus(min(30)), DANA, new MaintenanceAction.AddReviewAction("PIR-1", "Alert on connection-pool saturation", LEE,
        LocalDate.of(2026, 12, 4), PROBLEM, null));
    at(tuesday.plus(min(31)), DANA, new MaintenanceAction.AddReviewAction("PIR-2", "Rehearse database fail-over quarterly",
        null, null));
    at(tuesday.plus(min(38)), DANA, new MaintenanceAction.RecordFindings(ReviewFindings.builder()
        .summary("Card payments failed in every store for 58 minutes: the primary database ran out of connections"
            + " under a batch job's load, and the fail-over to the standby restored service.")
        .problem(PROBLEM)
        .addContributingFactors("the connection pool was sized for last year's traffic",
            "no alert on pool saturation")
        .addWentWell("the resolver group was engaged before validation", "the fail-over worked first time")
        .addWentBadly("the manager acknowledged only after the first escalation",
            "customers heard about the restoration 7 minutes late")
        .build()));
    // The review confirms the change that caused it, the batch job deployed on Sunday: the change failure rate's
    // input.
    at(tuesday.plus(min(38)), DANA, new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-2019"), true,
        "nightly batch job deployed on Sunday doubled the connections it holds"));
    at(tuesday.plus(min(39)), DANA, new MaintenanceAction.SubmitReview("circulated to the service owner"));
    // Completing the review while an action item has no owner is refused.
    at(tuesday.plus(min(40)), DANA, new MaintenanceAction.CompleteReview("approved by the service owner"));
    at(tuesday.plus(min(41)), DANA, new MaintenanceAction.AssignReviewAction("PIR-2", Actor.of("dba:kim"),
        LocalDate.of(2027, 1, 15)));
    at(tuesday.plus(min(45)), DANA, new MaintenanceAction.CompleteReview("approved by the service owner"));
    at(tuesday.plus(min(50)), OMAR, new MaintenanceAction.Close(null));
    at(tuesday.plus(min(55)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES,
        "Major incident closed; review published with two actions"));
    at(tuesday.plus(min(58)), SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK,
        "Major incident closed"));
  }

  private Result report(Instant end) {
    owed(end);
    List<IncidentEvent> store = incident.events();
    StakeholderConfidence confidence =
        StakeholderConfidence.measure(store, end, comms, around.subscribers(incident.state()));
    out.println();
    out.println("Stakeholder confidence at " + CLOCK.format(end)
        + " (owed updates sent on time; lateness median / max):");
    confidence.audiences().forEach((audience, c) -> out.printf(java.util.Locale.ROOT,
        "  %-20s  %d of %d on time (%3.0f%%)  lateness %d / %d min%s%s%n", audience, c.onTime(),
        c.lateness().size() + c.overdueNow(), 100 * c.onTimeShare(), c.latenessPercentile(50).toMinutes(),
        c.latenessPercentile(100).toMinutes(), c.overdueNow() == 0 ? "" : ", " + c.overdueNow() + " overdue now",
        c.unsolicited() == 0 ? "" : ", " + c.unsolicited() + " not owed"));

    around.publicStatus(store, MONDAY.plus(min(30)));

    IncidentState state = incident.state();
    IncidentState replayed = IncidentDecider.replay(store);
    out.println();
    out.println(store.size() + " events stored, " + refusals + " commands refused; final state " + state.status()
        + " at version " + state.version() + ".");
    out.println("Replayed " + store.size() + " events: the replayed state "
        + (replayed.equals(state) ? "equals" : "DIFFERS FROM") + " the live state.");

    // What the managers read: the incident's figures and its review, derived from the same events.
    IncidentReport report = IncidentReport.of(store, end, policies);
    out.println();
    out.println("The post-incident review, as a host would show it:");
    out.println();
    out.print(ReviewMarkdown.render(report));
    return new Result(state, replayed, store, refusals, confidence, report);
  }

  /**
   * What a host's escalation job does at {@code when}, with mim's {@link EscalationLoop}: asks the policy what is
   * due, pages each target (resolving on-call schedules through the roster) and records the page, so that it is
   * part of the audited history.
   */
  private void escalate(Instant when) {
    EscalationLoop.of(policies.escalation(), (state, e) -> {
      List<String> paged = e.targets().stream()
          .map(t -> roster.personFor(t, when).map(p -> t + " (" + p + ")").orElse(t.toString())).toList();
      timeline.row(CLOCK.format(when), "", "", "(escalation policy)", "escalation due: " + e.reason() + "; paging "
          + String.join(", ", paged));
    }, PAGER).run(incident.state(), when, command -> at(when, PAGER, command.action()));
  }

  /** Prints who is owed an update at {@code when}. */
  private void owed(Instant when) {
    timeline.owed(CLOCK.format(when), incident.state().status(),
        CommunicationSchedule.due(incident.state(), when, comms, around.subscribers(incident.state())), CLOCK);
  }

  private Decision at(Instant when, Actor who, Action action) {
    String answers = "";
    if (action instanceof CommunicationAction.RecordStakeholderUpdate update) {
      answers = CommunicationSchedule.answeredBy(
          CommunicationSchedule.due(incident.state(), when, comms, around.subscribers(incident.state())),
          update.update())
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
      return d;
    }
    Decision.Accepted a = (Decision.Accepted) d;
    store.append(incident.version(), a);
    incident = step.incident();
    for (IncidentEvent e : a.events()) {
      line(when, who, FactNarration.describe(e.fact()) + answers);
    }
    for (Advisory adv : a.advisories()) {
      timeline.row("", "", "", "", "! advisory [" + adv.code().code() + "] " + adv.message());
    }
    return d;
  }

  private void line(Instant when, Actor who, String what) {
    IncidentStatus status = incident.state().status();
    timeline.row(CLOCK.format(when), status.stage().toString(), status.toString(), who.toString(), what);
  }

  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
