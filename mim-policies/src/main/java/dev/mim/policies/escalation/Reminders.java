package dev.mim.policies.escalation;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reminders of an {@link EscalationPlan}'s levels already paged ({@link EscalationPlan#reminders}). */
final class Reminders {

  private Reminders() {}

  static List<EscalationReminder> of(EscalationPlan plan, IncidentState incident, Instant at) {
    List<EscalationReminder> out = new ArrayList<>();
    if (incident.classification() == null || incident.escalations().held()) {
      return out;
    }
    Priority priority = incident.classification().priority();
    for (EscalationCondition condition : EscalationCondition.values()) {
      Instant anchor = EscalationClock.anchor(incident, condition);
      int sent = anchor == null ? 0 : EscalationClock.levelSent(incident, condition);
      List<EscalationRule> chain = sent == 0 ? List.of() : plan.chain(condition, priority);
      EscalationPlan.Repeat repeat = plan.repeats().get(condition);
      if (chain.isEmpty() || sent > chain.size() * (repeat == null ? 1 : repeat.times() + 1)) {
        continue;
      }
      int loop = (sent - 1) / chain.size();
      EscalationRule rule = chain.get((sent - 1) % chain.size());
      Instant start = plan.clockStarts().getOrDefault(condition, EscalationPlan.ClockStart.CONDITION)
          .start(incident, anchor);
      Instant levelDue = rule.remindEvery() == null ? null
          : EscalationClock.after(incident, start, EscalationPlan.delay(rule, repeat, loop), plan.calendar());
      if (levelDue == null) {
        continue;
      }
      List<Escalation> next = new ArrayList<>();
      plan.owed(incident, at, start, condition, chain, next);
      Instant until = next.isEmpty() ? null : next.get(0).dueAt();
      long fallen = at.isBefore(levelDue) ? 0
          : Duration.between(levelDue, at).dividedBy(rule.remindEvery());
      for (long n = Math.max(1, fallen); n <= fallen + 1; n++) {
        Instant dueAt = levelDue.plus(rule.remindEvery().multipliedBy(n));
        if (until == null || dueAt.isBefore(until)) {
          out.add(new EscalationReminder(condition, sent, (int) Math.min(n, Integer.MAX_VALUE),
              rule.targetsFor(incident, loop), dueAt, at.isAfter(dueAt)));
        }
      }
    }
    out.sort(Comparator.comparing(EscalationReminder::dueAt).thenComparing(EscalationReminder::condition));
    return out;
  }
}
