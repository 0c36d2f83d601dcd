package dev.mim.examples.drill;

import dev.mim.core.comms.Audience;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.status.PublicUpdate;
import dev.mim.core.status.StatusPage;
import dev.mim.core.status.StatusUpdates;
import dev.mim.policies.detection.SurgeDetector;
import dev.mim.policies.detection.SurgeSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the drill shows around the incident itself, as a host would: the maintenance window of the night before and
 * the signal it suppressed, the business services and subscribers an incident affects, and the public status.
 */
final class AroundTheIncident {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("EEE HH:mm").withZone(ZoneOffset.UTC).withLocale(Locale.ROOT);
  static final ServiceId PAYMENTS_DB = ServiceId.of("payments-db");

  private final ServiceCatalogue catalogue;
  private final TimelineColumns timeline;
  private final PrintStream out;

  AroundTheIncident(ServiceCatalogue catalogue, TimelineColumns timeline, PrintStream out) {
    this.catalogue = catalogue;
    this.timeline = timeline;
    this.out = out;
  }

  /**
   * Sunday night's upgrade of the payments database, with the checkout alert it raised: the surge detector honours
   * the window, so the alert proposes no major incident.
   */
  void maintenanceNight(Instant monday) {
    Instant start = monday.minus(Duration.ofHours(8));
    MaintenanceSchedule night = MaintenanceSchedule.of(new MaintenanceWindow("CHG-2020", "payments database upgrade",
        Set.of(PAYMENTS_DB), start, start.plus(Duration.ofHours(2)), Duration.ofMinutes(30)));
    IncidentSignal alert = IncidentSignal.of(SignalSource.EVENT_MONITORING, ServiceId.of("checkout"),
        start.plus(Duration.ofMinutes(100)), "ALERT-7731");
    Detection d = SurgeDetector.of(SurgeSettings.custom().catalogue(catalogue).build())
        .observe(alert, OpenKeys.none(), night);
    timeline.row(CLOCK.format(alert.at()), "", "", "(surge detector)", d instanceof Detection.Suppressed s
        ? "SUPPRESSED: " + s.message() : "not suppressed: " + d);
  }

  /** The business services the named services affect, through the catalogue's dependencies, and who subscribes. */
  void affected(Instant at, Set<ServiceId> named) {
    ServiceImpact impact = catalogue.impactOf(named);
    timeline.row(CLOCK.format(at), "", "", "(service catalogue)", "affects business services "
        + join(impact.businessServices()) + "; subscribers owed updates: " + (impact.subscribers().isEmpty() ? "none"
        : impact.subscribers().stream().map(Object::toString).collect(Collectors.joining(", "))));
  }

  /** The subscribers of the incident's affected services, from the catalogue: owed updates beside the plan's. */
  Set<Audience> subscribers(IncidentState incident) {
    return catalogue.impactOf(incident.classification().affectedServices()).subscribers();
  }

  /** The status page at {@code at}, while the incident was live, and its public updates, one per stage. */
  void publicStatus(List<IncidentEvent> events, Instant at) {
    List<IncidentEvent> until = events.stream().filter(e -> !e.occurredAt().isAfter(at)).toList();
    StatusPage page = StatusPage.of(List.of(ServiceId.of("payments"), ServiceId.of("checkout")),
        List.of(IncidentDecider.replay(until)), catalogue, MaintenanceSchedule.none(), at);
    out.println();
    out.println("The status page at " + CLOCK.format(at) + ": " + page.components().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ". Its public updates, for the"
        + " host to publish:");
    for (PublicUpdate u : StatusUpdates.of(events, catalogue)) {
      out.printf(Locale.ROOT, "  %-9s  %-13s  %s%n", CLOCK.format(u.at()), u.state(), u.message());
    }
  }

  private static String join(Set<ServiceId> services) {
    return services.stream().map(ServiceId::value).collect(Collectors.joining(", "));
  }
}
