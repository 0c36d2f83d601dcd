package dev.mim.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.json.Json;
import dev.mim.core.metrics.ChangeStability;
import dev.mim.core.metrics.DurationSummary;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.PeriodReport;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceState;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The new values a host stores or serves read back from their JSON, in Jackson 2 and 3, and bad input is refused. */
class StatusJsonTest {

  private static final Instant T = Instant.parse("2026-11-22T01:00:00Z");
  private static final MaintenanceWindow WINDOW = new MaintenanceWindow("CHG-2020", "database upgrade",
      Set.of(ServiceId.of("payments-db")), T, T.plus(Duration.ofHours(2)), Duration.ofMinutes(30));

  @Test
  void maintenanceWindowsStatusPagesAndPublicUpdatesReadBack() {
    MaintenanceSchedule schedule = MaintenanceSchedule.of(WINDOW);
    StatusPage page = new StatusPage(T, Map.of(ServiceId.of("checkout"), ComponentStatus.UNDER_MAINTENANCE),
        List.of(new StatusPage.Maintenance(WINDOW, MaintenanceState.IN_PROGRESS)));
    PublicUpdate update = new PublicUpdate(IncidentId.of("MI-1"), PublicState.INVESTIGATING, T,
        Set.of(ServiceId.of("checkout")), "We are investigating a problem affecting checkout.");
    ServiceImpact impact = new ServiceImpact(new TreeSet<>(Set.of(ServiceId.of("payments-db"))),
        new TreeSet<>(Set.of(ServiceId.of("payments-db"), ServiceId.of("checkout"))),
        new TreeSet<>(Set.of(ServiceId.of("checkout"))), 1, new TreeSet<>(Set.of(Audience.external("merchants"))));
    ChangeStability stability = new ChangeStability(20, 2, 0.1, DurationSummary.of(List.of(Duration.ofMinutes(9))),
        1, List.of(IncidentId.of("MI-1")));
    for (Object value : List.of(schedule, page, update, impact, stability)) {
      assertEquals(value, Json.read3(Json.write3(value), value.getClass()), value.toString());
      assertEquals(value, Json.read2(Json.write2(value), value.getClass()), value.toString());
    }
    assertTrue(Json.write3(WINDOW).contains("\"verification\":\"PT30M\""), Json.write3(WINDOW));
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsRefusedNamingTheField() {
    String json = Json.write3(WINDOW).replace("2026-11-22T03:00:00Z", "2026-11-22T00:00:00Z");
    RuntimeException e = assertThrows(RuntimeException.class, () -> Json.read3(json, MaintenanceWindow.class));
    assertTrue(String.valueOf(e.getMessage()).contains("until must be after from (2026-11-22T01:00:00Z) in maintenance"
        + " window CHG-2020, was 2026-11-22T00:00:00Z"), e.getMessage());
  }

  @Test
  void aPeriodKeepsItsDeclinedIncidentsOutAndSaysSoInItsJson() {
    IncidentDriver declined = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    declined.ok(new TriageAction.Decline("a test"));
    PeriodReport p = PeriodReport.of(List.of(IncidentReport.of(declined.events, declined.now, declined.policies)),
        IncidentDriver.T0.minus(Duration.ofDays(1)), IncidentDriver.T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    String json = Json.write3(p);
    assertTrue(json.contains("\"keptOut\":{\"DECLINED\":[\"MI-1\"]}"), json);
    assertEquals(p, Json.read3(json, PeriodReport.class));
    assertEquals(p, Json.read2(Json.write2(p), PeriodReport.class));
  }
}
