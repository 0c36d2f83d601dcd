package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal says why in words that name the incident and the values, whether the decider or a replay refuses. */
class RuleMessagesTest {

  /** The message of the replay's refusal of {@code fact} after {@code d}'s history, at {@code at}. */
  private static String replayRefuses(IncidentDriver d, Instant at, Fact fact) {
    IncidentEvent e = IncidentEvent.of(IncidentDriver.MI, d.state.version() + 1, at, IncidentDriver.AMY, fact);
    return assertThrows(IllegalArgumentException.class, () -> IncidentDecider.evolve(d.state, e)).getMessage();
  }

  @Test
  void aDeclarationOnlyRefutingEvidenceStandsAgainst() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.CANDIDATE);
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.FALSE_POSITIVE, null));
    assertEquals("event 3 of incident MI-1 (MAJOR_INCIDENT_DECLARED): validation-refuted: candidate MI-1 has only "
        + "refuting evidence [FALSE_POSITIVE]; downgrade it, or record confirming evidence first",
        replayRefuses(d, d.now, new IdentificationFact.MajorIncidentDeclared(false, null)));
  }

  @Test
  void aReprioritisationFromAnotherPriority() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    Priority now = d.state.classification().priority();
    String m = replayRefuses(d, d.now, new IdentificationFact.IncidentReprioritised(Impact.LOW, Urgency.LOW,
        Priority.of(4), Priority.of(now.level() + 1), "quieter"));
    assertEquals("event " + (d.state.version() + 1) + " of incident MI-1 (INCIDENT_REPRIORITISED): "
        + "fact.previousPriority: fact-contradicts-state: incident MI-1 is " + now + ", not "
        + Priority.of(now.level() + 1), m);
  }

  @Test
  void aReopeningPastTheLongestVerificationWindow() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.RESTORED);
    Instant restored = d.state.resolution().restoredAt();
    Instant late = restored.plus(PolicySet.MAX_VERIFICATION_WINDOW);
    assertEquals("event " + (d.state.version() + 1) + " of incident MI-1 (INCIDENT_REOPENED): "
        + "verification-window-elapsed: incident MI-1 was restored at " + restored
        + "; no verification window reaches " + late,
        replayRefuses(d, late, new ResolutionFact.IncidentReopened("failing again")));
  }

  @Test
  void aSnoozeLongerThanMimAllows() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    Instant at = d.now.plusSeconds(60);
    Instant until = at.plus(Duration.ofHours(5));
    assertEquals("event " + (d.state.version() + 1) + " of incident MI-1 (UPDATES_SNOOZED): fact.until: "
        + "fact-contradicts-state: a snooze at " + at + " must end after it and at most PT4H later, was until " + until,
        replayRefuses(d, at, new CommunicationFact.UpdatesSnoozed(Audience.EXECUTIVES, until, "vendor")));
  }

  @Test
  void aHandOverBriefingThatDoesNotSayWhereThingsStand() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.MOBILISED);
    Briefing silent = new Briefing(null, List.of("pool"), List.of(), List.of());
    Decision.Rejected r = d.no(ViolationCode.BRIEFING_INCOMPLETE,
        new ContainmentAction.HandOverManager(IncidentDriver.BOB, HandoverReason.END_OF_SHIFT, silent));
    assertEquals("the briefing for incident MI-1 must say where things stand", r.violations().get(0).message());
    assertEquals("action.briefing.currentStatus", r.violations().get(0).field());
  }
}
