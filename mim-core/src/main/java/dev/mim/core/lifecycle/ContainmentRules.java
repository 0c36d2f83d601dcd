package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;

/**
 * The decider's rules of the containment stage: assign and hand over the Major Incident Manager, assemble the
 * team, mobilise it. Each returns the fact the action causes, or null when it refused; the {@link HistoryRules}
 * (a manager and a resolver group before mobilising, no second manager, ...) are checked afterwards.
 */
final class ContainmentRules {

  private ContainmentRules() {}

  static Fact decide(Verdict v, IncidentState s) {
    Action action = v.command().action();
    switch (action.kind()) {
      case ASSIGN_MANAGER:
        return new Fact.ManagerAssigned(((Action.AssignManager) action).manager());
      case HAND_OVER_MANAGER: {
        Action.HandOverManager a = (Action.HandOverManager) action;
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
        return new Fact.ManagerHandedOver(s.team().manager() == null ? a.newManager() : s.team().manager(),
            a.newManager(), a.reason(), a.briefing());
      }
      case ADD_TEAM_MEMBER: {
        Action.AddTeamMember a = (Action.AddTeamMember) action;
        return new Fact.TeamMemberAdded(a.member(), a.role());
      }
      case REMOVE_TEAM_MEMBER:
        return new Fact.TeamMemberRemoved(((Action.RemoveTeamMember) action).member());
      case MOBILISE:
        return new Fact.TeamMobilised(((Action.Mobilise) action).note());
      default:
        throw new IllegalStateException("not a containment action: " + action.kind());
    }
  }
}
