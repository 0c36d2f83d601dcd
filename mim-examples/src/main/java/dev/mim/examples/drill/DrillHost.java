package dev.mim.examples.drill;

import static dev.mim.examples.drill.MondayMorningDrill.DANA;
import static dev.mim.examples.drill.MondayMorningDrill.DBA;
import static dev.mim.examples.drill.MondayMorningDrill.DESK;
import static dev.mim.examples.drill.MondayMorningDrill.LEE;
import static dev.mim.examples.drill.MondayMorningDrill.MONITORING;
import static dev.mim.examples.drill.MondayMorningDrill.OLGA;
import static dev.mim.examples.drill.MondayMorningDrill.OMAR;
import static dev.mim.examples.drill.MondayMorningDrill.PAGER;
import static dev.mim.examples.drill.MondayMorningDrill.PAYMENTS;

import dev.mim.config.DocumentFormat;
import dev.mim.config.InvalidPolicyDocumentException;
import dev.mim.config.PolicyDocument;
import dev.mim.config.PolicyDocuments;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ResponseRates;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.PolicyPresets;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.policies.authorization.RoleDirectories;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.policies.oncall.OnCallRoster;
import dev.mim.policies.oncall.OnCallSchedule;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The drill's host: its policies, service catalogue, role directory and on-call rota, as a product would set them. */
final class DrillHost {

  private DrillHost() {}

  /**
   * Payments are a financial service: DORA's reporting clock applies beside the default communication plan, whose
   * P1 entry for the catalogue's subscribers is a first notice within 20 minutes, then hourly.
   */
  static CommunicationPolicy communication() {
    CommunicationPlan defaults = CommunicationPlan.defaults();
    List<AudiencePlan> p1 = new ArrayList<>(defaults.at(Priority.of(1)));
    p1.add(AudiencePlan.of(Audience.SUBSCRIBERS, Duration.ofMinutes(20), Duration.ofHours(1)));
    return CommunicationPolicy.custom().plan(CommunicationPlan.from(defaults)
        .priority(Priority.of(1), p1.toArray(new AudiencePlan[0])).build()).regime(RegulatoryRegime.dora()).build();
  }

  /**
   * The host's policies: validate first, mim's tiered escalation, the standard authorization matrix, and what an
   * hour of each responder's time costs.
   */
  static PolicySet policies(CommunicationPolicy communication) {
    return PolicySet.from(PolicyPresets.validateFirst()).escalation(EscalationPresets.tiered())
        .authorization(AuthorizationMatrix.standard()).roles(directory()).serviceCatalogue(catalogue())
        .responseRates(rates()).communication(communication).build();
  }

  /** What an hour of the manager's, a technical lead's, a resolver's and a communications lead's time costs. */
  static ResponseRates rates() {
    return ResponseRates.of(new BigDecimal("150"), Map.of(TeamRole.TECHNICAL_LEAD, new BigDecimal("140"),
        TeamRole.RESOLVER, new BigDecimal("120"), TeamRole.COMMUNICATIONS_LEAD, new BigDecimal("90")));
  }

  /** The host's catalogue: what an hour without each service costs the business, and who owns it. */
  static ServiceCatalogue catalogue() {
    return ServiceCatalogue.builder()
        .service(new BusinessService(ServiceId.of("payments"), "Card payments", 1, new BigDecimal("10000"), PAYMENTS,
            Actor.of("owner:payments")))
        .service(new BusinessService(ServiceId.of("checkout"), "Web checkout", 2, new BigDecimal("2500"), PAYMENTS,
            Actor.of("owner:checkout")))
        .service(new BusinessService(AroundTheIncident.PAYMENTS_DB, "Payments database", 2, BigDecimal.ZERO, DBA,
            Actor.of("owner:dba")))
        .supports(AroundTheIncident.PAYMENTS_DB, ServiceId.of("payments"), ServiceId.of("checkout"))
        .subscribers(ServiceId.of("payments"), STORE_MANAGERS)
        .build();
  }

  /** The store managers, who subscribe to card payments: owed updates on every incident that affects them. */
  static final Audience STORE_MANAGERS = Audience.internal("store-managers");

  /**
   * The host's directory: who holds which role outside any incident. Roles held in the incident (its manager, its
   * team) come on top: sam may update stakeholders once on the team as communications lead.
   */
  static RoleDirectory directory() {
    return RoleDirectories.of(Map.of(MONITORING, Set.of(Role.AUTOMATION), PAGER, Set.of(Role.AUTOMATION),
        DESK, Set.of(Role.SERVICE_DESK_AGENT), DANA, Set.of(Role.MAJOR_INCIDENT_MANAGER),
        OMAR, Set.of(Role.MAJOR_INCIDENT_MANAGER), LEE, Set.of(Role.RESOLVER), OLGA, Set.of(Role.OBSERVER)));
  }

  /**
   * Runs the drill under the policy document in {@code file} (YAML, or JSON for a {@code .json} file) instead of
   * this host's code, saying which document first; exits with status 2, the problems on standard error, when the
   * document has any.
   */
  static MondayMorningDrill.Result runUnder(Path file, PrintStream out) throws IOException {
    DocumentFormat format = file.toString().endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML;
    PolicyDocument policies;
    try {
      policies = PolicyDocuments.read(Files.readString(file), format);
    } catch (InvalidPolicyDocumentException e) {
      System.err.println(file + ": " + e.getMessage());
      System.exit(2);
      throw e;
    }
    out.println("Policies: " + policies + ", from " + file);
    return MondayMorningDrill.run(out, MondayMorningDrill.Store.NONE, policies);
  }

  /** The on-call rota of the Major Incident Managers this week: omar backs up whoever is assigned. */
  static OnCallRoster roster() {
    return OnCallRoster.of(List.of(OnCallSchedule.of(EscalationPresets.MANAGERS_ON_CALL,
        OnCallSchedule.Layer.rotation("backup", ZoneOffset.UTC, LocalDateTime.of(2026, 11, 23, 0, 0),
            Duration.ofDays(7), List.of(OMAR)))));
  }
}
