package dev.mim.core.lifecycle;

import dev.mim.core.comms.Audience;
import dev.mim.core.incident.ContainmentAction.AddTeamMember;
import dev.mim.core.incident.ContainmentAction.AssignManager;
import dev.mim.core.incident.ContainmentAction.HandOverManager;
import dev.mim.core.incident.ContainmentAction.Mobilise;
import dev.mim.core.incident.ContainmentAction.RemoveTeamMember;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.ContainmentFact.ManagerAssigned;
import dev.mim.core.incident.ContainmentFact.ManagerHandedOver;
import dev.mim.core.incident.ContainmentFact.TeamMemberAdded;
import dev.mim.core.incident.ContainmentFact.TeamMemberRemoved;
import dev.mim.core.incident.ContainmentFact.TeamMobilised;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.Team;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the containment stage: assign and hand over the Major Incident Manager, assemble the team, mobilise
 * it. {@link #DECIDE} turns each action into its fact, or refuses it; {@link #EVOLVE} checks each fact against the
 * state it follows (a manager and a resolver group before mobilising, no second manager, a hand-over briefing that
 * accounts for every audience, ...) and folds it.
 */
final class ContainmentRules {

  static final ContainmentAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final ContainmentFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private ContainmentRules() {}

  private static final class Decide implements ContainmentAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact assignManager(AssignManager a, Verdict v) {
      return new ManagerAssigned(a.manager());
    }

    @Override
    public @Nullable Fact handOverManager(HandOverManager a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.briefing(), ViolationCode.BRIEFING_MISSING, "briefing",
          () -> "handing over incident " + s.id() + " needs a briefing for " + a.newManager());
      if (v.refused()) {
        return null;
      }
      if (a.briefing().currentStatus() == null) {
        v.refuse(ViolationCode.BRIEFING_INCOMPLETE, "briefing.currentStatus",
            () -> "the briefing for incident " + s.id() + " must say where things stand");
        return null;
      }
      // With no manager to hand over from, the history rule refuses; the fact names the new one twice. The history
      // rules also check that the briefing accounts for every audience updated so far.
      return new ManagerHandedOver(s.team().manager() == null ? a.newManager() : s.team().manager(),
          a.newManager(), a.reason(), a.briefing());
    }

    @Override
    public @Nullable Fact addTeamMember(AddTeamMember a, Verdict v) {
      return new TeamMemberAdded(a.member(), a.role());
    }

    @Override
    public @Nullable Fact removeTeamMember(RemoveTeamMember a, Verdict v) {
      return new TeamMemberRemoved(a.member());
    }

    @Override
    public @Nullable Fact mobilise(Mobilise a, Verdict v) {
      return new TeamMobilised(a.note());
    }
  }

  private static final class Evolve implements ContainmentFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState managerAssigned(ManagerAssigned f, Step step) {
      IncidentState s = step.before();
      Team team = s.team();
      if (team.manager() != null) {
        step.refuse(ViolationCode.MANAGER_ALREADY_ASSIGNED, "manager", () -> "incident " + s.id()
            + " already has manager " + team.manager() + "; hand the role over instead");
      }
      return step.refused() ? null : step.withTeam(team.withManager(f.manager(), step.occurredAt()));
    }

    @Override
    public @Nullable IncidentState managerHandedOver(ManagerHandedOver f, Step step) {
      IncidentState s = step.before();
      Team team = s.team();
      if (team.manager() == null) {
        step.refuse(ViolationCode.MANAGER_MISSING, null,
            () -> "incident " + s.id() + " has no manager to hand over from");
      } else {
        if (!team.manager().equals(f.previousManager())) {
          step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "previousManager", () -> "incident " + s.id()
              + "'s manager is " + team.manager() + ", not " + f.previousManager());
        }
        if (team.manager().equals(f.newManager())) {
          step.refuse(ViolationCode.SAME_MANAGER, "newManager",
              () -> f.newManager() + " is already the manager of incident " + s.id());
        }
      }
      if (step.event().schemaVersion() > 1) {
        // Version-1 events stored a briefing as free text; its content was not checked then.
        briefingCovers(s, f, step);
      }
      return step.refused() ? null : step.withTeam(team.withManager(f.newManager(), step.occurredAt()));
    }

    /** A briefing says what every audience updated so far was last told. */
    private static void briefingCovers(IncidentState s, ManagerHandedOver f, Step step) {
      List<Audience> missing = new ArrayList<>();
      for (Audience a : s.communications().lastUpdates().keySet()) {
        if (!f.briefing().covers(a)) {
          missing.add(a);
        }
      }
      if (!missing.isEmpty()) {
        step.refuse(ViolationCode.BRIEFING_INCOMPLETE, "briefing.audiences", () -> "the briefing for incident "
            + s.id() + " must say what each audience updated so far was last told; missing " + missing);
      }
    }

    @Override
    public @Nullable IncidentState teamMemberAdded(TeamMemberAdded f, Step step) {
      IncidentState s = step.before();
      Team team = s.team();
      if (team.members().containsKey(f.member())) {
        step.refuse(ViolationCode.ALREADY_TEAM_MEMBER, "member", () -> f.member()
            + " is already in the team of incident " + s.id() + " as " + team.members().get(f.member()));
      }
      step.limit(team.members().size(), IncidentDecider.MAX_TEAM_MEMBERS, "team members");
      return step.refused() ? null : step.withTeam(team.withMember(f.member(), f.role()));
    }

    @Override
    public @Nullable IncidentState teamMemberRemoved(TeamMemberRemoved f, Step step) {
      IncidentState s = step.before();
      if (!s.team().members().containsKey(f.member())) {
        step.refuse(ViolationCode.NOT_TEAM_MEMBER, "member",
            () -> f.member() + " is not in the team of incident " + s.id());
      }
      return step.refused() ? null : step.withTeam(s.team().withoutMember(f.member()));
    }

    @Override
    public @Nullable IncidentState teamMobilised(TeamMobilised f, Step step) {
      IncidentState s = step.before();
      if (s.team().manager() == null) {
        step.refuse(ViolationCode.MANAGER_MISSING, null,
            () -> "mobilising incident " + s.id() + " needs a Major Incident Manager");
      }
      if (s.team().resolverGroups().isEmpty()) {
        step.refuse(ViolationCode.RESOLVER_GROUP_MISSING, null,
            () -> "mobilising incident " + s.id() + " needs at least one resolver group");
      }
      return step.refused() ? null : step.withTeam(s.team().mobilised(step.occurredAt()));
    }
  }
}
