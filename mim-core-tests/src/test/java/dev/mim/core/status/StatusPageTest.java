package dev.mim.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceState;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A status page computed from the incidents and the maintenance windows, and the public updates per stage. */
class StatusPageTest {

  private static final ServiceId DATABASE = ServiceId.of("database");
  private static final ServiceId CHECKOUT = ServiceId.of("checkout");
  private static final ServiceId INVOICING = ServiceId.of("invoicing");
  private static final ServiceId MAIL = ServiceId.of("mail");
  private static final List<ServiceId> COMPONENTS = List.of(CHECKOUT, INVOICING, MAIL);
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.builder()
      .service(service(DATABASE)).service(service(CHECKOUT)).service(service(INVOICING)).service(service(MAIL))
      .supports(DATABASE, CHECKOUT, INVOICING).build();

  @Test
  void eachComponentShowsTheWorstOfTheLiveIncidentsThatAffectItAndOfTheMaintenanceUnderWay() {
    IncidentDriver database = declared(DATABASE, Impact.MEDIUM);
    IncidentDriver checkout = declared(CHECKOUT, Impact.HIGH);
    IncidentDriver restoredMail = declared(MAIL, Impact.HIGH).until(IncidentStatus.RESTORED);
    Instant at = IncidentDriver.T0.plus(Duration.ofHours(1));
    MaintenanceWindow mailWork = new MaintenanceWindow("CHG-9", "mail server patch", Set.of(MAIL),
        at.minus(Duration.ofMinutes(5)), at.plus(Duration.ofMinutes(30)), Duration.ZERO);
    MaintenanceWindow later = new MaintenanceWindow("CHG-10", "invoicing upgrade", Set.of(INVOICING),
        at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(1).plusHours(1)), Duration.ofMinutes(15));
    StatusPage page = StatusPage.of(COMPONENTS, List.of(database.state, checkout.state, restoredMail.state),
        CATALOGUE, MaintenanceSchedule.of(mailWork, later), at);
    assertEquals(Map.of(CHECKOUT, ComponentStatus.MAJOR_OUTAGE, INVOICING, ComponentStatus.PARTIAL_OUTAGE,
        MAIL, ComponentStatus.UNDER_MAINTENANCE), page.components());
    assertEquals(List.of(new StatusPage.Maintenance(mailWork, MaintenanceState.IN_PROGRESS),
        new StatusPage.Maintenance(later, MaintenanceState.SCHEDULED)), page.maintenance());
    // A candidate is not shown.
    IncidentDriver candidate = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    assertEquals(ComponentStatus.OPERATIONAL, StatusPage.of(List.of(ServiceId.of("payments")),
        List.of(candidate.state), PolicySet.ofDefaults().serviceCatalogue(), MaintenanceSchedule.none(), at)
        .components().get(ServiceId.of("payments")));
  }

  @Test
  void aMaintenanceWindowPassesThroughItsStates() {
    Instant from = IncidentDriver.T0;
    MaintenanceWindow w = new MaintenanceWindow("CHG-9", "patch", Set.of(MAIL), from, from.plusSeconds(3600),
        Duration.ofMinutes(10));
    assertEquals(List.of(MaintenanceState.SCHEDULED, MaintenanceState.IN_PROGRESS, MaintenanceState.VERIFYING,
        MaintenanceState.COMPLETED), List.of(w.stateAt(from.minusSeconds(1)), w.stateAt(from),
        w.stateAt(from.plusSeconds(3600)), w.stateAt(from.plusSeconds(4200))));
    assertEquals("until must be after from (2026-11-23T08:00:00Z) in maintenance window CHG-9, was "
        + "2026-11-23T08:00:00Z", assertThrows(IllegalArgumentException.class, () ->
            new MaintenanceWindow("CHG-9", "patch", Set.of(MAIL), from, from, Duration.ZERO)).getMessage());
    assertEquals("windows must name each id once, found CHG-9 twice", assertThrows(IllegalArgumentException.class,
        () -> MaintenanceSchedule.of(w, w)).getMessage());
  }

  @Test
  void eachStageOfTheLifecycleGivesOnePublicUpdateAndAReopenGoesBackToIdentified() {
    IncidentDriver d = declared(DATABASE, Impact.HIGH);
    d.until(IncidentStatus.RESTORED);
    d.ok(new ResolutionAction.Reopen("errors again"));
    d.ok(new ResolutionAction.ApplyWorkaround("read replica"));
    d.ok(new ResolutionAction.ConfirmRestoration(null));
    d.until(IncidentStatus.CLOSED);
    List<PublicUpdate> updates = StatusUpdates.of(d.events, CATALOGUE);
    assertEquals(List.of(PublicState.INVESTIGATING, PublicState.IDENTIFIED, PublicState.MONITORING,
        PublicState.IDENTIFIED, PublicState.MONITORING, PublicState.RESOLVED),
        updates.stream().map(PublicUpdate::state).toList());
    assertEquals(Set.of(CHECKOUT, INVOICING), updates.get(0).components());
    assertEquals("We are investigating a problem affecting checkout, invoicing.", updates.get(0).message());
    assertEquals(d.state.declaredAt(), updates.get(0).at());

    IncidentDriver dup = declared(MAIL, Impact.LOW);
    dup.ok(new TriageAction.MarkDuplicate(IncidentId.of("MI-0"), "same"));
    List<PublicUpdate> merged = StatusUpdates.of(dup.events, CATALOGUE);
    assertEquals(List.of(PublicState.INVESTIGATING, PublicState.RESOLVED),
        merged.stream().map(PublicUpdate::state).toList());
    assertEquals("This incident is tracked with another one; updates continue there.", merged.get(1).message());
    IncidentDriver declined = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    declined.ok(new TriageAction.Decline("a test"));
    assertEquals(List.of(), StatusUpdates.of(declined.events, CATALOGUE));
  }

  private static IncidentDriver declared(ServiceId service, Impact impact) {
    IncidentDriver d = new IncidentDriver(new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
        Set.of(service), impact, Urgency.HIGH, "failing"));
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    return d.until(IncidentStatus.DECLARED);
  }

  private static BusinessService service(ServiceId id) {
    return new BusinessService(id, id.value(), 1, BigDecimal.ONE, ResolverGroup.of("ops"), Actor.of("owner"));
  }
}
