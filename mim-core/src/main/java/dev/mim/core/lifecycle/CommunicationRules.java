package dev.mim.core.lifecycle;

import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction.RecordStakeholderUpdate;
import dev.mim.core.incident.CommunicationAction.SnoozeUpdates;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.CommunicationFact.StakeholderUpdateRecorded;
import dev.mim.core.incident.CommunicationFact.UpdatesSnoozed;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TimeRange;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules for keeping stakeholders informed: record an update sent, hold off an audience's next update.
 * {@link #DECIDE} turns each action into its fact, or refuses it; {@link #EVOLVE} checks each fact against the
 * state it follows (no promise of a next update in the past, a bounded snooze) and folds it.
 */
final class CommunicationRules {

  static final CommunicationAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final CommunicationFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private CommunicationRules() {}

  private static final class Decide implements CommunicationAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact recordStakeholderUpdate(RecordStakeholderUpdate a, Verdict v) {
      StakeholderUpdate update = a.update();
      v.require(update.summary(), ViolationCode.SUMMARY_MISSING, "update.summary",
          () -> "the update to " + update.audience() + " on incident " + v.state().id() + " needs a summary");
      return v.refused() ? null : new StakeholderUpdateRecorded(update);
    }

    @Override
    public @Nullable Fact snoozeUpdates(SnoozeUpdates a, Verdict v) {
      IncidentState s = v.state();
      Instant at = v.command().occurredAt();
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "holding off updates to " + a.audience() + " on incident " + s.id() + " needs a reason");
      Instant until = at.plus(a.length());
      if (!TimeRange.contains(until)) {
        v.refuse(ViolationCode.OUTSIDE_TIME_RANGE, "length", () -> "holding off updates to " + a.audience()
            + " on incident " + s.id() + " for " + a.length() + " from " + at + " would end at " + until
            + ", after the last instant mim accepts (" + TimeRange.LATEST + ")");
      }
      return v.refused() ? null : new UpdatesSnoozed(a.audience(), until, a.reason());
    }
  }

  private static final class Evolve implements CommunicationFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState stakeholderUpdateRecorded(StakeholderUpdateRecorded f, Step step) {
      IncidentState s = step.before();
      Instant at = step.occurredAt();
      Instant next = f.update().nextUpdateAt();
      if (next != null && next.isBefore(at)) {
        step.refuse(ViolationCode.NEXT_UPDATE_IN_PAST, "update.nextUpdateAt", () -> "the update to "
            + f.update().audience() + " on incident " + s.id() + " promises the next update at " + next
            + ", before it was sent at " + at);
      }
      return step.refused() ? null
          : step.withCommunications(s.communications().sent(f.update().audience(), f.update().report(), at));
    }

    @Override
    public @Nullable IncidentState updatesSnoozed(UpdatesSnoozed f, Step step) {
      Instant at = step.occurredAt();
      if (!f.until().isAfter(at) || f.until().isAfter(at.plus(Action.MAX_SNOOZE))) {
        step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "until", () -> "a snooze at " + at
            + " must end after it and at most " + Action.MAX_SNOOZE + " later, was until " + f.until());
      }
      return step.refused() ? null
          : step.withCommunications(step.before().communications().snoozed(f.audience(), f.until()));
    }
  }
}
