package dev.mim.policies.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mim.core.comms.Audience;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.incident.Transitions;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.PolicySet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standard matrix, as a table test: every role (and no role) against every command in every status where the
 * command is otherwise accepted, with the manager reached and not reached.
 */
class AuthorizationMatrixTest {

  /** Per test instance, so that mutation testing ties the matrix's code to every test that reads it. */
  private final AuthorizationMatrix matrix = AuthorizationMatrix.standard();
  private static final Actor X = Actor.of("x");
  private static final List<Role> ROLES = List.of(Role.SERVICE_DESK_AGENT, Role.MAJOR_INCIDENT_MANAGER,
      Role.RESOLVER, Role.COMMUNICATIONS_LEAD, Role.PROBLEM_MANAGER, Role.OBSERVER, Role.AUTOMATION,
      Role.of("host-defined"));
  private static final List<EscalationTarget> MIM = List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER));
  /** Lets everyone do everything, and has every escalation due: what is refused under it is not about rights. */
  private static final PolicySet OPEN = PolicySet.custom().escalation((s, at) -> {
    List<Escalation> due = new ArrayList<>();
    for (EscalationCondition c : EscalationCondition.values()) {
      due.add(new Escalation(c, 1, MIM, "due", at, false));
    }
    return due;
  }).build();

  @Test
  void everyRoleAgainstEveryCommandInEveryStatusWhereItIsOtherwiseAccepted() {
    int checked = 0;
    List<String> skipped = new ArrayList<>();
    for (IncidentStatus status : IncidentStatus.values()) {
      for (ActionKind kind : ActionKind.values()) {
        if (!Transitions.allows(status, kind)) {
          continue;
        }
        for (boolean reached : new boolean[] {false, true}) {
          IncidentDriver d = prepared(status, kind, reached);
          if (d == null) {
            continue;
          }
          Action action = action(kind, d.state);
          if (!IncidentDecider.decide(d.state, IncidentCommand.of(IncidentDriver.MI, X, d.now, action), OPEN)
              .isAccepted()) {
            skipped.add(status + "/" + kind + (reached ? " (reached)" : ""));
            continue;
          }
          for (Role role : ROLES) {
            PolicySet governed = PolicySet.from(OPEN).authorization(matrix)
                .roles(RoleDirectories.of(Map.of(X, Set.of(role)))).build();
            Decision decision = IncidentDecider.decide(d.state, IncidentCommand.of(IncidentDriver.MI, X, d.now,
                action), governed);
            boolean expected = matrix.rolesFor(kind).contains(role) || role.equals(Role.SERVICE_DESK_AGENT)
                && matrix.rolesFor(kind).contains(Role.MAJOR_INCIDENT_MANAGER) && !d.state.team().managerAcknowledged()
                && status != IncidentStatus.NONE;
            String what = role + " " + kind + " in " + status + (reached ? ", manager reached" : "");
            if (expected) {
              assertTrue(decision.isAccepted(), what + ": " + decision);
            } else {
              assertTrue(decision instanceof Decision.Rejected r && r.has(ViolationCode.NOT_AUTHORIZED)
                  && r.violations().size() == 1, what + ": " + decision);
            }
            checked++;
          }
        }
      }
    }
    // Only commands the rules refuse whatever the rights: assigning a second manager, restoring twice, ...
    assertTrue(checked > 800, "checked " + checked + "; skipped " + skipped);
    assertTrue(skipped.size() < 25, "skipped " + skipped);
  }

  @Test
  void theStandardMatrixLetsTheServiceDeskActForAManagerNotYetReached() {
    assertTrue(matrix.serviceDeskActsForManager());
    assertTrue(matrix.toString().endsWith(", service desk acts for the manager"), matrix.toString());
    assertTrue(matrix.rolesFor(ActionKind.MOBILISE).equals(Set.of(Role.MAJOR_INCIDENT_MANAGER)));
  }

  @Test
  void anObserverMayDoNothingAndNoRoleIsNoRight() {
    for (ActionKind kind : ActionKind.values()) {
      assertTrue(!matrix.rolesFor(kind).contains(Role.OBSERVER), kind.toString());
      assertTrue(!matrix.permits(X, Set.of(), kind, IncidentState.initial()), kind.toString());
      assertTrue(!matrix.rolesFor(kind).isEmpty(), kind + " has someone allowed");
    }
  }

  @Test
  void theReadmeShowsTheStandardMatrix() throws IOException {
    String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"),
        StandardCharsets.UTF_8);
    String table = matrix.toMarkdown();
    assertEquals(2 + ActionKind.values().length, table.lines().count(), table);
    assertTrue(table.contains("| `Close` | major-incident-manager, problem-manager |\n"), table);
    assertTrue(readme.contains(table), "README.md must show:\n" + table);
  }

  /** A state of {@code status} in which {@code kind} can be accepted, or null when the driver cannot make one. */
  private IncidentDriver prepared(IncidentStatus status, ActionKind kind, boolean managerReached) {
    IncidentDriver d = new IncidentDriver();
    d.policies = OPEN;
    if (status == IncidentStatus.NONE) {
      return managerReached ? null : d;
    }
    if (status == IncidentStatus.DOWNGRADED) {
      d.until(IncidentStatus.DECLARED).ok(new IdentificationAction.Downgrade("not major after all"));
    } else if (status == IncidentStatus.DUPLICATE) {
      d.until(IncidentStatus.DECLARED).ok(new TriageAction.MarkDuplicate(IncidentId.of("MI-0"), "same"));
    } else if (status == IncidentStatus.CLOSED) {
      // an action item that stays tracked after closure
      d.until(IncidentStatus.IN_REVIEW).ok(new MaintenanceAction.AddReviewAction("A1", "follow up", Actor.of("kim"),
          LocalDate.of(2027, 1, 1)));
      d.until(IncidentStatus.CLOSED);
    } else {
      d.until(status);
    }
    if (managerReached) {
      if (d.state.team().manager() == null) {
        return null;
      }
      if (!d.decide(new EscalationAction.Acknowledge()).isAccepted()) {
        return null;
      }
      d.ok(new EscalationAction.Acknowledge());
    }
    switch (kind) {
      case REMOVE_TEAM_MEMBER -> d.ok(new ContainmentAction.AddTeamMember(Actor.of("member"), TeamRole.SCRIBE));
      case CONFIRM_RESTORATION -> d.ok(new ResolutionAction.ApplyWorkaround("standby"));
      case ASSIGN_REVIEW_ACTION, COMPLETE_REVIEW_ACTION, DROP_REVIEW_ACTION -> {
        if (status == IncidentStatus.IN_REVIEW) {
          d.ok(new MaintenanceAction.AddReviewAction("A1", "follow up", null, null));
        }
      }
      case SUBMIT_REVIEW -> d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
      case COMPLETE_REVIEW -> {
        d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
        d.ok(new MaintenanceAction.SubmitReview(null));
      }
      case CLOSE -> {
        if (status == IncidentStatus.IN_REVIEW) {
          d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
          d.ok(new MaintenanceAction.SubmitReview(null));
          d.ok(new MaintenanceAction.CompleteReview("done"));
        }
      }
      case RESUME_ESCALATIONS -> d.ok(new EscalationAction.HoldEscalations("vendor"));
      default -> {
        // the driver's state will do
      }
    }
    return d;
  }

  private static Action action(ActionKind kind, IncidentState s) {
    return switch (kind) {
      case IDENTIFY -> IncidentDriver.identify(IdentificationSource.USER_REPORT);
      case ENGAGE_RESOLVER_GROUP -> new IdentificationAction.EngageResolverGroup(ResolverGroup.of("storage"), false);
      case RECORD_VALIDATION -> new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, null);
      case DECLARE -> new IdentificationAction.Declare(null);
      case DOWNGRADE -> new IdentificationAction.Downgrade("not major");
      case ASSIGN_MANAGER -> new ContainmentAction.AssignManager(Actor.of("dana"));
      case HAND_OVER_MANAGER -> ContainmentAction.HandOverManager.withStatus(Actor.of("dana"), HandoverReason.RELIEF, "all quiet");
      case ADD_TEAM_MEMBER -> new ContainmentAction.AddTeamMember(Actor.of("lee"), TeamRole.RESOLVER);
      case REMOVE_TEAM_MEMBER -> new ContainmentAction.RemoveTeamMember(Actor.of("member"));
      case MOBILISE -> new ContainmentAction.Mobilise(null);
      case REPRIORITISE -> new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.MEDIUM, "smaller");
      case LINK_CHILD -> new IdentificationAction.LinkChild(IncidentId.of("INC-9"));
      case START_RESOLUTION -> new ResolutionAction.StartResolution("fail over", ChangeRef.of("CHG-9"), false);
      case APPLY_WORKAROUND -> new ResolutionAction.ApplyWorkaround("standby");
      case APPLY_PERMANENT_FIX -> new ResolutionAction.ApplyPermanentFix(ChangeRef.of("CHG-10"), "patched");
      case CONFIRM_RESTORATION -> new ResolutionAction.ConfirmRestoration(null);
      case REOPEN -> new ResolutionAction.Reopen("back");
      case RECORD_STAKEHOLDER_UPDATE -> new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "status");
      case SNOOZE_UPDATES -> new CommunicationAction.SnoozeUpdates(Audience.EXECUTIVES, Duration.ofMinutes(30), "vendor");
      case START_REVIEW -> new MaintenanceAction.StartReview(null);
      case ADD_REVIEW_ACTION -> new MaintenanceAction.AddReviewAction("A2", "follow up", null, null);
      case ASSIGN_REVIEW_ACTION -> new MaintenanceAction.AssignReviewAction("A1", Actor.of("kim"), LocalDate.of(2027, 1, 1));
      case RECORD_FINDINGS -> new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS);
      case SUBMIT_REVIEW -> new MaintenanceAction.SubmitReview(null);
      case COMPLETE_REVIEW_ACTION -> new MaintenanceAction.CompleteReviewAction("A1", "done");
      case DROP_REVIEW_ACTION -> new MaintenanceAction.DropReviewAction("A1", "superseded");
      case COMPLETE_REVIEW -> new MaintenanceAction.CompleteReview("done");
      case CLOSE -> new MaintenanceAction.Close(null);
      case ACKNOWLEDGE -> new EscalationAction.Acknowledge(IncidentDriver.NETWORK);
      case RECORD_ESCALATION -> new EscalationAction.RecordEscalation(conditionOf(s.status()), 1, MIM, null);
      case HOLD_ESCALATIONS -> new EscalationAction.HoldEscalations("vendor");
      case RESUME_ESCALATIONS -> new EscalationAction.ResumeEscalations(null);
      case DECLINE -> new TriageAction.Decline("a test");
      case MARK_DUPLICATE -> new TriageAction.MarkDuplicate(IncidentId.of("MI-0"), "same failure");
      case MERGE_DUPLICATE -> new TriageAction.MergeDuplicate(IncidentId.of("MI-11"), Set.of(),
          Instant.parse("2026-01-01T00:00:00Z"));
      case LINK_CAUSING_CHANGE -> new ResolutionAction.LinkCausingChange(ChangeRef.of("CHG-7"), true, null);
    };
  }

  private static EscalationCondition conditionOf(IncidentStatus status) {
    return switch (status) {
      case CANDIDATE -> EscalationCondition.NOT_DECLARED;
      case DECLARED -> EscalationCondition.NOT_MOBILISED;
      case MOBILISED, RESOLVING -> EscalationCondition.NOT_RESTORED;
      default -> EscalationCondition.REVIEW_NOT_COMPLETED;
    };
  }

  @Test
  void aCustomMatrixAllowsOnlyWhatItSays() {
    AuthorizationMatrix m = AuthorizationMatrix.custom().allow(Set.of(Role.RESOLVER), ActionKind.APPLY_WORKAROUND)
        .build();
    assertTrue(m.permits(X, Set.of(Role.RESOLVER), ActionKind.APPLY_WORKAROUND, IncidentState.initial()));
    assertTrue(!m.permits(X, Set.of(Role.RESOLVER), ActionKind.CLOSE, IncidentState.initial()));
    assertTrue(!m.serviceDeskActsForManager());
    assertEquals(Set.of(), m.rolesFor(ActionKind.CLOSE));
    try {
      AuthorizationMatrix.custom().allow(null, ActionKind.CLOSE);
      fail("null roles accepted");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().startsWith("roles must not be null"));
    }
  }
}
