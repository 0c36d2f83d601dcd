package dev.mim.core.lifecycle;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;

/**
 * The decider's rules for escalation: acknowledge being paged, record an escalation the host sent (only one the
 * escalation policy has due), hold and resume escalations. Each returns the fact the action causes, or null when it
 * refused; the {@link HistoryRules} (the right person acknowledges once, a level is sent once, one hold at a time)
 * are checked afterwards.
 */
final class EscalationRules {

  private EscalationRules() {}

  static Fact decide(Verdict v, IncidentState s, PolicySet context) {
    Action action = v.command().action();
    switch (action.kind()) {
      case ACKNOWLEDGE:
        return new Fact.Acknowledged(((Action.Acknowledge) action).group());
      case RECORD_ESCALATION: {
        Action.RecordEscalation a = (Action.RecordEscalation) action;
        boolean due = false;
        for (Escalation e : HostPolicies.escalationsDue(v, context, s, v.command().occurredAt())) {
          due |= e.condition() == a.condition() && e.level() == a.level() && e.isDueAt(v.command().occurredAt());
        }
        if (!due) {
          v.refuse(ViolationCode.ESCALATION_NOT_DUE, "level", () -> "the escalation policy has no level " + a.level()
              + " of " + a.condition() + " due for incident " + s.id() + " at " + v.command().occurredAt());
          return null;
        }
        return new Fact.EscalationRecorded(a.condition(), a.level(), a.targets(), a.reason());
      }
      case HOLD_ESCALATIONS: {
        Action.HoldEscalations a = (Action.HoldEscalations) action;
        v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
            () -> "holding the escalations of incident " + s.id() + " needs a reason");
        return v.refused() ? null : new Fact.EscalationsHeld(a.reason());
      }
      case RESUME_ESCALATIONS:
        return new Fact.EscalationsResumed(((Action.ResumeEscalations) action).note());
      default:
        throw new IllegalStateException("not an escalation action: " + action.kind());
    }
  }
}
