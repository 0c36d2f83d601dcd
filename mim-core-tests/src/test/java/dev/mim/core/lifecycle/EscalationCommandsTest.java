package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acknowledging, recording escalations, holding them, and handing over with a briefing. */
class EscalationCommandsTest {

  private static final List<EscalationTarget> MIM = List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER));

  /** Level 1 of NOT_ACKNOWLEDGED due 5 minutes after the manager took the role, level 2 after 15. */
  private static final EscalationPolicy PAGE_AGAIN = (s, at) -> {
    Instant anchor = EscalationClock.anchor(s, EscalationCondition.NOT_ACKNOWLEDGED);
    if (anchor == null) {
      return List.of();
    }
    return List.of(escalation(s, anchor, 1, 5, at), escalation(s, anchor, 2, 15, at));
  };

  private static Escalation escalation(dev.mim.core.incident.IncidentState s, Instant anchor, int level, int minutes,
      Instant at) {
    Instant due = EscalationClock.after(s, anchor, Duration.ofMinutes(minutes),
        dev.mim.core.calendar.BusinessCalendar.always());
    return new Escalation(EscalationCondition.NOT_ACKNOWLEDGED, level, MIM, "not acknowledged", due,
        at.isAfter(due));
  }

  private final IncidentDriver d = new IncidentDriver();

  private void declaredWithManager() {
    d.policies = PolicySet.custom().escalation(PAGE_AGAIN).build();
    d.until(IncidentStatus.DECLARED);
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
  }

  @Test
  void onlyTheManagerAcknowledgesTheRoleAndOnlyOnce() {
    declaredWithManager();
    d.now = d.now.plusSeconds(30);
    Decision.Rejected r = d.reject(ViolationCode.NOT_THE_MANAGER, IncidentDecider.decide(d.state,
        dev.mim.core.incident.IncidentCommand.of(IncidentDriver.MI, IncidentDriver.BOB, d.now, new EscalationAction.Acknowledge()),
        d.policies));
    assertEquals("actor", r.violations().get(0).field());
    d.ok(new EscalationAction.Acknowledge());
    assertTrue(d.state.team().managerAcknowledged());
    d.no(ViolationCode.ALREADY_ACKNOWLEDGED, new EscalationAction.Acknowledge());
    d.ok(ContainmentAction.HandOverManager.withStatus(IncidentDriver.BOB, HandoverReason.RELIEF, "all quiet"));
    assertFalse(d.state.team().managerAcknowledged(), "the new manager has yet to acknowledge");
  }

  @Test
  void aGroupAcknowledgesOnlyWhenEngagedAndOnce() {
    declaredWithManager();
    d.no(ViolationCode.RESOLVER_GROUP_NOT_ENGAGED, new EscalationAction.Acknowledge(IncidentDriver.DATABASE));
    d.ok(new EscalationAction.Acknowledge(IncidentDriver.NETWORK));
    assertTrue(d.state.team().acknowledgedGroups().contains(IncidentDriver.NETWORK));
    d.no(ViolationCode.ALREADY_ACKNOWLEDGED, new EscalationAction.Acknowledge(IncidentDriver.NETWORK));
  }

  @Test
  void anEscalationIsRecordedOnlyWhenDueOnceAndWhileItsConditionHolds() {
    declaredWithManager();
    Action level1 = new EscalationAction.RecordEscalation(EscalationCondition.NOT_ACKNOWLEDGED, 1, MIM, "paged");
    d.okAt(d.now.plusSeconds(60), new ResolutionAction.ApplyWorkaround("standby")); // a minute in: nothing due yet
    d.reject(ViolationCode.ESCALATION_NOT_DUE, d.decide(level1));
    d.now = d.state.team().managerSince().plus(Duration.ofMinutes(5));
    d.accept(d.decide(level1));
    assertEquals(1, EscalationClock.levelSent(d.state, EscalationCondition.NOT_ACKNOWLEDGED));
    d.now = d.now.plusSeconds(1);
    d.reject(ViolationCode.ESCALATION_ALREADY_SENT, d.decide(level1));
    d.now = d.now.plus(Duration.ofMinutes(10));
    d.ok(new EscalationAction.Acknowledge());
    d.reject(ViolationCode.ESCALATION_CONDITION_CLEARED, IncidentDecider.decide(d.state, d.command(
        new EscalationAction.RecordEscalation(EscalationCondition.NOT_ACKNOWLEDGED, 2, MIM, null)),
        PolicySet.custom().escalation((s, at) -> List.of(new Escalation(EscalationCondition.NOT_ACKNOWLEDGED, 2, MIM,
            "sloppy", at, false))).build()));
  }

  @Test
  void holdingStopsTheClockForExactlyAsLongAsTheHold() {
    declaredWithManager();
    Instant since = d.state.team().managerSince();
    d.okAt(since.plus(Duration.ofMinutes(2)), new EscalationAction.HoldEscalations("vendor bridge"));
    d.no(ViolationCode.ESCALATIONS_ALREADY_HELD, new EscalationAction.HoldEscalations("again"));
    assertNull(EscalationClock.after(d.state, since, Duration.ofMinutes(5),
        dev.mim.core.calendar.BusinessCalendar.always()), "held: the time is not known yet");
    d.okAt(since.plus(Duration.ofMinutes(12)), new EscalationAction.ResumeEscalations(null));
    d.no(ViolationCode.ESCALATIONS_NOT_HELD, new EscalationAction.ResumeEscalations(null));
    assertEquals(since.plus(Duration.ofMinutes(15)), EscalationClock.after(d.state, since, Duration.ofMinutes(5),
        dev.mim.core.calendar.BusinessCalendar.always()), "5 minutes of clock, 10 of them held");
    d.no(ViolationCode.REASON_MISSING, new EscalationAction.HoldEscalations(" "));
  }

  @Test
  void aHandOverBriefingMustAccountForEveryAudienceUpdatedSoFar() {
    declaredWithManager();
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "we are on it"));
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK, "known error"));
    Briefing partial = Briefing.builder().currentStatus("fail-over running")
        .addAudiences(new Briefing.AudienceBrief(Audience.EXECUTIVES, "we are on it", null)).build();
    Decision.Rejected r = d.no(ViolationCode.BRIEFING_INCOMPLETE,
        new ContainmentAction.HandOverManager(Actor.of("omar"), HandoverReason.END_OF_SHIFT, partial));
    assertTrue(r.violations().get(0).message().contains("missing [service-desk]"), r.violations().toString());
    d.no(ViolationCode.BRIEFING_INCOMPLETE, new ContainmentAction.HandOverManager(Actor.of("omar"), HandoverReason.END_OF_SHIFT,
        Briefing.builder().addAudiences(new Briefing.AudienceBrief(Audience.SERVICE_DESK, "known error", null))
            .build()));
    d.ok(new ContainmentAction.HandOverManager(Actor.of("omar"), HandoverReason.END_OF_SHIFT, partial.withAudiences(
        List.of(new Briefing.AudienceBrief(Audience.EXECUTIVES, "we are on it", d.now.plusSeconds(1800)),
            new Briefing.AudienceBrief(Audience.SERVICE_DESK, "known error", null)))));
    assertEquals(Actor.of("omar"), d.state.team().manager());
  }

  @Test
  void aCandidateWithoutAManagerHasNobodyToAcknowledge() {
    d.until(IncidentStatus.CANDIDATE);
    d.no(ViolationCode.MANAGER_MISSING, new EscalationAction.Acknowledge());
  }

  @Test
  void anIncidentHoldsItsEscalationsAtMostAHundredTimes() {
    declaredWithManager();
    for (int i = 0; i < dev.mim.core.incident.EscalationLog.MAX_HOLDS; i++) {
      d.ok(new EscalationAction.HoldEscalations("vendor " + i));
      d.ok(new EscalationAction.ResumeEscalations(null));
    }
    d.no(ViolationCode.LIMIT_EXCEEDED, new EscalationAction.HoldEscalations("once more"));
  }

  @Test
  void aVersionOneHandOverIsReplayedWithoutCheckingItsAudiencesButAVersionTwoOneIsChecked() {
    declaredWithManager();
    d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "we are on it"));
    d.now = d.now.plusSeconds(60);
    dev.mim.core.incident.Fact handOver = new dev.mim.core.incident.ContainmentFact.ManagerHandedOver(IncidentDriver.AMY,
        Actor.of("omar"), HandoverReason.END_OF_SHIFT, Briefing.of("fail-over running"));
    List<dev.mim.core.incident.IncidentEvent> v1 = new java.util.ArrayList<>();
    for (dev.mim.core.incident.IncidentEvent e : d.events) {
      v1.add(new dev.mim.core.incident.IncidentEvent(1, e.tenant(), e.incidentId(), e.sequence(), e.occurredAt(),
          e.actor(), e.fact(), null));
    }
    v1.add(new dev.mim.core.incident.IncidentEvent(1, dev.mim.core.incident.TenantId.DEFAULT, IncidentDriver.MI,
        v1.size() + 1, d.now, IncidentDriver.AMY, handOver, null));
    assertEquals(Actor.of("omar"), IncidentDecider.replay(v1).team().manager());

    List<dev.mim.core.incident.IncidentEvent> v2 = new java.util.ArrayList<>(d.events);
    v2.add(dev.mim.core.incident.IncidentEvent.of(IncidentDriver.MI, v2.size() + 1, d.now, IncidentDriver.AMY,
        handOver));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> IncidentDecider.replay(v2));
    assertTrue(e.getMessage().contains("briefing-incomplete"), e.getMessage());
  }
}
