package dev.mim.core.lifecycle;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.incident.EscalationAction.Acknowledge;
import dev.mim.core.incident.EscalationAction.HoldEscalations;
import dev.mim.core.incident.EscalationAction.RecordEscalation;
import dev.mim.core.incident.EscalationAction.ResumeEscalations;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationFact.Acknowledged;
import dev.mim.core.incident.EscalationFact.EscalationRecorded;
import dev.mim.core.incident.EscalationFact.EscalationsHeld;
import dev.mim.core.incident.EscalationFact.EscalationsResumed;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.EscalationLog;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.Team;
import dev.mim.core.people.Actor;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules of escalation: acknowledge being paged, record an escalation the host sent (only one the escalation
 * policy has due), hold and resume escalations. {@link #DECIDE} turns each action into its fact, or refuses it;
 * {@link #EVOLVE} checks each fact against the state it follows (the right person acknowledges once, a level is
 * sent once and only while its condition holds, one hold at a time) and folds it.
 */
final class EscalationRules {

  static final EscalationAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final EscalationFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private EscalationRules() {}

  private static final class Decide implements EscalationAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact acknowledge(Acknowledge a, Verdict v) {
      return new Acknowledged(a.group());
    }

    @Override
    public @Nullable Fact recordEscalation(RecordEscalation a, Verdict v) {
      Instant at = v.command().occurredAt();
      boolean due = false;
      for (Escalation e : HostPolicies.escalationsDue(v, v.policies(), v.state(), at)) {
        due |= e.condition() == a.condition() && e.level() == a.level() && e.isDueAt(at);
      }
      if (!due) {
        v.refuse(ViolationCode.ESCALATION_NOT_DUE, "level", () -> "the escalation policy has no level " + a.level()
            + " of " + a.condition() + " due for incident " + v.state().id() + " at " + at);
        return null;
      }
      return new EscalationRecorded(a.condition(), a.level(), a.targets(), a.reason());
    }

    @Override
    public @Nullable Fact holdEscalations(HoldEscalations a, Verdict v) {
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "holding the escalations of incident " + v.state().id() + " needs a reason");
      return v.refused() ? null : new EscalationsHeld(a.reason());
    }

    @Override
    public @Nullable Fact resumeEscalations(ResumeEscalations a, Verdict v) {
      return new EscalationsResumed(a.note());
    }
  }

  private static final class Evolve implements EscalationFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState acknowledged(Acknowledged f, Step step) {
      IncidentState s = step.before();
      Team team = s.team();
      Actor actor = step.event().actor();
      if (f.group() != null) {
        if (!team.resolverGroups().contains(f.group())) {
          step.refuse(ViolationCode.RESOLVER_GROUP_NOT_ENGAGED, "group", () -> "resolver group " + f.group()
              + " is not engaged on incident " + s.id());
        } else if (team.acknowledgedGroups().contains(f.group())) {
          step.refuse(ViolationCode.ALREADY_ACKNOWLEDGED, "group", () -> "resolver group " + f.group()
              + " acknowledged incident " + s.id() + " already");
        }
      } else if (team.manager() == null) {
        step.refuse(ViolationCode.MANAGER_MISSING, null,
            () -> "incident " + s.id() + " has no manager to acknowledge");
      } else if (!team.manager().equals(actor)) {
        step.refuseAt(ViolationCode.NOT_THE_MANAGER, "actor", () -> actor + " is not the manager of incident "
            + s.id() + " (" + team.manager() + " is)");
      } else if (team.managerAcknowledged()) {
        step.refuse(ViolationCode.ALREADY_ACKNOWLEDGED, null, () -> actor + " acknowledged incident " + s.id()
            + " already, at " + team.managerAcknowledgedAt());
      }
      if (step.refused()) {
        return null;
      }
      return step.withTeam(f.group() == null ? team.managerAcknowledged(step.occurredAt())
          : team.groupAcknowledged(f.group()));
    }

    @Override
    public @Nullable IncidentState escalationRecorded(EscalationRecorded f, Step step) {
      IncidentState s = step.before();
      Instant anchor = EscalationClock.anchor(s, f.condition());
      if (anchor == null) {
        step.refuse(ViolationCode.ESCALATION_CONDITION_CLEARED, "condition", () -> "incident " + s.id() + " is "
            + s.status() + ": " + f.condition() + " does not hold");
        return null;
      }
      if (f.level() <= EscalationClock.levelSent(s, f.condition())) {
        step.refuse(ViolationCode.ESCALATION_ALREADY_SENT, "level", () -> "level " + f.level() + " of "
            + f.condition() + " was sent already for incident " + s.id());
        return null;
      }
      return step.withEscalations(s.escalations().withSent(f.condition(), f.level(), anchor));
    }

    @Override
    public @Nullable IncidentState escalationsHeld(EscalationsHeld f, Step step) {
      IncidentState s = step.before();
      if (s.escalations().held()) {
        step.refuse(ViolationCode.ESCALATIONS_ALREADY_HELD, null, () -> "escalations of incident " + s.id()
            + " are held already");
      }
      step.limit(s.escalations().holds().size(), EscalationLog.MAX_HOLDS, "escalation holds");
      return step.refused() ? null : step.withEscalations(s.escalations().heldFrom(step.occurredAt()));
    }

    @Override
    public @Nullable IncidentState escalationsResumed(EscalationsResumed f, Step step) {
      IncidentState s = step.before();
      if (!s.escalations().held()) {
        step.refuse(ViolationCode.ESCALATIONS_NOT_HELD, null, () -> "escalations of incident " + s.id()
            + " are not held");
        return null;
      }
      return step.withEscalations(s.escalations().resumedAt(step.occurredAt()));
    }
  }
}
