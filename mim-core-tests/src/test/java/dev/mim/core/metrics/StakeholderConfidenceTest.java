package dev.mim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeholderConfidenceTest {

  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  @Test
  void onTimeShareAndLatenessPerAudienceCountOverdueUpdatesAsMissed() {
    IncidentDriver d = new IncidentDriver();
    d.okAt(at("09:00"), IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.okAt(at("09:05"), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.okAt(at("09:14"), new IdentificationAction.Declare(null)); // P1: first notices due 09:29
    d.okAt(at("09:25"), new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "first")); // on time
    d.okAt(at("09:40"), new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK, "first")); // 11 min late
    d.okAt(at("09:50"), new CommunicationAction.RecordStakeholderUpdate(Audience.TECHNICAL_TEAMS, "fyi")); // not owed
    d.okAt(at("10:05"), new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "second")); // due 09:55: 10 late
    d.okAt(at("10:06"), new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.REGULATOR, "initial")
        .asReport(RegulatoryRegime.DORA_INITIAL))); // due 13:14: on time

    CommunicationPolicy policy = CommunicationPolicy.custom().regime(RegulatoryRegime.dora()).build();
    StakeholderConfidence c = StakeholderConfidence.measure(d.events, at("10:10"), policy);

    StakeholderConfidence.AudienceConfidence exec = c.audiences().get(Audience.EXECUTIVES);
    assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(10)), exec.lateness());
    assertEquals(1, exec.onTime());
    assertEquals(0.5, exec.onTimeShare());
    // interpolated between the two, as DurationSummary does: 90 % of the way, and half way
    assertEquals(Duration.ofMinutes(9), exec.latenessPercentile(90));
    assertEquals(Duration.ofMinutes(5), exec.latenessPercentile(50));
    assertEquals(Duration.ofMinutes(10), exec.latenessPercentile(100));

    StakeholderConfidence.AudienceConfidence desk = c.audiences().get(Audience.SERVICE_DESK);
    assertEquals(List.of(Duration.ofMinutes(11)), desk.lateness());
    assertEquals(0.0, desk.onTimeShare());

    StakeholderConfidence.AudienceConfidence customers = c.audiences().get(Audience.AFFECTED_CUSTOMERS);
    assertEquals(1, customers.overdueNow(), "never told, overdue since 09:29");
    assertEquals(0.0, customers.onTimeShare());

    assertEquals(1, c.audiences().get(Audience.TECHNICAL_TEAMS).unsolicited());
    assertEquals(1.0, c.audiences().get(Audience.TECHNICAL_TEAMS).onTimeShare(), "nothing owed, nothing missed");
    assertEquals(List.of(Duration.ZERO), c.audiences().get(Audience.REGULATOR).lateness());
  }

  @Test
  void latenessIsListedShortestFirstAndNothingSentGivesZero() {
    IncidentDriver d = new IncidentDriver();
    d.okAt(at("09:00"), IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.okAt(at("09:05"), new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
    d.okAt(at("09:14"), new IdentificationAction.Declare(null)); // P1: executives due 09:29, then every 30 minutes
    d.okAt(at("09:49"), new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "first")); // 20 min late
    d.okAt(at("10:19"), new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "second")); // on time
    StakeholderConfidence c = StakeholderConfidence.measure(d.events, at("10:20"), CommunicationPolicy.ofDefaults());
    assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(20)), c.audiences().get(Audience.EXECUTIVES).lateness());
    assertEquals(Duration.ZERO, c.audiences().get(Audience.SERVICE_DESK).latenessPercentile(90),
        "owed but never sent: no lateness to report, one overdue");
    assertEquals(1, c.audiences().get(Audience.SERVICE_DESK).overdueNow());
  }
}
