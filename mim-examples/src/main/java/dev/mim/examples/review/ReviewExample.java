package dev.mim.examples.review;

import dev.mim.core.comms.Audience;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.ReviewMarkdown;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ResponseRates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice's Monday-morning example as a review document: the first signal at 09:00, declared at 09:12,
 * restored at 10:45, reopened at 11:15, restored again at 12:05, on a service whose downtime costs 10,000 an hour;
 * the manager (150 an hour) and a resolver (120 an hour) work on it.
 * README shows what {@link #render()} prints; a test keeps the two the same.
 */
public final class ReviewExample {

  private static final ServiceId PAYMENTS = ServiceId.of("payments");
  private static final IncidentId ID = IncidentId.of("MI-0417");
  private static final Actor DESK = Actor.of("desk");
  private static final Actor MANAGER = Actor.of("mim:dana");

  private ReviewExample() {}

  /**
   * @return the policies: a catalogue pricing an hour of payments downtime at 10,000, and an hour of the manager's
   *     time at 150 and a resolver's at 120
   */
  public static PolicySet policies() {
    return PolicySet.custom().serviceCatalogue(ServiceCatalogue.of(List.of(new BusinessService(PAYMENTS,
        "Card payments", 1, new BigDecimal("10000"), ResolverGroup.of("payments-platform"), Actor.of("owner")))))
        .responseRates(ResponseRates.of(new BigDecimal("150"), Map.of(TeamRole.RESOLVER, new BigDecimal("120"))))
        .build();
  }

  /** @return the incident, decided command by command */
  public static Incident incident() {
    PolicySet policies = policies();
    Incident incident = Incident.start();
    Object[][] steps = {
        {"09:03", DESK, new IdentificationAction.Identify(IdentificationSource.SERVICE_DESK_VOLUME, Set.of(PAYMENTS), Impact.HIGH,
            Urgency.HIGH, "Card payments failing in all stores", at("09:00"))},
        {"09:05", DESK, new IdentificationAction.EngageResolverGroup(ResolverGroup.of("payments-platform"), true)},
        {"09:10", DESK, new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, "three stores called")},
        {"09:12", DESK, new IdentificationAction.Declare(null)},
        {"09:13", DESK, new ContainmentAction.AssignManager(MANAGER)},
        {"09:15", MANAGER, new EscalationAction.Acknowledge()},
        {"09:20", MANAGER, new ContainmentAction.Mobilise("bridge open")},
        {"09:21", MANAGER, new ContainmentAction.AddTeamMember(Actor.of("payments:lee"), TeamRole.RESOLVER)},
        {"09:25", MANAGER, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "Card payments down since 09:00")},
        {"09:26", MANAGER, new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK, "Link payment tickets to "
            + "MI-0417")},
        {"09:40", MANAGER, new ResolutionAction.StartResolution("fail over to the standby", ChangeRef.of("CHG-88"), true)},
        {"10:40", MANAGER, new ResolutionAction.ApplyWorkaround("traffic on the standby database")},
        {"10:45", MANAGER, new ResolutionAction.ConfirmRestoration(null)},
        {"11:15", DESK, new ResolutionAction.Reopen("payments failing again")},
        {"12:00", MANAGER, new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-89"), "connection pool resized")},
        {"12:05", MANAGER, new ResolutionAction.ConfirmRestoration(null)},
        {"16:00", MANAGER, new MaintenanceAction.StartReview(MANAGER)},
        {"16:20", MANAGER, new MaintenanceAction.RecordFindings(ReviewFindings.builder()
            .summary("Card payments failed twice: the fail-over held for half an hour only.")
            .rootCause("connection pool sized for last year's traffic").problem(ProblemRef.of("PRB-0311"))
            .addContributingFactors("no alert on pool saturation").addWentWell("the resolver group joined early")
            .addWentBadly("the first workaround did not hold").build())},
        {"16:25", MANAGER, new MaintenanceAction.AddReviewAction("PIR-1", "Alert on connection-pool saturation",
            Actor.of("payments:lee"), LocalDate.of(2026, 12, 4), ProblemRef.of("PRB-0311"), null)},
        {"16:30", MANAGER, new MaintenanceAction.SubmitReview(null)},
        {"17:00", MANAGER, new MaintenanceAction.CompleteReview("approved by the service owner")},
        {"17:05", MANAGER, new MaintenanceAction.Close(null)},
    };
    for (Object[] step : steps) {
      Incident.Step next = incident.decide(IncidentCommand.of(ID, (Actor) step[1], at((String) step[0]),
          (Action) step[2]), policies);
      if (!next.accepted()) {
        throw new IllegalStateException("the example's step at " + step[0] + " was refused: " + next.decision());
      }
      incident = next.incident();
    }
    return incident;
  }

  /** @return the review document README shows */
  public static String render() {
    Incident incident = incident();
    PolicySet policies = policies();
    // readme:begin
    IncidentReport report = IncidentReport.of(incident.events(), at("18:00"), policies);
    String markdown = ReviewMarkdown.render(report);     // or serialise the report to JSON
    // readme:end
    return markdown;
  }

  /**
   * Prints the review document.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(render());
  }

  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }
}
