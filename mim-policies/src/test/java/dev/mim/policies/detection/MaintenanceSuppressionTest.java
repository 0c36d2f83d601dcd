package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signals on services under a maintenance window under way propose nothing and count towards no surge. */
class MaintenanceSuppressionTest {

  private static final Instant NIGHT = Instant.parse("2026-11-22T01:00:00Z");
  private static final ServiceId DATABASE = ServiceId.of("database");
  private static final ServiceId CHECKOUT = ServiceId.of("checkout");
  private static final ServiceId MAIL = ServiceId.of("mail");
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.builder()
      .service(service(DATABASE, 2)).service(service(CHECKOUT, 1)).service(service(MAIL, 3))
      .supports(DATABASE, CHECKOUT).build();
  /** Two hours of work on the database, then half an hour of verification. */
  private static final MaintenanceSchedule UPGRADE = MaintenanceSchedule.of(new MaintenanceWindow("CHG-500",
      "database upgrade", Set.of(DATABASE), NIGHT, NIGHT.plus(Duration.ofHours(2)), Duration.ofMinutes(30)));

  @Test
  void anAlertOnAServiceSupportedByOneUnderMaintenanceIsSuppressedAndTheTriggerRuleIsNotAsked() {
    int[] asked = {0};
    TriggerRule counting = new TriggerRule() {
      @Override
      public boolean proposesAtOnce(IncidentSignal signal, BusinessService service) {
        asked[0]++;
        return true;
      }

      @Override
      public String reason(IncidentSignal signal, BusinessService service) {
        return "every alert";
      }
    };
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).trigger(counting).build());
    Detection suppressed = d.observe(alert(CHECKOUT, 30, "ALERT-1"), OpenKeys.none(), UPGRADE);
    Detection.Suppressed s = assertInstanceOf(Detection.Suppressed.class, suppressed);
    assertEquals("CHG-500", s.window());
    assertEquals("signal ALERT-1 on checkout at 2026-11-22T01:30:00Z is under maintenance window CHG-500 "
        + "(database upgrade)", s.message());
    assertEquals(0, asked[0]);
    assertEquals(0, d.retainedSignals());
    // Another service, or the same one once the window is verified, proposes as before.
    assertEquals(1, d.observe(alert(MAIL, 31, "ALERT-2"), OpenKeys.none(), UPGRADE).proposals().size());
    assertInstanceOf(Detection.Suppressed.class, d.observe(alert(CHECKOUT, 149, "ALERT-3"), OpenKeys.none(), UPGRADE));
    assertEquals(1, d.observe(alert(CHECKOUT, 150, "ALERT-4"), OpenKeys.none(), UPGRADE).proposals().size());
  }

  @Test
  void ticketsDuringTheWindowDoNotCountTowardsASurgeAfterIt() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).threshold(3).build());
    for (int i = 0; i < 4; i++) {
      assertInstanceOf(Detection.Suppressed.class, d.observe(ticket(CHECKOUT, 145 + i, "INC-" + i), OpenKeys.none(),
          UPGRADE));
    }
    assertTrue(d.observe(ticket(CHECKOUT, 151, "INC-5"), OpenKeys.none(), UPGRADE).proposals().isEmpty());
  }

  @Test
  void anyDetectorHonoursTheWindowsOfTheServicesTheyName() {
    DetectionPolicy everything = (signal, open) -> new Detection.Observed(java.util.List.of());
    assertInstanceOf(Detection.Suppressed.class,
        everything.observe(alert(DATABASE, 10, "A"), OpenKeys.none(), UPGRADE));
    // Without the catalogue's dependencies, the default covers the named services only.
    assertInstanceOf(Detection.Observed.class, everything.observe(alert(CHECKOUT, 10, "B"), OpenKeys.none(), UPGRADE));
    assertInstanceOf(Detection.Observed.class,
        everything.observe(alert(DATABASE, -1, "C"), OpenKeys.none(), UPGRADE), "before the window");
    SurgeDetector surge = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).build());
    for (DetectionPolicy d : java.util.List.of(everything, surge)) {
      assertEquals("open must not be null", org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> d.observe(alert(DATABASE, 10, "D"), null, UPGRADE)).getMessage());
      assertEquals("maintenance must not be null", org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> d.observe(alert(DATABASE, 10, "D"), OpenKeys.none(), null))
          .getMessage());
    }
  }

  private static IncidentSignal alert(ServiceId service, int minute, String ref) {
    return IncidentSignal.of(SignalSource.EVENT_MONITORING, service, NIGHT.plus(Duration.ofMinutes(minute)), ref);
  }

  private static IncidentSignal ticket(ServiceId service, int minute, String ref) {
    return IncidentSignal.of(SignalSource.SERVICE_DESK_TICKET, service, NIGHT.plus(Duration.ofMinutes(minute)), ref);
  }

  private static BusinessService service(ServiceId id, int tier) {
    return new BusinessService(id, id.value(), tier, BigDecimal.ONE, ResolverGroup.of("ops"), Actor.of("owner"));
  }
}
