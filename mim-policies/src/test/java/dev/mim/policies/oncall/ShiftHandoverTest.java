package dev.mim.policies.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.policies.oncall.OnCallSchedule.Layer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schedule proposes the end-of-shift hand-over; the briefing it prepares satisfies the decider once completed. */
class ShiftHandoverTest {

  /** amy until 12:00 UTC, then bob, in 4-hour turns from 08:00. */
  private static final OnCallSchedule MANAGERS = OnCallSchedule.of("managers", Layer.rotation("shifts",
      ZoneOffset.UTC, LocalDateTime.of(2026, 11, 23, 8, 0), Duration.ofHours(4),
      List.of(IncidentDriver.AMY, IncidentDriver.BOB)));
  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  private static IncidentDriver mobilisedAndUpdated() {
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.MOBILISED); // amy is the manager
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "Payments down, bridge open"));
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK, "Tell callers: payments down"));
    return d;
  }

  @Test
  void theScheduleProposesAHandOverWhenItNamesSomeoneElse() {
    IncidentDriver d = mobilisedAndUpdated();
    assertEquals(Optional.empty(), ShiftHandover.proposed(d.state, MANAGERS, NOON.minusSeconds(1)));
    assertEquals(Optional.of(new ShiftHandover(IncidentDriver.AMY, IncidentDriver.BOB, NOON)),
        ShiftHandover.proposed(d.state, MANAGERS, NOON));
    // no manager yet, or a terminal incident: nothing to hand over
    assertEquals(Optional.empty(), ShiftHandover.proposed(IncidentState.initial(), MANAGERS, NOON));
    IncidentDriver closed = new IncidentDriver();
    closed.until(IncidentStatus.CLOSED);
    assertEquals(Optional.empty(), ShiftHandover.proposed(closed.state, MANAGERS, NOON));
  }

  @Test
  void thePreparedBriefingAccountsForEveryAudienceAndTheDeciderAcceptsItOnceTheStatusIsAdded() {
    IncidentDriver d = mobilisedAndUpdated();
    ShiftHandover handover = ShiftHandover.proposed(d.state, MANAGERS, NOON).orElseThrow();
    CommunicationPolicy communication = d.policies.communication();
    Briefing prepared = handover.briefing(d.state, communication).build();
    assertEquals(List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK),
        prepared.audiences().stream().map(Briefing.AudienceBrief::audience).toList());
    Briefing.AudienceBrief executives = prepared.audiences().get(0);
    assertEquals("last updated at " + d.state.communications().lastUpdateTo(Audience.EXECUTIVES), executives.lastTold());
    assertEquals(CommunicationSchedule.dueFor(d.state, Audience.EXECUTIVES, NOON, communication)
        .map(UpdateDue::dueAt).orElseThrow(), executives.nextDue());

    // As prepared, it says nothing of where things stand: refused, and nothing changes.
    d.now = NOON;
    d.reject(ViolationCode.BRIEFING_INCOMPLETE, d.decide(handover.toAction(prepared)));

    Briefing completed = handover.briefing(d.state, communication)
        .currentStatus("Payments down since 08:04; fail-over being prepared")
        .addOpenHypotheses("storage controller firmware")
        .addRuledOutHypotheses("network change CHG-99")
        .build();
    ContainmentFact.ManagerHandedOver fact = (ContainmentFact.ManagerHandedOver) d.okAt(NOON, handover.toAction(completed)).events()
        .get(0).fact();
    assertEquals(IncidentDriver.BOB, d.state.team().manager());
    assertEquals(HandoverReason.END_OF_SHIFT, fact.reason());
    assertEquals(completed, fact.briefing());
    assertEquals(Optional.empty(), ShiftHandover.proposed(d.state, MANAGERS, NOON));
  }

  @Test
  void aBriefingThatLeavesOutAnAudienceIsRefused() {
    IncidentDriver d = mobilisedAndUpdated();
    ShiftHandover handover = ShiftHandover.proposed(d.state, MANAGERS, NOON).orElseThrow();
    Briefing partial = Briefing.builder().currentStatus("bridge open")
        .addAudiences(new Briefing.AudienceBrief(Audience.EXECUTIVES, "told at 08:07", null)).build();
    d.now = NOON;
    d.reject(ViolationCode.BRIEFING_INCOMPLETE, d.decide(handover.toAction(partial)));
  }

  @Test
  void badProposalsAreRefusedNamingTheField() {
    Actor amy = IncidentDriver.AMY;
    assertEquals("incoming must not be the outgoing manager, was amy",
        assertThrows(IllegalArgumentException.class, () -> new ShiftHandover(amy, amy, NOON)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ShiftHandover(amy, null, NOON)).getMessage()
        .startsWith("outgoing, incoming and at must not be null"));
    assertThrows(IllegalArgumentException.class, () -> ShiftHandover.proposed(null, MANAGERS, NOON));
    assertThrows(IllegalArgumentException.class,
        () -> new ShiftHandover(amy, IncidentDriver.BOB, NOON).briefing(IncidentState.initial(), null));
  }
}
