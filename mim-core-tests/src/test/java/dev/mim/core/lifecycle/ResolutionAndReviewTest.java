package dev.mim.core.lifecycle;

import static dev.mim.core.fixtures.IncidentDriver.AMY;
import static dev.mim.core.fixtures.IncidentDriver.BOB;
import static dev.mim.core.fixtures.IncidentDriver.CHG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decider's rules of resolution (a change, a workaround or a fix, reopening) and of the review and closure. */
class ResolutionAndReviewTest {

  private final IncidentDriver d = new IncidentDriver();

  @Nested
  class Resolution {
    @Test
    void startingResolutionNeedsAPlanAndAChange() {
      d.until(IncidentStatus.MOBILISED);
      Decision.Rejected r = d.no(ViolationCode.RESOLUTION_PLAN_MISSING, new ResolutionAction.StartResolution(null, null, false));
      assertTrue(r.has(ViolationCode.CHANGE_REFERENCE_MISSING));
      d.no(ViolationCode.CHANGE_REFERENCE_MISSING, new ResolutionAction.StartResolution("restart", null, false));
      Decision.Accepted a = d.ok(new ResolutionAction.StartResolution("restart the pool", CHG, true));
      assertEquals(AdvisoryCode.EMERGENCY_CHANGE, a.advisories().get(0).code());
      assertEquals(IncidentStatus.RESOLVING, a.state().status());
      assertEquals(CHG, a.state().resolution().change());
    }

    @Test
    void restorationNeedsAWorkaroundOrAFix() {
      d.until(IncidentStatus.RESOLVING);
      d.no(ViolationCode.RESTORATION_MEANS_MISSING, new ResolutionAction.ConfirmRestoration(null));
      d.no(ViolationCode.CHANGE_REFERENCE_MISSING, new ResolutionAction.ApplyPermanentFix(null, "patched"));
      d.ok(new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-101"), "patched the driver"));
      Decision.Accepted a = d.ok(new ResolutionAction.ConfirmRestoration("all green"));
      assertEquals(RestorationMeans.PERMANENT_FIX, ((ResolutionFact.ServiceRestored) a.events().get(0).fact()).means());
      assertEquals(d.now, a.state().resolution().restoredAt());
    }

    @Test
    void restoringTheParentRestoresItsChildrenInOneEvent() {
      d.until(IncidentStatus.MOBILISED);
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-1")));
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-2")));
      d.ok(new ResolutionAction.StartResolution("fail over", CHG, false));
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-3")));
      d.ok(new ResolutionAction.ApplyWorkaround("standby"));
      Decision.Accepted a = d.ok(new ResolutionAction.ConfirmRestoration(null));
      ResolutionFact.ServiceRestored f = (ResolutionFact.ServiceRestored) a.events().get(0).fact();
      assertEquals(List.of(IncidentId.of("INC-1"), IncidentId.of("INC-2"), IncidentId.of("INC-3")),
          f.restoredChildren());
      assertEquals(RestorationMeans.WORKAROUND, f.means());
    }

    @Test
    void aReopenWithinTheWindowGoesBackToResolvingAndNeedsANewWorkaround() {
      d.until(IncidentStatus.RESTORED);
      d.now = d.now.plus(Duration.ofHours(23));
      Decision.Accepted a = d.ok(new ResolutionAction.Reopen("errors are back"));
      assertEquals(IncidentStatus.RESOLVING, a.state().status());
      assertEquals(1, a.state().resolution().reopenCount());
      assertNull(a.state().resolution().restoredAt());
      d.no(ViolationCode.RESTORATION_MEANS_MISSING, new ResolutionAction.ConfirmRestoration(null));
    }

    @Test
    void aReopenAfterTheVerificationWindowIsRefused() {
      d.until(IncidentStatus.RESTORED);
      d.now = d.now.plus(PolicySet.DEFAULT_VERIFICATION_WINDOW);
      Decision.Rejected r = d.no(ViolationCode.VERIFICATION_WINDOW_ELAPSED, new ResolutionAction.Reopen("errors are back"));
      assertEquals("occurredAt", r.violations().get(0).field());
    }

    @Test
    void theWindowIsHalfOpenSoAReopenAtItsEndIsRefused() {
      d.policies = PolicySet.from(PolicySet.ofDefaults()).verificationWindow(Duration.ofHours(2)).build();
      d.until(IncidentStatus.RESTORED);
      java.time.Instant restored = d.state.resolution().restoredAt();
      d.now = restored.plus(Duration.ofHours(2));
      d.reject(ViolationCode.VERIFICATION_WINDOW_ELAPSED, d.decide(new ResolutionAction.Reopen("errors are back")));
      d.now = restored.plus(Duration.ofHours(2)).minusMillis(1);
      d.accept(d.decide(new ResolutionAction.Reopen("errors are back")));
    }

    @Test
    void aZeroVerificationWindowForbidsReopeningEvenAtTheInstantOfRestoration() {
      d.policies = PolicySet.from(PolicySet.ofDefaults()).verificationWindow(Duration.ZERO).build();
      d.until(IncidentStatus.RESTORED);
      assertEquals(d.state.resolution().restoredAt(), d.now);
      d.reject(ViolationCode.VERIFICATION_WINDOW_ELAPSED, d.decide(new ResolutionAction.Reopen("errors are back")));
    }

    @Test
    void theVerificationWindowComesFromThePolicies() {
      d.policies = PolicySet.from(PolicySet.ofDefaults()).verificationWindow(Duration.ofHours(72)).build();
      d.until(IncidentStatus.RESTORED);
      d.now = d.now.plus(Duration.ofHours(48));
      d.ok(new ResolutionAction.Reopen("errors are back"));
    }
  }

  @Nested
  class ReviewAndClosure {
    @Test
    void theReviewStartsOnlyAfterRestoration() {
      d.until(IncidentStatus.RESOLVING);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new MaintenanceAction.StartReview(BOB));
      d.ok(new ResolutionAction.ApplyWorkaround("standby"));
      d.ok(new ResolutionAction.ConfirmRestoration(null));
      assertEquals(IncidentStatus.IN_REVIEW, d.ok(new MaintenanceAction.StartReview(BOB)).state().status());
    }

    @Test
    void closingBeforeTheReviewIsRefused() {
      d.until(IncidentStatus.RESTORED);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new MaintenanceAction.Close(null));
      d.ok(new MaintenanceAction.StartReview(null));
      d.no(ViolationCode.REVIEW_NOT_COMPLETED, new MaintenanceAction.Close(null));
    }

    @Test
    void theReviewCompletesOnlyWhenEveryActionItemHasOwnerAndDueDate() {
      d.until(IncidentStatus.IN_REVIEW);
      LocalDate due = LocalDate.of(2026, 12, 1);
      d.ok(new MaintenanceAction.AddReviewAction("A1", "Add a capacity alarm", AMY, due));
      d.ok(new MaintenanceAction.AddReviewAction("A2", "Rehearse fail-over", null, null));
      d.no(ViolationCode.REVIEW_ACTION_EXISTS, new MaintenanceAction.AddReviewAction("A2", "dup", null, null));
      d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
      d.ok(new MaintenanceAction.SubmitReview(null));
      Decision.Rejected r = d.no(ViolationCode.REVIEW_ACTION_UNASSIGNED, new MaintenanceAction.CompleteReview("done"));
      assertEquals("review.actions.A2", r.violations().get(0).field());
      assertEquals(1, r.violations().size());
      d.no(ViolationCode.REVIEW_ACTION_UNKNOWN, new MaintenanceAction.AssignReviewAction("A9", BOB, due));
      d.ok(new MaintenanceAction.AssignReviewAction("A2", BOB, due));
      d.ok(new MaintenanceAction.CompleteReview("approved by the service owner"));
      d.no(ViolationCode.REVIEW_ALREADY_COMPLETED, new MaintenanceAction.AddReviewAction("A3", "late", AMY, due));
      d.no(ViolationCode.REVIEW_ALREADY_COMPLETED, new MaintenanceAction.CompleteReview("again"));
      Decision.Accepted closed = d.ok(new MaintenanceAction.Close(null));
      assertEquals(IncidentStatus.CLOSED, closed.state().status());
      assertTrue(closed.state().review().actions().values().stream().allMatch(i -> i.isAssigned()));
    }

    @Test
    void closingLeavesChildrenAsTheyAreWithAnAdvisory() {
      d.until(IncidentStatus.MOBILISED);
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-1")));
      d.until(IncidentStatus.IN_REVIEW);
      d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
      d.ok(new MaintenanceAction.SubmitReview(null));
      d.ok(new MaintenanceAction.CompleteReview(null));
      Decision.Accepted a = d.ok(new MaintenanceAction.Close(null));
      assertEquals(AdvisoryCode.CHILDREN_LEFT_OPEN, a.advisories().get(0).code());
      assertTrue(a.events().get(0).fact() instanceof MaintenanceFact.IncidentClosed);
    }

    @Test
    void afterClosureOnlyAFinalNoticeAndTheTrackingOfActionItemsAreAccepted() {
      d.until(IncidentStatus.CLOSED);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new ResolutionAction.Reopen("again"));
      d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "closed; review published"));
      assertEquals(d.now, d.state.communications().lastUpdateTo(Audience.EXECUTIVES));
    }

    @Test
    void stakeholderUpdatesAreNotForCandidates() {
      d.until(IncidentStatus.CANDIDATE);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "heads-up"));
    }
  }
}
