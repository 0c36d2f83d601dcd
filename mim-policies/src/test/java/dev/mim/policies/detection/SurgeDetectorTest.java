package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurgeDetectorTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
  private static final ServiceId PAYMENTS = ServiceId.of("payments");
  private static final ServiceId MAIL = ServiceId.of("mail");
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(List.of(
      new BusinessService(PAYMENTS, "Payments", 1, new BigDecimal("250000"), ResolverGroup.of("payments-platform"),
          Actor.of("cfo")),
      new BusinessService(MAIL, "Mail", 3, new BigDecimal("2000"), ResolverGroup.of("messaging"), Actor.of("cio"))));

  private static IncidentSignal ticket(ServiceId service, int minute, String ref) {
    return IncidentSignal.of(SignalSource.SERVICE_DESK_TICKET, service, MONDAY.plus(Duration.ofMinutes(minute)), ref);
  }

  @Test
  void theFifthSimilarTicketWithinFifteenMinutesProposesACandidateWithItsEvidence() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).build());
    for (int i = 0; i < 4; i++) {
      assertTrue(d.observe(ticket(MAIL, 3 * i, "INC-" + i), OpenKeys.none()).proposals().isEmpty());
    }
    List<CandidateProposal> p = d.observe(ticket(MAIL, 14, "INC-4"), OpenKeys.none()).proposals();
    assertEquals(1, p.size());
    assertEquals("service:mail", p.get(0).key());
    assertEquals(IdentificationSource.SERVICE_DESK_VOLUME, p.get(0).source());
    assertEquals(List.of("INC-0", "INC-1", "INC-2", "INC-3", "INC-4"), p.get(0).evidence());
    IdentificationAction.Identify identify = p.get(0).toIdentify(Impact.MEDIUM, Urgency.HIGH, "Mail down for many");
    assertEquals(Set.of(MAIL), identify.affectedServices());
  }

  @Test
  void ticketsSpreadWiderThanTheWindowAreNoSurge() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).build());
    for (int i = 0; i < 10; i++) {
      assertTrue(d.observe(ticket(MAIL, 4 * i, "INC-" + i), OpenKeys.none()).proposals().isEmpty());
    }
  }

  @Test
  void aMonitoringAlertOnATopTierServiceProposesAtOnceButNotOnALowerTier() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).build());
    Detection alert = d.observe(IncidentSignal.of(SignalSource.EVENT_MONITORING, PAYMENTS, MONDAY, "ALERT-1"),
        OpenKeys.none());
    assertEquals(IdentificationSource.EVENT_MONITORING, alert.proposals().get(0).source());
    assertEquals(List.of("ALERT-1"), alert.proposals().get(0).evidence());
    assertTrue(d.observe(IncidentSignal.of(SignalSource.EVENT_MONITORING, MAIL, MONDAY, "ALERT-2"), OpenKeys.none())
        .proposals().isEmpty());
  }

  @Test
  void noSecondProposalWhileOpenOrWithinTheCoolDown() {
    SurgeDetector d =
        SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).coolDown(Duration.ofMinutes(30)).build());
    IncidentSignal alert = IncidentSignal.of(SignalSource.EVENT_MONITORING, PAYMENTS, MONDAY, "ALERT-1");
    assertTrue(d.observe(alert, OpenKeys.of(Set.of("service:payments"))).proposals().isEmpty(), "open");
    assertEquals(1, d.observe(alert, OpenKeys.none()).proposals().size());
    IncidentSignal again = IncidentSignal.of(SignalSource.EVENT_MONITORING, PAYMENTS,
        MONDAY.plus(Duration.ofMinutes(29)), "ALERT-2");
    assertTrue(d.observe(again, OpenKeys.none()).proposals().isEmpty(), "cool-down");
    IncidentSignal later = IncidentSignal.of(SignalSource.EVENT_MONITORING, PAYMENTS,
        MONDAY.plus(Duration.ofMinutes(30)), "ALERT-3");
    assertEquals(1, d.observe(later, OpenKeys.none()).proposals().size());
  }

  @Test
  void lateSignalsWithinTheLatenessCountAndOlderOnesAreRefused() {
    SurgeDetector d = SurgeDetector.of(
        SurgeSettings.custom().catalogue(CATALOGUE).threshold(3).lateness(Duration.ofMinutes(5)).build());
    d.observe(ticket(MAIL, 10, "A"), OpenKeys.none());
    d.observe(ticket(MAIL, 12, "B"), OpenKeys.none());
    List<CandidateProposal> p = d.observe(ticket(MAIL, 7, "C"), OpenKeys.none()).proposals();
    assertEquals(List.of("C", "A", "B"), p.get(0).evidence(), "a signal 5 minutes late, within lateness, counts");
    Detection tooLate = d.observe(ticket(MAIL, 6, "D"), OpenKeys.none());
    Detection.Refused r = (Detection.Refused) tooLate;
    assertEquals("signal-too-late", r.code().code());
    assertTrue(r.message().contains("D") && r.message().contains("PT5M"), r.message());
  }

  @Test
  void unknownServicesAreRefused() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).build());
    Detection.Refused r = (Detection.Refused) d.observe(ticket(ServiceId.of("crm"), 0, "X"), OpenKeys.none());
    assertEquals(Detection.SignalRefusal.UNKNOWN_SERVICE, r.code());
    assertTrue(r.message().contains("crm"));
    assertEquals(0, d.retainedSignals());
  }

  @Test
  void signalsWithoutTheKeyAreNotGrouped() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().key(SignalKey.byCategory()).threshold(2).build());
    assertTrue(d.observe(ticket(MAIL, 0, "A"), OpenKeys.none()).proposals().isEmpty());
    assertTrue(d.observe(ticket(MAIL, 1, "B"), OpenKeys.none()).proposals().isEmpty());
    assertEquals(0, d.retainedSignals());
  }

  @Test
  void badSettingsAreRefusedByName() {
    assertEquals("threshold must be at least 2, was 0",
        assertThrows(IllegalArgumentException.class, () -> SurgeSettings.custom().threshold(0).build()).getMessage());
    assertEquals("window must be positive, was PT0S",
        assertThrows(IllegalArgumentException.class,
            () -> SurgeSettings.custom().window(Duration.ZERO).build()).getMessage());
    assertEquals("window must be positive, was PT-1M", assertThrows(IllegalArgumentException.class,
        () -> SurgeSettings.custom().window(Duration.ofMinutes(-1)).build()).getMessage());
    assertEquals("lateness must not be negative, was PT-1S", assertThrows(IllegalArgumentException.class,
        () -> SurgeSettings.custom().lateness(Duration.ofSeconds(-1)).build()).getMessage());
    assertEquals("catalogue must not be null",
        assertThrows(IllegalArgumentException.class,
            () -> SurgeSettings.custom().catalogue(null).build()).getMessage());
    assertEquals("service must not be null", assertThrows(IllegalArgumentException.class,
        () -> IncidentSignal.of(SignalSource.OTHER, null, MONDAY, "X")).getMessage());
  }

  @Test
  void overAMillionSignalsTheDetectorHoldsOnlyTheSignalsOfWindowAndLateness() {
    // Structural: retention is bounded by the span window + lateness (20 minutes by default), not by the signals
    // seen. A signal every 50 ms over 5,000 services, one in a hundred up to four minutes late: at most 24,001
    // signals fall within the span, so the detector never holds more, and the cool-downs it remembers are those
    // of the last hour's proposals only.
    SurgeDetector d = SurgeDetector.ofDefaults();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    List<ServiceId> services = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      services.add(ServiceId.of("svc-" + i));
    }
    Instant now = Instant.parse("2026-11-28T00:00:00Z");
    int held = 0;
    int proposals = 0;
    for (int i = 0; i < 1_000_000; i++) {
      now = now.plusMillis(50);
      Instant at = random.nextInt(100) == 0 ? now.minusSeconds(random.nextInt(240)) : now;
      double u = random.nextDouble();
      Detection r = d.observe(IncidentSignal.of(SignalSource.SERVICE_DESK_TICKET,
          services.get((int) (u * u * u * services.size())), at, "INC" + i), OpenKeys.none());
      proposals += ((Detection.Observed) r).proposals().size();
      held = Math.max(held, d.retainedSignals());
    }
    assertTrue(held <= 24_001, "held " + held);
    assertTrue(held > 20_000, "the span was full: held " + held);
    assertTrue(proposals > 100, proposals + " proposals");
    assertTrue(d.rememberedProposals() < proposals / 10, d.rememberedProposals() + " cool-downs remembered of "
        + proposals);
  }

  @Test
  void keysWhoseSignalsWereAllForgottenAreKeptForTheirNextSignalUntilTheyOutnumberTheOthers() {
    SurgeDetector d = SurgeDetector.ofDefaults();
    for (int i = 0; i < 10; i++) {
      d.observe(ticket(ServiceId.of("svc-" + i), 0, "A" + i), OpenKeys.none());
    }
    d.observe(ticket(ServiceId.of("svc-10"), 30, "B"), OpenKeys.none());
    assertEquals(1, d.retainedSignals(), "the first ten are forgotten");
    assertEquals(11, d.keyQueues(), "their queues wait for their next signal");
    for (int i = 0; i < 5; i++) {
      d.observe(ticket(ServiceId.of("svc-" + i), 31, "C" + i), OpenKeys.none());
    }
    assertEquals(11, d.keyQueues(), "five of them are used again, none made");
    for (int i = 100; i < 170; i++) {
      d.observe(ticket(ServiceId.of("svc-" + i), 90, "D" + i), OpenKeys.none());
    }
    assertEquals(81, d.keyQueues(), "11 empty queues are fewer than 64");
    // An hour on, the 70 are forgotten too: 81 empty queues of 82 are dropped, svc-200's stays with its signal.
    d.observe(ticket(ServiceId.of("svc-200"), 150, "E0"), OpenKeys.none());
    assertEquals(1, d.keyQueues());
    List<CandidateProposal> p = List.of();
    for (int i = 1; i < 5; i++) {
      p = d.observe(ticket(ServiceId.of("svc-200"), 150 + i, "E" + i), OpenKeys.none()).proposals();
    }
    assertEquals(List.of("E0", "E1", "E2", "E3", "E4"), p.get(0).evidence());
    assertEquals(1, d.keyQueues());
  }

  @Test
  void aHostsOwnKeyGroupsTheSignalsItNamesAndLeavesTheOthersAlone() {
    SignalKey byPrefix = s -> s.reference().startsWith("NET") ? "ref:NET" : null;
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().key(byPrefix).build());
    List<CandidateProposal> p = List.of();
    for (int i = 0; i < 5; i++) {
      assertTrue(d.observe(ticket(ServiceId.of("svc-" + i), i, "OTHER-" + i), OpenKeys.none()).proposals()
          .isEmpty());
      p = d.observe(ticket(ServiceId.of("svc-" + i), i, "NET-" + i), OpenKeys.none()).proposals();
    }
    assertEquals(1, p.size());
    assertEquals("ref:NET", p.get(0).key());
    assertEquals(List.of("NET-0", "NET-1", "NET-2", "NET-3", "NET-4"), p.get(0).evidence());
    assertEquals(5, p.get(0).services().size());
    assertEquals(5, d.retainedSignals(), "the signals without a key are not kept");
  }

  @Test
  void aSurgesReasonCountsItsSignalsAndNamesTheFirstAndTheLast() {
    SurgeDetector d = SurgeDetector.ofDefaults();
    List<CandidateProposal> p = List.of();
    for (int i = 0; i < 5; i++) {
      p = d.observe(ticket(MAIL, 2 + 3 * i, "INC-" + i), OpenKeys.none()).proposals();
    }
    assertEquals("5 signals with service:mail within PT15M",
        p.get(0).reason());
    assertEquals(Instant.parse("2026-11-23T09:02:00Z"), p.get(0).firstSignalAt());
    assertEquals(Instant.parse("2026-11-23T09:14:00Z"), p.get(0).proposedAt());
  }
}
