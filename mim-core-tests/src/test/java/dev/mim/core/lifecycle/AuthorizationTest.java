package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.comms.Audience;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentRoles;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TeamRole;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.PolicySet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decider asks the authorization policy with the directory's roles and those held in the incident. */
class AuthorizationTest {

  private static final Actor OLGA = Actor.of("olga");
  private static final Actor SAM = Actor.of("sam");
  private static final Actor NOBODY = Actor.of("nobody");

  /** Only communications leads update stakeholders; anyone but an observer or a roleless actor does the rest. */
  private static PolicySet governed() {
    Map<Actor, Set<Role>> directory = new HashMap<>();
    directory.put(OLGA, Set.of(Role.OBSERVER));
    directory.put(SAM, Set.of(Role.RESOLVER));
    directory.put(IncidentDriver.AMY, Set.of(Role.MAJOR_INCIDENT_MANAGER));
    return PolicySet.custom()
        .roles((tenant, actor) -> directory.getOrDefault(actor, Set.of()))
        .authorization((actor, roles, action, incident) -> action == ActionKind.RECORD_STAKEHOLDER_UPDATE
            ? roles.contains(Role.COMMUNICATIONS_LEAD)
            : !roles.isEmpty() && !roles.equals(Set.of(Role.OBSERVER)))
        .build();
  }

  private static Decision decideAs(IncidentDriver d, Actor actor, Action action) {
    return IncidentDecider.decide(d.state, IncidentCommand.of(IncidentDriver.MI, actor, d.now, action), d.policies);
  }

  @Test
  void anObserverOrAnActorWithoutRoleIsRefusedAndNothingChanges() {
    IncidentDriver d = new IncidentDriver();
    d.policies = governed();
    d.until(IncidentStatus.DECLARED);
    Decision.Rejected olga = d.reject(ViolationCode.NOT_AUTHORIZED, decideAs(d, OLGA, new IdentificationAction.Downgrade("no")));
    assertEquals(new Violation(ViolationCode.NOT_AUTHORIZED, "olga (roles [observer]) may not DOWNGRADE incident MI-1",
        "actor"), olga.violations().get(0));
    assertEquals(1, olga.violations().size());
    Decision.Rejected nobody = d.reject(ViolationCode.NOT_AUTHORIZED, decideAs(d, NOBODY,
        new IdentificationAction.Downgrade("no")));
    assertEquals("nobody (no role) may not DOWNGRADE incident MI-1", nobody.violations().get(0).message());
  }

  @Test
  void rolesHeldInTheIncidentAddToTheDirectorysRoles() {
    IncidentDriver d = new IncidentDriver();
    d.policies = governed();
    d.until(IncidentStatus.MOBILISED);
    // sam, a resolver, may not update stakeholders until he is on the team as communications lead
    d.reject(ViolationCode.NOT_AUTHORIZED, decideAs(d, SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES,
        "on it")));
    d.ok(new ContainmentAction.AddTeamMember(SAM, TeamRole.COMMUNICATIONS_LEAD));
    d.accept(decideAs(d, SAM, new CommunicationAction.RecordStakeholderUpdate(Audience.EXECUTIVES, "on it")));
    // and keeps his directory role beside it: he may still do what a resolver may
    d.accept(decideAs(d, SAM, new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG, false)));
  }

  @Test
  void theRolesHeldInAnIncidentFollowItsManagerAndTeam() {
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.DECLARED);
    assertEquals(Set.of(), IncidentRoles.heldIn(d.state, IncidentDriver.AMY));
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
    assertEquals(Set.of(Role.MAJOR_INCIDENT_MANAGER), IncidentRoles.heldIn(d.state, IncidentDriver.AMY));
    Map<TeamRole, Role> implied = Map.of(TeamRole.TECHNICAL_LEAD, Role.RESOLVER, TeamRole.RESOLVER, Role.RESOLVER,
        TeamRole.COMMUNICATIONS_LEAD, Role.COMMUNICATIONS_LEAD, TeamRole.SERVICE_DESK_LIAISON,
        Role.SERVICE_DESK_AGENT, TeamRole.SCRIBE, Role.OBSERVER, TeamRole.SUPPLIER_LIAISON, Role.OBSERVER,
        TeamRole.BUSINESS_REPRESENTATIVE, Role.OBSERVER, TeamRole.OTHER, Role.OBSERVER);
    assertEquals(TeamRole.values().length, implied.size());
    int i = 0;
    for (Map.Entry<TeamRole, Role> e : implied.entrySet()) {
      Actor member = Actor.of("member-" + i++);
      d.ok(new ContainmentAction.AddTeamMember(member, e.getKey()));
      assertEquals(Set.of(e.getValue()), IncidentRoles.heldIn(d.state, member), e.getKey().toString());
    }
    d.ok(new ContainmentAction.AddTeamMember(IncidentDriver.AMY, TeamRole.TECHNICAL_LEAD));
    assertEquals(Set.of(Role.MAJOR_INCIDENT_MANAGER, Role.RESOLVER), IncidentRoles.heldIn(d.state,
        IncidentDriver.AMY));
    assertEquals(Set.of(), IncidentRoles.heldIn(d.state, NOBODY));
  }

  @Test
  void theAuthorizationPolicySeesTheDirectorysRolesJoinedWithThoseHeldInTheIncident() {
    // amy manages the incident; the directory gives her nothing, the same role, or another one.
    Map<Set<Role>, Set<Role>> seenFor = Map.of(
        Set.of(), Set.of(Role.MAJOR_INCIDENT_MANAGER),
        Set.of(Role.MAJOR_INCIDENT_MANAGER), Set.of(Role.MAJOR_INCIDENT_MANAGER),
        Set.of(Role.RESOLVER), Set.of(Role.MAJOR_INCIDENT_MANAGER, Role.RESOLVER));
    for (Map.Entry<Set<Role>, Set<Role>> e : seenFor.entrySet()) {
      IncidentDriver d = new IncidentDriver();
      d.until(IncidentStatus.DECLARED);
      d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
      Map<ActionKind, Set<Role>> seen = new HashMap<>();
      d.policies = PolicySet.custom().roles((t, a) -> e.getKey())
          .authorization((actor, roles, kind, s) -> seen.put(kind, roles) == null).build();
      d.ok(new ContainmentAction.AddTeamMember(SAM, TeamRole.RESOLVER));
      assertEquals(e.getValue(), seen.get(ActionKind.ADD_TEAM_MEMBER), "directory " + e.getKey());
    }
    // someone the incident does not know has the directory's roles only
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.DECLARED);
    Map<ActionKind, Set<Role>> seen = new HashMap<>();
    d.policies = PolicySet.custom().roles((t, a) -> Set.of(Role.RESOLVER))
        .authorization((actor, roles, kind, s) -> seen.put(kind, roles) == null).build();
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
    assertEquals(Set.of(Role.RESOLVER), seen.get(ActionKind.ASSIGN_MANAGER));
  }
}
