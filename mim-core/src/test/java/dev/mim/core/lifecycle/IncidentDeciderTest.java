package dev.mim.core.lifecycle;

import static dev.mim.core.fixtures.IncidentDriver.AMY;
import static dev.mim.core.fixtures.IncidentDriver.BOB;
import static dev.mim.core.fixtures.IncidentDriver.CHG;
import static dev.mim.core.fixtures.IncidentDriver.DATABASE;
import static dev.mim.core.fixtures.IncidentDriver.MI;
import static dev.mim.core.fixtures.IncidentDriver.NETWORK;
import static dev.mim.core.fixtures.IncidentDriver.identify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncidentDeciderTest {

  private final IncidentDriver d = new IncidentDriver();

  @Nested
  class Envelope {
    @Test
    void aCommandForAnotherIncidentIsRefused() {
      d.until(IncidentStatus.CANDIDATE);
      Decision r = IncidentDecider.decide(d.state,
          IncidentCommand.of(IncidentId.of("MI-2"), AMY, d.now, new IdentificationAction.Declare(null)), d.policies);
      d.reject(ViolationCode.INCIDENT_MISMATCH, r);
    }

    @Test
    void aStaleExpectedVersionIsRefusedAndTheRightOneAccepted() {
      d.until(IncidentStatus.CANDIDATE);
      Decision.Rejected r = d.reject(ViolationCode.VERSION_CONFLICT, IncidentDecider.decide(d.state,
          d.command(new IdentificationAction.EngageResolverGroup(NETWORK, true)).expecting(0), d.policies));
      assertEquals("expectedVersion", r.violations().get(0).field());
      assertTrue(r.violations().get(0).message().contains("version 1"), r.violations().toString());
      d.accept(IncidentDecider.decide(d.state,
          d.command(new IdentificationAction.EngageResolverGroup(NETWORK, true)).expecting(1), d.policies));
    }

    @Test
    void aCommandDatedBeforeTheLastEventIsRefused() {
      d.until(IncidentStatus.CANDIDATE);
      d.now = d.now.minusSeconds(1);
      d.reject(ViolationCode.OUT_OF_ORDER, d.decide(new IdentificationAction.EngageResolverGroup(NETWORK, true)));
    }

    @Test
    void aCommandAtTheSameInstantAsTheLastEventIsAccepted() {
      d.until(IncidentStatus.CANDIDATE);
      d.accept(d.decide(new IdentificationAction.EngageResolverGroup(NETWORK, true)));
    }

    @Test
    void anIllegalTransitionNamesIncidentStatusAndAction() {
      d.until(IncidentStatus.CANDIDATE);
      Decision.Rejected r = d.no(ViolationCode.ILLEGAL_TRANSITION, new MaintenanceAction.Close(null));
      String message = r.violations().get(0).message();
      assertTrue(message.contains("MI-1") && message.contains("CANDIDATE") && message.contains("CLOSE"), message);
    }

    @Test
    void nullArgumentsAreMisuseNotRefusals() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> IncidentDecider.decide(d.state, null, d.policies));
      assertEquals("command must not be null", e.getMessage());
    }
  }

  @Nested
  class Identification {
    @Test
    void identifyLooksThePriorityUpInTheMatrix() {
      Decision.Accepted a = d.ok(new IdentificationAction.Identify(IdentificationSource.USER_REPORT,
          java.util.Set.of(dev.mim.core.service.ServiceId.of("mail")), Impact.MEDIUM, Urgency.LOW, "Mail slow"));
      assertEquals(IncidentStatus.CANDIDATE, a.state().status());
      assertEquals(Priority.of(4), a.state().classification().priority());
      assertEquals(MI, a.state().id());
    }

    @Test
    void identifyingTwiceIsAnIllegalTransition() {
      d.until(IncidentStatus.CANDIDATE);
      d.no(ViolationCode.ILLEGAL_TRANSITION, identify(IdentificationSource.USER_REPORT));
    }

    @Test
    void anImpactBeyondTheMatrixIsRefused() {
      Decision.Rejected r = d.no(ViolationCode.OUTSIDE_PRIORITY_MATRIX, new IdentificationAction.Identify(
          IdentificationSource.OTHER, java.util.Set.of(dev.mim.core.service.ServiceId.of("mail")), Impact.of(5),
          Urgency.HIGH, "x"));
      assertEquals("action.impact", r.violations().get(0).field());
    }

    @Test
    void engagingAResolverGroupTwiceOrASecondPrimaryIsRefused() {
      d.until(IncidentStatus.CANDIDATE);
      d.ok(new IdentificationAction.EngageResolverGroup(NETWORK, true));
      d.no(ViolationCode.RESOLVER_GROUP_ALREADY_ENGAGED, new IdentificationAction.EngageResolverGroup(NETWORK, false));
      d.no(ViolationCode.PRIMARY_RESOLVER_GROUP_EXISTS, new IdentificationAction.EngageResolverGroup(DATABASE, true));
      d.ok(new IdentificationAction.EngageResolverGroup(DATABASE, false));
      assertEquals(NETWORK, d.state.team().primaryGroup());
      assertEquals(2, d.state.team().resolverGroups().size());
    }

    @Test
    void validationWithoutAPrimaryGroupCarriesAnAdvisory() {
      d.until(IncidentStatus.CANDIDATE);
      Decision.Accepted a = d.ok(new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, null));
      assertEquals(List.of(AdvisoryCode.NO_PRIMARY_RESOLVER_GROUP),
          a.advisories().stream().map(Advisory::code).toList());
      d.ok(new IdentificationAction.EngageResolverGroup(NETWORK, true));
      assertTrue(d.ok(new IdentificationAction.RecordValidation(EvidenceKind.RESOLVER_GROUP_CONFIRMED, null)).advisories()
          .isEmpty());
      assertEquals(2, d.state.evidence().size());
    }

    @Test
    void recordingValidationAfterDeclarationIsIllegal() {
      d.until(IncidentStatus.DECLARED);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new IdentificationAction.RecordValidation(EvidenceKind.OTHER, "late"));
    }
  }

  @Nested
  class Declaration {
    @Test
    void declaringWithoutEvidenceIsRefusedByDefault() {
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      Decision.Rejected r = d.no(ViolationCode.VALIDATION_EVIDENCE_MISSING, new IdentificationAction.Declare(null));
      assertEquals("validation-evidence-missing", r.violations().get(0).code().code());
    }

    @Test
    void declaringWithEvidenceIsAccepted() {
      d.until(IncidentStatus.DECLARED);
      assertEquals(d.now, d.state.declaredAt());
      IdentificationFact.MajorIncidentDeclared f = (IdentificationFact.MajorIncidentDeclared) d.events.get(3).fact();
      assertFalse(f.withoutEvidence());
    }

    @Test
    void aPolicyMayAllowAutoDeclarationWithAnAdvisory() {
      d.policies = PolicySet.custom()
          .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING)).build();
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      Decision.Accepted a = d.ok(new IdentificationAction.Declare("monitoring is trusted"));
      assertEquals(AdvisoryCode.DECLARED_WITHOUT_EVIDENCE, a.advisories().get(0).code());
      assertTrue(((IdentificationFact.MajorIncidentDeclared) a.events().get(0).fact()).withoutEvidence());
    }

    @Test
    void autoDeclarationDoesNotReachOtherSources() {
      d.policies = PolicySet.custom()
          .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING)).build();
      d.ok(identify(IdentificationSource.USER_REPORT));
      d.no(ViolationCode.VALIDATION_EVIDENCE_MISSING, new IdentificationAction.Declare(null));
    }

    @Test
    void aFailingHostPolicyIsARejectionNotACrash() {
      d.policies = PolicySet.custom().declarationPolicy(c -> {
        throw new IllegalStateException("policy store offline");
      }).build();
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      RecordingLogs.clear();
      Decision.Rejected r = d.no(ViolationCode.POLICY_FAILED, new IdentificationAction.Declare(null));
      assertTrue(r.violations().get(0).message().contains("policy store offline"));
      List<RecordingLogs.Record> warnings = RecordingLogs.warnings();
      assertEquals(1, warnings.size(), "one WARN per failure");
      assertTrue(warnings.get(0).message().startsWith("declaration policy"), warnings.get(0).message());
      assertEquals("policy store offline", warnings.get(0).thrown().getMessage());
    }
  }

  @Nested
  class Downgrade {
    @Test
    void aCandidateCanBeDowngradedAfterValidation() {
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      Decision.Accepted a = d.ok(new IdentificationAction.Downgrade("momentary alert, service healthy"));
      assertEquals(IncidentStatus.DOWNGRADED, a.state().status());
      assertEquals("momentary alert, service healthy", a.state().downgradeReason());
      assertEquals(IncidentStatus.CANDIDATE, ((IdentificationFact.IncidentDowngraded) a.events().get(0).fact()).from());
      assertEquals(d.now, a.state().endedAt());
    }

    @Test
    void aResolvingMajorIncidentCanBeDemotedButNotARestoredOne() {
      IncidentDriver other = new IncidentDriver().until(IncidentStatus.RESOLVING);
      other.ok(new IdentificationAction.Downgrade("impact far smaller than reported"));
      d.until(IncidentStatus.RESTORED);
      d.no(ViolationCode.ILLEGAL_TRANSITION, new IdentificationAction.Downgrade("too late"));
    }

    @Test
    void nothingButAFinalNoticeFollowsADowngrade() {
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      d.ok(new IdentificationAction.Downgrade("duplicate"));
      d.no(ViolationCode.ILLEGAL_TRANSITION, new IdentificationAction.EngageResolverGroup(NETWORK, true));
      d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.SERVICE_DESK, "not a major incident after all"));
    }
  }

  @Nested
  class Containment {
    @Test
    void mobilisingNeedsAManagerAndAResolverGroup() {
      d.ok(identify(IdentificationSource.EVENT_MONITORING));
      d.ok(new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null));
      d.ok(new IdentificationAction.Declare(null));
      Decision.Rejected r = d.no(ViolationCode.MANAGER_MISSING, new ContainmentAction.Mobilise(null));
      assertTrue(r.has(ViolationCode.RESOLVER_GROUP_MISSING), r.violations().toString());
      d.ok(new ContainmentAction.AssignManager(AMY));
      d.no(ViolationCode.RESOLVER_GROUP_MISSING, new ContainmentAction.Mobilise(null));
      d.ok(new IdentificationAction.EngageResolverGroup(NETWORK, false));
      assertEquals(IncidentStatus.MOBILISED, d.ok(new ContainmentAction.Mobilise(null)).state().status());
      assertEquals(d.now, d.state.team().mobilisedAt());
    }

    @Test
    void aSecondManagerIsAHandOver() {
      d.until(IncidentStatus.MOBILISED);
      d.no(ViolationCode.MANAGER_ALREADY_ASSIGNED, new ContainmentAction.AssignManager(BOB));
      d.no(ViolationCode.SAME_MANAGER, ContainmentAction.HandOverManager.withStatus(AMY, HandoverReason.OTHER, "x"));
      Decision.Accepted a = d.ok(ContainmentAction.HandOverManager.withStatus(BOB, HandoverReason.FOLLOW_THE_SUN,
          "bridge open, failover planned at 10:00"));
      ContainmentFact.ManagerHandedOver f = (ContainmentFact.ManagerHandedOver) a.events().get(0).fact();
      assertEquals(AMY, f.previousManager());
      assertEquals(BOB, a.state().team().manager());
    }

    @Test
    void handingOverWithoutAManagerIsRefused() {
      d.until(IncidentStatus.DECLARED);
      d.no(ViolationCode.MANAGER_MISSING, ContainmentAction.HandOverManager.withStatus(BOB, HandoverReason.OUT_OF_HOURS, "brief"));
    }

    @Test
    void teamMembersJoinAndLeaveOnce() {
      d.until(IncidentStatus.MOBILISED);
      Actor carol = Actor.of("carol");
      d.ok(new ContainmentAction.AddTeamMember(carol, TeamRole.COMMUNICATIONS_LEAD));
      d.no(ViolationCode.ALREADY_TEAM_MEMBER, new ContainmentAction.AddTeamMember(carol, TeamRole.SCRIBE));
      assertEquals(TeamRole.COMMUNICATIONS_LEAD, d.state.team().members().get(carol));
      d.ok(new ContainmentAction.RemoveTeamMember(carol));
      d.no(ViolationCode.NOT_TEAM_MEMBER, new ContainmentAction.RemoveTeamMember(carol));
      assertTrue(d.state.team().members().isEmpty());
    }

    @Test
    void reprioritisingFollowsTheMatrixAndRefusesANoOp() {
      d.until(IncidentStatus.MOBILISED);
      Decision.Accepted a = d.ok(new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.HIGH, "one region only"));
      IdentificationFact.IncidentReprioritised f = (IdentificationFact.IncidentReprioritised) a.events().get(0).fact();
      assertEquals(Priority.of(2), f.priority());
      assertEquals(Priority.of(1), f.previousPriority());
      assertEquals(Priority.of(2), a.state().classification().priority());
      d.no(ViolationCode.PRIORITY_UNCHANGED, new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.HIGH, "again"));
    }

    @Test
    void childrenAreLinkedOnceAndNeverToThemselves() {
      d.until(IncidentStatus.MOBILISED);
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-7")));
      d.no(ViolationCode.CHILD_ALREADY_LINKED, new IdentificationAction.LinkChild(IncidentId.of("INC-7")));
      d.no(ViolationCode.CHILD_IS_SELF, new IdentificationAction.LinkChild(MI));
      assertEquals(1, d.state.children().size());
    }
  }

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

  @Nested
  class Limits {
    @Test
    void theTeamCannotGrowBeyondItsLimit() {
      d.until(IncidentStatus.MOBILISED);
      for (int i = 0; i < IncidentDecider.MAX_TEAM_MEMBERS; i++) {
        d.ok(new ContainmentAction.AddTeamMember(Actor.of("m" + i), TeamRole.RESOLVER));
      }
      d.no(ViolationCode.LIMIT_EXCEEDED, new ContainmentAction.AddTeamMember(Actor.of("one-too-many"), TeamRole.RESOLVER));
    }
  }

  @Test
  void aWorkaroundBeforeDeclarationIsIllegal() {
    d.until(IncidentStatus.CANDIDATE);
    d.no(ViolationCode.ILLEGAL_TRANSITION, new ResolutionAction.ApplyWorkaround("restart"));
  }

  @Test
  void anEventCopiesOnlyThePartOfTheStateItChanges() {
    // Keeps the cost of an event independent of the incident's length: unchanged parts are shared, not copied.
    d.until(IncidentStatus.MOBILISED);
    for (int i = 0; i < 50; i++) {
      d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-" + i)));
    }
    var before = d.state;
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-last")));
    assertSame(before.team(), d.state.team());
    assertSame(before.review(), d.state.review());
    assertSame(before.classification(), d.state.classification());
    var afterUpdate = d.ok(new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "update")).state();
    assertSame(before.team(), afterUpdate.team());
    assertSame(d.state.children(), afterUpdate.children());
  }

  @Test
  void theHappyPathReplaysToTheLiveState() {
    d.until(IncidentStatus.CLOSED);
    assertEquals(14, d.state.version());
    assertEquals(d.state, IncidentDecider.replay(d.events));
  }
}
