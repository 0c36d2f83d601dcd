package dev.mim.core.lifecycle;

import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TimeRange;
import java.time.Instant;

/**
 * The decider's rules for keeping stakeholders informed: record an update sent, hold off an audience's next
 * update. Each returns the fact the action causes, or null when it refused; the {@link HistoryRules} (no promise
 * of a next update in the past, a bounded snooze) are checked afterwards.
 */
final class CommunicationRules {

  private CommunicationRules() {}

  static Fact decide(Verdict v, IncidentState s) {
    Action action = v.command().action();
    switch (action.kind()) {
      case RECORD_STAKEHOLDER_UPDATE: {
        StakeholderUpdate update = ((Action.RecordStakeholderUpdate) action).update();
        v.require(update.summary(), ViolationCode.SUMMARY_MISSING, "update.summary",
            () -> "the update to " + update.audience() + " on incident " + s.id() + " needs a summary");
        return v.refused() ? null : new Fact.StakeholderUpdateRecorded(update);
      }
      case SNOOZE_UPDATES: {
        Action.SnoozeUpdates a = (Action.SnoozeUpdates) action;
        v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
            () -> "holding off updates to " + a.audience() + " on incident " + s.id() + " needs a reason");
        Instant until = v.command().occurredAt().plus(a.length());
        if (!TimeRange.contains(until)) {
          v.refuse(ViolationCode.OUTSIDE_TIME_RANGE, "length", () -> "holding off updates to " + a.audience()
              + " on incident " + s.id() + " for " + a.length() + " from " + v.command().occurredAt() + " would end at "
              + until + ", after the last instant mim accepts (" + TimeRange.LATEST + ")");
        }
        return v.refused() ? null : new Fact.UpdatesSnoozed(a.audience(), until, a.reason());
      }
      default:
        throw new IllegalStateException("not a communication action: " + action.kind());
    }
  }
}
