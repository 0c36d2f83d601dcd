package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.json.Json;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.PeriodReport;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ResponseRates;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the figures, on the random incidents the lifecycle's property tests walk through the decider. */
class MetricsPropertiesTest {

  private static final int EXAMPLES = Math.max(500, Integer.getInteger("mim.property.examples", 10_000) / 10);
  private static final Gen<List<int[]>> SEQUENCES =
      lists().of(Generate.intArrays(Generate.constant(5), Generate.range(0, 999))).ofSizeBetween(1, 60);
  private static final Gen<Integer> LATER = Generate.range(0, 100_000);

  @Test
  void noFigureIsEverNegative() {
    // Every time, window, count and share measured of any incident at any instant after its last event is >= 0
    // (and a share is at most 1).
    forAllIncidents((events, m) -> {
      for (Metric metric : Metric.values()) {
        Duration d = metric.of(m);
        assertTrue(d == null || !d.isNegative(), metric + " of " + m);
      }
      m.outage().forEach(w -> assertFalse(w.length().isNegative(), w.toString()));
      assertTrue(m.reopenCount() >= 0 && m.escalationsFired() >= 0);
      assertTrue(m.updateAdherence() == null || m.updateAdherence() >= 0 && m.updateAdherence() <= 1);
    });
  }

  @Test
  void theFinalRestorationIsNeverBeforeTheFirst() {
    // timeToFinalRestoration >= timeToFirstRestoration whenever both are reached.
    forAllIncidents((events, m) -> {
      if (m.timeToFinalRestoration() != null) {
        assertTrue(m.timeToFinalRestoration().compareTo(m.timeToFirstRestoration()) >= 0, m.toString());
      }
    });
  }

  @Test
  void storedAndReloadedEventsGiveTheSameFigures() {
    // The figures of the events as decided equal those of the same events written to JSON and read back.
    forAllIncidents((events, m) -> assertEquals(m, IncidentMetrics.measure(events.stream().map(Json::roundTrip)
        .toList(), m.measuredAt(), RandomWalk.COMMUNICATION)));
  }

  @Test
  void aPeriodOfOneIncidentHasThatIncidentsOwnFigures() {
    // Over a period holding one incident, each metric's count is 1 (0 when the incident has none) and its mean,
    // median and percentiles are the incident's own value; reopens, escalations and cost are its own.
    forAllIncidents((events, m) -> {
      IncidentReport report = IncidentReport.of(events, m.measuredAt(), RandomWalk.policiesForReports());
      PeriodReport period = PeriodReport.of(List.of(report), m.identifiedAt(), m.identifiedAt().plusSeconds(1),
          ZoneOffset.UTC);
      if (m.status().isKeptOutOfAggregates()) {
        // Declined and duplicate incidents count nowhere, and the period says so.
        assertEquals(Map.of(m.status(), List.of(m.incident())), period.keptOut());
        assertEquals(0, period.all().incidents());
        assertTrue(period.byTenant().isEmpty() && period.byService().isEmpty());
        return;
      }
      assertTrue(period.keptOut().isEmpty());
      for (Metric metric : Metric.values()) {
        Duration own = metric.of(m);
        DurationSummary s = period.all().times().get(metric);
        assertEquals(own == null ? 0 : 1, s.count(), metric.toString());
        if (own != null) {
          assertEquals(List.of(own, own, own, own), List.of(s.mean(), s.median(), s.p90(), s.p95()));
        }
      }
      assertEquals(1, period.all().incidents());
      assertEquals(m.reopenCount(), period.all().reopens());
      assertEquals(m.escalationsFired(), period.all().escalations());
      assertEquals(report.cost().total(), period.all().cost());
      assertEquals(report.responseCost().effort(), period.all().responseEffort());
      assertEquals(report.responseCost().total(), period.all().responseCost());
      assertEquals(period.all(), period.byTenant().get(m.tenant().value()));
    });
  }

  @Test
  void theOutageCostGrowsWithTheOutage() {
    // For any services, catalogue prices and outages d1 <= d2: cost(d1) <= cost(d2), for the total and each share.
    qt().withExamples(EXAMPLES).forAll(Generate.intArrays(Generate.constant(3), Generate.range(0, 2_000_000)),
        Generate.range(0, 1_000_000), Generate.range(0, 1_000_000)).checkAssert((prices, a, b) -> {
          ServiceCatalogue catalogue = ServiceCatalogue.of(List.of(service("a", prices[0]), service("b", prices[1]),
              service("c", prices[2])));
          Set<ServiceId> services = Set.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"), ServiceId.of("x"));
          DowntimeCost shorter = DowntimeCost.of(services, Duration.ofSeconds(Math.min(a, b)), catalogue);
          DowntimeCost longer = DowntimeCost.of(services, Duration.ofSeconds(Math.max(a, b)), catalogue);
          assertTrue(shorter.total().compareTo(longer.total()) <= 0);
          shorter.byService().forEach((s, c) -> assertTrue(c.compareTo(longer.byService().get(s)) <= 0));
          assertEquals(Set.of(ServiceId.of("x")), longer.unpriced());
        });
    // and an ongoing outage measured later costs at least as much
    AtomicInteger ongoing = new AtomicInteger();
    forAllIncidents((events, m) -> {
      if (!m.outage().isEmpty() && m.outage().get(m.outage().size() - 1).ongoing()) {
        IncidentMetrics later = IncidentMetrics.measure(events, m.measuredAt().plus(Duration.ofHours(1)),
            RandomWalk.COMMUNICATION);
        ServiceCatalogue catalogue = RandomWalk.policiesForReports().serviceCatalogue();
        assertTrue(DowntimeCost.of(later, catalogue).total().compareTo(DowntimeCost.of(m, catalogue).total()) >= 0);
        assertEquals(m.outageTotal().plus(Duration.ofHours(1)), later.outageTotal());
        ongoing.incrementAndGet();
      }
    });
    assertTrue(ongoing.get() > 0, "no walk left an outage ongoing");
  }

  @Test
  void theRespondersEffortAndItsCostNeverShrinkAsTheReportMovesLater() {
    // For any incident, measured at t and at t + 1 h: each role's effort, the whole effort and the cost at t + 1 h
    // are at least those at t, and the whole effort is the sum of the roles'.
    ResponseRates rates = ResponseRates.of(new BigDecimal("150"), Arrays.stream(TeamRole.values())
        .collect(Collectors.toMap(r -> r, r -> BigDecimal.valueOf(r.ordinal() * 10L + 5))));
    AtomicInteger responded = new AtomicInteger();
    forAllIncidents((events, m) -> {
      ResponseCost now = ResponseCost.of(events, m.measuredAt(), rates);
      ResponseCost later = ResponseCost.of(events, m.measuredAt().plus(Duration.ofHours(1)), rates);
      now.effortByRole().forEach((role, d) -> assertTrue(d.compareTo(later.effortByRole().get(role)) <= 0, role));
      assertTrue(now.effort().compareTo(later.effort()) <= 0);
      assertTrue(now.total().compareTo(later.total()) <= 0);
      assertEquals(now.effort(), now.effortByRole().values().stream().reduce(Duration.ZERO, Duration::plus));
      assertTrue(now.complete(), "every role is priced");
      if (!now.effort().isZero()) {
        responded.incrementAndGet();
      }
    });
    assertTrue(responded.get() > 0, "no walk put anyone on the team");
  }

  private static BusinessService service(String id, int centsPerHour) {
    return new BusinessService(ServiceId.of(id), id, 1, BigDecimal.valueOf(centsPerHour, 2), ResolverGroup.of("g"),
        Actor.of("owner"));
  }

  /** The incidents of random walks that got as far as identification, measured some time after their last event. */
  private static void forAllIncidents(BiConsumer<List<IncidentEvent>, IncidentMetrics> property) {
    AtomicInteger measured = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(SEQUENCES, LATER).checkAssert((seq, later) -> {
      List<IncidentEvent> events = RandomWalk.play(seq).events();
      if (events.isEmpty()) {
        return;
      }
      Instant last = events.get(events.size() - 1).occurredAt();
      Instant at = last.plusSeconds(later).isAfter(dev.mim.core.incident.TimeRange.LATEST)
          ? last : last.plusSeconds(later);
      property.accept(events, IncidentMetrics.measure(events, at, RandomWalk.COMMUNICATION));
      measured.incrementAndGet();
    });
    assertTrue(measured.get() > EXAMPLES / 2, "only " + measured + " walks identified an incident");
  }
}
