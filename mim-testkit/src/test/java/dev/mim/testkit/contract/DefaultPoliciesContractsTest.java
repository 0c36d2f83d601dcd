package dev.mim.testkit.contract;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.comms.Audience;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.PolicyPresets;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.policies.authorization.RoleDirectories;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.policies.tenancy.TenantDirectory;
import dev.mim.testkit.generate.Generators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every default and preset mim ships passes every contract of its interface. */
class DefaultPoliciesContractsTest {

  private final PolicyContracts contracts = PolicyContracts.standard();

  @Test
  void everyEscalationPresetPassesTheEscalationContract() {
    contracts.escalation(EscalationPolicy.none());
    contracts.escalation(EscalationPresets.tiered());
    contracts.escalation(EscalationPresets.pagerDutyStyle(List.of(
        new EscalationPresets.Level(Duration.ofMinutes(5), List.of(EscalationTarget.person(Actor.of("first")))),
        new EscalationPresets.Level(Duration.ofMinutes(20), List.of(EscalationTarget.role(Role.RESOLVER)))), 3));
    // 5 rules looping 20 times owe 105 levels of one condition within a year: within what the decider records.
    contracts.escalation(EscalationPresets.pagerDutyStyle(java.util.Collections.nCopies(5, new EscalationPresets.Level(
        Duration.ofMinutes(5), List.of(EscalationTarget.person(Actor.of("first"))))), 20));
    contracts.escalation(EscalationPresets.opsgenieStyle(EscalationCondition.NOT_RESTORED, Duration.ofMinutes(30),
        EscalationTarget.person(Actor.of("duty")), Duration.ofHours(1), 20));
    contracts.escalation(EscalationPresets.serviceNowStyle(Map.of(
        Priority.of(1), new EscalationPresets.Targets(Duration.ofMinutes(30), Duration.ofHours(4)),
        Priority.of(2), new EscalationPresets.Targets(Duration.ofHours(1), Duration.ofHours(8))),
        WorkingHours.weekdays(ZoneId.of("Europe/Paris"), LocalTime.of(8, 0), LocalTime.of(18, 0)),
        EscalationTarget.person(Actor.of("service-owner"))));
  }

  @Test
  void theEscalationContractHoldsOnIncidentsUnderEveryPolicyPreset() {
    for (PolicySet preset : List.of(PolicyPresets.validateFirst(), PolicyPresets.monitoringFirst(),
        PolicyPresets.managedServiceProvider())) {
      contracts.incidentsUnder(preset).examples(200).escalation(EscalationPresets.tiered());
    }
  }

  @Test
  void theDefaultAuthorizationPoliciesPassTheirContracts() {
    contracts.authorization(AuthorizationPolicy.permitAll());
    contracts.roleBasedAuthorization(AuthorizationMatrix.standard());
  }

  @Test
  void theDefaultDeclarationPoliciesAndThresholdsPassTheirContracts() {
    contracts.declaration(DeclarationPolicy.evidenceRequired());
    contracts.declaration(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING));
    contracts.threshold(MajorIncidentThreshold.standard());
    contracts.threshold(MajorIncidentThreshold.priorityAtLeast(Priority.of(2)));
  }

  @Test
  void theDefaultDirectoriesAndTenantPoliciesPassTheirContracts() {
    contracts.roleDirectory(RoleDirectory.none());
    contracts.roleDirectory(RoleDirectories.of(Map.of(Actor.of("amy"), Set.of(Role.MAJOR_INCIDENT_MANAGER))));
    contracts.tenants(TenantDirectory.of(Map.of(TenantId.of("tenant-1"), PolicyPresets.monitoringFirst()),
        PolicySet.ofDefaults()));
  }

  /** A database under two business services, a payments API under one, subscribers on two of them. */
  static final ServiceCatalogue LAYERED = ServiceCatalogue.builder()
      .service(service("database", 2)).service(service("payments-api", 2)).service(service("checkout", 1))
      .service(service("invoicing", 3)).service(service("intranet", 4))
      .supports(ServiceId.of("database"), ServiceId.of("payments-api"), ServiceId.of("invoicing"))
      .supports(ServiceId.of("payments-api"), ServiceId.of("checkout"))
      .subscribers(ServiceId.of("checkout"), Audience.external("merchants"), Audience.EXECUTIVES)
      .subscribers(ServiceId.of("invoicing"), Audience.internal("finance"))
      .build();

  static BusinessService service(String id, int tier) {
    return new BusinessService(ServiceId.of(id), id, tier, BigDecimal.TEN, ResolverGroup.of("ops"), Actor.of("o"));
  }

  @Test
  void anInMemoryCatalogueWithDependenciesAndSubscribersPassesTheCatalogueContract() {
    contracts.catalogue(LAYERED, List.of(ServiceId.of("database"), ServiceId.of("payments-api"),
        ServiceId.of("checkout"), ServiceId.of("invoicing"), ServiceId.of("intranet")));
  }

  @Test
  void theSurgeDetectorPassesTheDetectionContract() {
    contracts.detection(SurgeDetector::ofDefaults);
  }

  @Test
  void generatedOnCallSchedulesPassTheOnCallContract() {
    for (OnCallSchedule schedule : Generators.onCallSchedules().sample(7, 20)) {
      contracts.examples(200).onCall(schedule);
    }
  }
}
