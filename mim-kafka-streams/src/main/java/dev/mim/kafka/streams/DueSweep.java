package dev.mim.kafka.streams;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sweep at a stream time: for every incident in the store, the stakeholder updates, regulatory reports and
 * escalations that fell due since the last sweep. Each item is emitted once, in the sweep after it falls due; an
 * incident changed since the last sweep has all its items due by now emitted again (its owed items may be new,
 * and already late). The first sweep emits everything due by then.
 */
final class DueSweep {

  private static final String LAST = "last";

  private final TenantPolicies policies;
  private final KeyValueStore<String, String> incidents;
  private final KeyValueStore<String, Long> sweeps;
  private final Json json;

  DueSweep(TenantPolicies policies, KeyValueStore<String, String> incidents, KeyValueStore<String, Long> sweeps,
      Json json) {
    this.policies = policies;
    this.incidents = incidents;
    this.sweeps = sweeps;
    this.json = json;
  }

  void run(long streamTime, Consumer<Record<String, String>> emit) {
    Instant now = Instant.ofEpochMilli(streamTime);
    Long last = sweeps.get(LAST);
    Instant since = last == null ? Instant.MIN : Instant.ofEpochMilli(last);
    try (KeyValueIterator<String, String> all = incidents.all()) {
      while (all.hasNext()) {
        KeyValue<String, String> entry = all.next();
        List<IncidentEvent> events = json.events(entry.value);
        IncidentState state = IncidentDecider.replay(events);
        boolean changed = state.lastEventAt() != null && state.lastEventAt().isAfter(since);
        PolicySet p = policies.policiesFor(state.tenant());
        for (UpdateDue u : CommunicationSchedule.due(state, now, p.communication())) {
          if (fellDue(u.dueAt(), since, now, changed)) {
            emit.accept(new Record<>(entry.key, json.write(new DueItem(DueItem.COMMUNICATION, state.tenant().value(),
                state.id().value(), state.version(), u.dueAt().toString(), u.kind().name(), u.audience().name(),
                u.report(), 0, List.of(), null)), streamTime));
          }
        }
        for (Escalation e : p.escalation().due(state, now)) {
          if (fellDue(e.dueAt(), since, now, changed)) {
            emit.accept(new Record<>(entry.key, json.write(new DueItem(DueItem.ESCALATION, state.tenant().value(),
                state.id().value(), state.version(), e.dueAt().toString(), e.condition().name(), null, null,
                e.level(), e.targets().stream().map(EscalationTarget::toString).toList(), e.reason())),
                streamTime));
          }
        }
      }
    }
    sweeps.put(LAST, streamTime);
  }

  private static boolean fellDue(Instant dueAt, Instant since, Instant now, boolean changed) {
    return !dueAt.isAfter(now) && (changed || dueAt.isAfter(since));
  }
}
