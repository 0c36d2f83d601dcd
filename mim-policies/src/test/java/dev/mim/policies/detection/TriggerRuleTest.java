package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The surge detector's trigger rule: which signals propose a candidate at once. */
class TriggerRuleTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
  private static final ServiceId PAYMENTS = ServiceId.of("payments");
  private static final ServiceId MAIL = ServiceId.of("mail");
  private static final BusinessService MAIL_SERVICE =
      new BusinessService(MAIL, "Mail", 3, new BigDecimal("2000"), ResolverGroup.of("messaging"), Actor.of("cio"));
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(List.of(
      new BusinessService(PAYMENTS, "Payments", 1, new BigDecimal("250000"), ResolverGroup.of("payments-platform"),
          Actor.of("cfo")), MAIL_SERVICE));

  private static IncidentSignal signal(SignalSource source, ServiceId service, int minute, String ref) {
    return IncidentSignal.of(source, service, MONDAY.plus(Duration.ofMinutes(minute)), ref);
  }

  @Test
  void aHostsTriggerRuleReplacesTheTierRuleAndItsProposalHasTheSignalsSourceAndTheRulesReason() {
    TriggerRule userReportsOnMail = new TriggerRule() {
      @Override
      public boolean proposesAtOnce(IncidentSignal signal, BusinessService service) {
        return signal.source() == SignalSource.USER_REPORT && MAIL_SERVICE.equals(service);
      }

      @Override
      public String toString() {
        return "user reports on mail";
      }
    };
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).trigger(userReportsOnMail)
        .build());
    assertTrue(d.observe(signal(SignalSource.EVENT_MONITORING, PAYMENTS, 0, "ALERT-1"), OpenKeys.none())
        .proposals().isEmpty(), "the tier rule is replaced");
    CandidateProposal p = d.observe(signal(SignalSource.USER_REPORT, MAIL, 1, "REPORT-1"), OpenKeys.none())
        .proposals().get(0);
    assertEquals(IdentificationSource.USER_REPORT, p.source());
    assertEquals("service:mail", p.key());
    assertEquals(List.of("REPORT-1"), p.evidence());
    assertEquals("signal REPORT-1 on mail met the trigger rule user reports on mail", p.reason());
    assertTrue(d.toString().contains("at once: user reports on mail"), d.toString());
  }

  @Test
  void theDefaultRuleIsMonitoringOnTheImmediateTierAndSaysSoInItsReason() {
    SurgeSettings settings = SurgeSettings.custom().catalogue(CATALOGUE).immediateTier(3).build();
    assertEquals(TriggerRule.monitoringOnTier(3), settings.triggerRule());
    CandidateProposal p = SurgeDetector.of(settings)
        .observe(signal(SignalSource.EVENT_MONITORING, MAIL, 0, "ALERT-1"), OpenKeys.none()).proposals().get(0);
    assertEquals("event monitoring alerted on mail, a tier-3 service", p.reason());
    assertEquals(IdentificationSource.EVENT_MONITORING, p.source());
    TriggerRule onTierOne = TriggerRule.monitoringOnTier(1);
    assertTrue(onTierOne.proposesAtOnce(signal(SignalSource.EVENT_MONITORING, MAIL, 0, "A"),
        CATALOGUE.find(PAYMENTS).orElseThrow()));
    assertEquals(false, onTierOne.proposesAtOnce(signal(SignalSource.EVENT_MONITORING, MAIL, 0, "A"), null),
        "a service the catalogue does not list has no tier");
    assertEquals(false, onTierOne.proposesAtOnce(signal(SignalSource.USER_REPORT, PAYMENTS, 0, "A"),
        CATALOGUE.find(PAYMENTS).orElseThrow()));
    assertEquals("tier must be between 0 and 9, was 10",
        assertThrows(IllegalArgumentException.class, () -> TriggerRule.monitoringOnTier(10)).getMessage());
    assertEquals("monitoring on tier <= 1", onTierOne.toString());
  }

  @Test
  void aRuleThatThrowsRefusesTheSignalWithAWarningAndTheSignalChangesNothing() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(CATALOGUE).threshold(2)
        .lateness(Duration.ofMinutes(5)).trigger((signal, service) -> {
          if (signal.reference().startsWith("BAD")) {
            throw new IllegalStateException("rule broke");
          }
          return false;
        }).build());
    d.observe(signal(SignalSource.SERVICE_DESK_TICKET, MAIL, 0, "INC-1"), OpenKeys.none());
    RecordingLogs.clear();
    Detection refused = d.observe(signal(SignalSource.SERVICE_DESK_TICKET, MAIL, 20, "BAD-1"), OpenKeys.none());
    Detection.Refused r = assertInstanceOf(Detection.Refused.class, refused);
    assertEquals("trigger-failed", r.code().code());
    assertTrue(r.message().contains("BAD-1") && r.message().contains("rule broke"), r.message());
    assertEquals(1, RecordingLogs.warnings().size(), RecordingLogs.warnings().toString());
    assertEquals(1, d.retainedSignals(), "the refused signal is not kept");
    // the refused signal did not move the detector's clock: a signal at minute 1 is not late and makes a surge
    assertEquals(List.of("INC-1", "INC-2"), d.observe(signal(SignalSource.SERVICE_DESK_TICKET, MAIL, 1, "INC-2"),
        OpenKeys.none()).proposals().get(0).evidence());
  }
}
