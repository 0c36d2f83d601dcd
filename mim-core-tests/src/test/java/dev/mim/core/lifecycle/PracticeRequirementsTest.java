package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule for what an action lacks: what the practice requires (a summary, reason, briefing, plan,
 * description, change reference) is a typed rejection with a stable code; a malformed value is an
 * exception when the action is built. A blank text counts as not given.
 */
class PracticeRequirementsTest {

  private final IncidentDriver d = new IncidentDriver();

  /** Each required text, left out (null) or blank: refused with its code, naming the field, nothing changed. */
  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankRequiredTextIsRefusedAsNotGiven(String blank) {
    checkMissing(blank);
  }

  @Test
  void aMissingRequiredTextIsRefused() {
    checkMissing(null);
  }

  private void checkMissing(String text) {
    refused(IncidentStatus.NONE, ViolationCode.SUMMARY_MISSING, "action.summary",
        t -> new IdentificationAction.Identify(IdentificationSource.OTHER, Set.of(ServiceId.of("mail")), Impact.HIGH,
            Urgency.HIGH, t), text);
    refused(IncidentStatus.CANDIDATE, ViolationCode.REASON_MISSING, "action.reason", IdentificationAction.Downgrade::new, text);
    refused(IncidentStatus.CANDIDATE, ViolationCode.REASON_MISSING, "action.reason",
        t -> new IdentificationAction.Reprioritise(Impact.LOW, Urgency.LOW, t), text);
    refused(IncidentStatus.DECLARED, ViolationCode.BRIEFING_MISSING, "action.briefing",
        t -> ContainmentAction.HandOverManager.withStatus(Actor.of("omar"), HandoverReason.RELIEF, t), text);
    refused(IncidentStatus.DECLARED, ViolationCode.DESCRIPTION_MISSING, "action.description",
        ResolutionAction.ApplyWorkaround::new, text);
    refused(IncidentStatus.DECLARED, ViolationCode.SUMMARY_MISSING, "action.update.summary",
        t -> new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, t)), text);
    refused(IncidentStatus.DECLARED, ViolationCode.REASON_MISSING, "action.reason",
        t -> new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofMinutes(30), t), text);
    refused(IncidentStatus.MOBILISED, ViolationCode.RESOLUTION_PLAN_MISSING, "action.plan",
        t -> new ResolutionAction.StartResolution(t, IncidentDriver.CHG, false), text);
    refused(IncidentStatus.RESOLVING, ViolationCode.DESCRIPTION_MISSING, "action.description",
        t -> new ResolutionAction.ApplyPermanentFix(IncidentDriver.CHG, t), text);
    refused(IncidentStatus.RESTORED, ViolationCode.REASON_MISSING, "action.reason", ResolutionAction.Reopen::new, text);
    refused(IncidentStatus.IN_REVIEW, ViolationCode.DESCRIPTION_MISSING, "action.description",
        t -> new MaintenanceAction.AddReviewAction("A1", t, null, null), text);
    refused(IncidentStatus.IN_REVIEW, ViolationCode.REASON_MISSING, "action.reason",
        t -> new MaintenanceAction.DropReviewAction("A1", t), text);
  }

  private void refused(IncidentStatus at, ViolationCode code, String field, Function<String, Action> make,
      String text) {
    IncidentDriver driver = new IncidentDriver();
    if (at != IncidentStatus.NONE) {
      driver.until(at);
    }
    Action action = make.apply(text);
    Decision.Rejected r = driver.no(code, action);
    assertEquals(field, r.violations().get(0).field(), r.violations().toString());
    assertEquals(false, r.has(ViolationCode.VERSION_CONFLICT));
    assertTrue(r.violations().get(0).message().contains(IncidentDriver.MI.value()), r.violations().toString());
  }

  @Test
  void theChangeReferenceIsRequiredByThePractice() {
    d.until(IncidentStatus.RESOLVING);
    Decision.Rejected r = d.no(ViolationCode.CHANGE_REFERENCE_MISSING, new ResolutionAction.ApplyPermanentFix(null, "patch"));
    assertEquals("action.change", r.violations().get(0).field());
  }

  @Test
  void blankOptionalTextsAreKeptAsNull() {
    assertNull(new IdentificationAction.Declare("  ").note());
    assertNull(new MaintenanceAction.Close("").note());
    assertNull(StakeholderUpdate.builder().audience(Audience.EXECUTIVES).summary("s").internalNotes(" ").build()
        .internalNotes());
  }

  @Test
  void malformedValuesAreStillExceptionsWhenBuilt() {
    assertEquals("newManager must not be null", assertThrows(IllegalArgumentException.class,
        () -> ContainmentAction.HandOverManager.withStatus(null, HandoverReason.RELIEF, "briefing")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentificationAction.Downgrade("r".repeat(4001)))
        .getMessage().startsWith("reason must be at most 4000 characters, was 4001"));
    assertEquals("length must not be null", assertThrows(IllegalArgumentException.class,
        () -> new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, null, "vendor")).getMessage());
  }

  @Test
  void aHandOverWithALiteralNullBriefingNamesOneConstructorAndIsRefusedForWantOfTheBriefing() {
    refused(IncidentStatus.DECLARED, ViolationCode.BRIEFING_MISSING, "action.briefing",
        t -> new ContainmentAction.HandOverManager(Actor.of("omar"), HandoverReason.RELIEF, null), null);
  }
}
