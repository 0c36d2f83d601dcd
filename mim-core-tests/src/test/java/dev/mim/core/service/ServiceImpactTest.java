package dev.mim.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.DueKind;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.due.DueItem;
import dev.mim.core.due.DueItems;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's dependencies: what a technical failure affects, the impact it proposes and who is owed updates. */
class ServiceImpactTest {

  private static final ServiceId DATABASE = ServiceId.of("database");
  private static final ServiceId PAYMENTS_API = ServiceId.of("payments-api");
  private static final ServiceId CHECKOUT = ServiceId.of("checkout");
  private static final ServiceId INVOICING = ServiceId.of("invoicing");
  private static final ServiceId INTRANET = ServiceId.of("intranet");
  private static final Audience MERCHANTS = Audience.external("merchants");
  private static final Audience FINANCE = Audience.internal("finance");

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.builder()
      .service(service(DATABASE, 3)).service(service(PAYMENTS_API, 2)).service(service(CHECKOUT, 1))
      .service(service(INVOICING, 2)).service(service(INTRANET, 4))
      .supports(DATABASE, PAYMENTS_API, INVOICING)
      .supports(PAYMENTS_API, CHECKOUT)
      .subscribers(CHECKOUT, MERCHANTS, Audience.EXECUTIVES)
      .subscribers(INVOICING, FINANCE)
      .build();

  @Test
  void aTechnicalFailureAffectsEveryServiceItSupportsAndProposesTheMostCriticalImpact() {
    ServiceImpact impact = CATALOGUE.impactOf(Set.of(DATABASE));
    assertEquals(Set.of(DATABASE, PAYMENTS_API, CHECKOUT, INVOICING), impact.affected());
    assertEquals(List.of(CHECKOUT, INVOICING), List.copyOf(impact.businessServices()));
    assertEquals(1, impact.mostCriticalTier());
    assertEquals(Optional.of(Impact.HIGH), impact.proposedImpact());
    assertEquals(List.of(Audience.EXECUTIVES, FINANCE, MERCHANTS), List.copyOf(impact.subscribers()));

    ServiceImpact invoicing = CATALOGUE.impactOf(Set.of(INVOICING));
    assertEquals(Set.of(INVOICING), invoicing.affected());
    assertEquals(Optional.of(Impact.MEDIUM), invoicing.proposedImpact());
    assertEquals(Optional.of(Impact.LOW), CATALOGUE.impactOf(Set.of(INTRANET)).proposedImpact());
    assertEquals(Optional.empty(), ServiceCatalogue.open().impactOf(Set.of(DATABASE)).proposedImpact());
  }

  @Test
  void aCycleIsRefusedWhenTheCatalogueIsBuiltNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceDependencies.builder()
        .supports(DATABASE, PAYMENTS_API).supports(PAYMENTS_API, CHECKOUT).supports(CHECKOUT, DATABASE).build());
    assertEquals("service dependencies must not form a cycle, found checkout -> database -> payments-api -> checkout",
        e.getMessage());
    assertEquals("a service must not support itself, database did", assertThrows(IllegalArgumentException.class,
        () -> ServiceDependencies.builder().supports(DATABASE, DATABASE)).getMessage());
    // A diamond is no cycle.
    ServiceDependencies diamond = ServiceDependencies.builder().supports(DATABASE, PAYMENTS_API, INVOICING)
        .supports(PAYMENTS_API, CHECKOUT).supports(INVOICING, CHECKOUT).build();
    assertEquals(Set.of(DATABASE, PAYMENTS_API, INVOICING, CHECKOUT), diamond.affectedBy(Set.of(DATABASE)));
  }

  @Test
  void dependenciesAndSubscriptionsNameOnlyTheCataloguesServices() {
    assertEquals("service dependencies must name services of the catalogue, named payments-api",
        assertThrows(IllegalArgumentException.class, () -> ServiceCatalogue.builder().service(service(DATABASE, 3))
            .supports(DATABASE, PAYMENTS_API).build()).getMessage());
    assertEquals("subscribers must be of services of the catalogue, named checkout",
        assertThrows(IllegalArgumentException.class, () -> ServiceCatalogue.builder().service(service(DATABASE, 3))
            .subscribers(CHECKOUT, MERCHANTS).build()).getMessage());
  }

  @Test
  void subscribersAreOwedUpdatesOnThePlansSubscribersEntryUnlessThePlanNamesThem() {
    CommunicationPlan plan = CommunicationPlan.custom().priority(Priority.of(1),
        AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(15), Duration.ofMinutes(30)),
        AudiencePlan.of(Audience.SUBSCRIBERS, Duration.ofMinutes(20), Duration.ofMinutes(60))).build();
    PolicySet policies = PolicySet.custom().serviceCatalogue(CATALOGUE)
        .communication(CommunicationPolicy.custom().plan(plan).build()).build();
    IncidentDriver d = declaredOnTheDatabase(policies);
    Set<Audience> subscribers = CATALOGUE.impactOf(Set.of(DATABASE)).subscribers();
    List<UpdateDue> owed = CommunicationSchedule.due(d.state, d.now, policies.communication(), subscribers);
    // Executives keep their own plan; finance and merchants take the subscribers' 20 minutes; the placeholder
    // itself is owed nothing.
    assertEquals(List.of(Audience.EXECUTIVES, FINANCE, MERCHANTS), owed.stream().map(UpdateDue::audience).toList());
    assertEquals(d.state.declaredAt().plus(Duration.ofMinutes(20)), owed.get(1).dueAt());
    assertEquals(List.of(Audience.EXECUTIVES), CommunicationSchedule.due(d.state, d.now, policies.communication())
        .stream().map(UpdateDue::audience).toList());
    assertEquals(List.of("executives", "finance", "merchants"), DueItems.at(d.state, d.now, policies).stream()
        .filter(i -> i.kind() == DueItem.Kind.STAKEHOLDER_UPDATE).map(DueItem::subject).toList());

    d.ok(new CommunicationAction.RecordStakeholderUpdate(MERCHANTS, "checkout degraded"));
    UpdateDue next = CommunicationSchedule.due(d.state, d.now, policies.communication(), subscribers).stream()
        .filter(u -> u.audience().equals(MERCHANTS)).findFirst().orElseThrow();
    assertEquals(DueKind.UPDATE, next.kind());
    assertEquals(d.now.plus(Duration.ofMinutes(60)), next.dueAt());
  }

  @Test
  void aPriorityWithoutASubscribersEntryOwesSubscribersNothingWhileLive() {
    PolicySet policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    IncidentDriver d = declaredOnTheDatabase(policies);
    assertTrue(CommunicationSchedule.due(d.state, d.now, policies.communication(),
        Set.of(MERCHANTS)).stream().noneMatch(u -> u.audience().equals(MERCHANTS)));
  }

  @Test
  void aSubscriberInformedAtAnotherPriorityIsOwedItsFinalNoticeAndOneNeverInformedNothing() {
    // Subscribers are planned at P1 only; the incident is informed at P1, then moves to P2 and is restored.
    CommunicationPlan plan = CommunicationPlan.custom().priority(Priority.of(1),
        AudiencePlan.of(Audience.SUBSCRIBERS, Duration.ofMinutes(20), Duration.ofMinutes(60))).build();
    PolicySet policies = PolicySet.custom().serviceCatalogue(CATALOGUE)
        .communication(CommunicationPolicy.custom().plan(plan).build()).build();
    IncidentDriver d = declaredOnTheDatabase(policies);
    d.ok(new CommunicationAction.RecordStakeholderUpdate(MERCHANTS, "checkout degraded"));
    d.ok(new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.MEDIUM, "fewer merchants affected"));
    Set<Audience> subscribers = CATALOGUE.impactOf(Set.of(DATABASE)).subscribers();
    assertEquals(List.of(), CommunicationSchedule.due(d.state, d.now, policies.communication(), subscribers),
        "live at P2: no subscribers entry, nobody is owed an update");
    d.ok(new IdentificationAction.EngageResolverGroup(ResolverGroup.of("dba"), true));
    d.ok(new dev.mim.core.incident.ContainmentAction.AssignManager(IncidentDriver.AMY));
    d.ok(new dev.mim.core.incident.ContainmentAction.Mobilise(null));
    d.ok(new dev.mim.core.incident.ResolutionAction.StartResolution("fail over",
        dev.mim.core.incident.ChangeRef.of("CHG-1"), false));
    d.ok(new dev.mim.core.incident.ResolutionAction.ApplyWorkaround("replica"));
    d.ok(new dev.mim.core.incident.ResolutionAction.ConfirmRestoration(null));
    List<UpdateDue> owed = CommunicationSchedule.due(d.state, d.now, policies.communication(), subscribers);
    assertEquals(List.of(MERCHANTS), owed.stream().map(UpdateDue::audience).toList(),
        "the informed merchants are owed the restoration notice on the subscribers' P1 entry; finance nothing");
    assertEquals(DueKind.RESTORATION_NOTICE, owed.get(0).kind());
    assertEquals(d.state.resolution().restoredAt().plus(Duration.ofMinutes(20)), owed.get(0).dueAt());
  }

  @Test
  void aCatalogueThatThrowsIsNamedByTheDueItems() {
    ServiceCatalogue failing = new ServiceCatalogue() {
      @Override
      public Optional<BusinessService> find(ServiceId id) {
        return Optional.empty();
      }

      @Override
      public boolean admits(ServiceId id) {
        return true;
      }

      @Override
      public Set<Audience> subscribers(ServiceId id) {
        throw new IllegalStateException("CMDB unreachable");
      }
    };
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    PolicySet policies = PolicySet.custom().serviceCatalogue(failing).communication(CommunicationPolicy.custom()
        .plan(CommunicationPlan.custom().priority(Priority.of(1),
            AudiencePlan.of(Audience.SUBSCRIBERS, Duration.ofMinutes(20), Duration.ofHours(1))).build()).build())
        .build();
    // Without a subscribers entry in the plan, the catalogue is not asked at all: the same items as with mim's own.
    assertEquals(DueItems.at(d.state, d.now, PolicySet.ofDefaults()),
        DueItems.at(d.state, d.now, PolicySet.custom().serviceCatalogue(failing).build()));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DueItems.at(d.state, d.now, policies));
    assertTrue(e.getMessage().startsWith("the service catalogue threw java.lang.IllegalStateException: CMDB "
        + "unreachable for incident MI-1 at "), e.getMessage());
  }

  private static IncidentDriver declaredOnTheDatabase(PolicySet policies) {
    IncidentDriver d = new IncidentDriver();
    d.policies = policies;
    d.ok(new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(DATABASE), Impact.HIGH,
        Urgency.HIGH, "database down"));
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.ok(new IdentificationAction.Declare(null));
    return d;
  }

  private static BusinessService service(ServiceId id, int tier) {
    return new BusinessService(id, id.value(), tier, BigDecimal.TEN, ResolverGroup.of("ops"), Actor.of("owner"));
  }
}
