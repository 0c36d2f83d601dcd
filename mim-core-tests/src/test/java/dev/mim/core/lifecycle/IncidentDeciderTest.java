package dev.mim.core.lifecycle;

import static dev.mim.core.fixtures.IncidentDriver.AMY;
import static dev.mim.core.fixtures.IncidentDriver.BOB;
import static dev.mim.core.fixtures.IncidentDriver.DATABASE;
import static dev.mim.core.fixtures.IncidentDriver.MI;
import static dev.mim.core.fixtures.IncidentDriver.NETWORK;
import static dev.mim.core.fixtures.IncidentDriver.identify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
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
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
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
