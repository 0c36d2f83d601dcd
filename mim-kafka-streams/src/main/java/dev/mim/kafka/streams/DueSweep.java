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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweep at a stream time: for every incident in the store, the stakeholder updates, regulatory reports and
 * escalations that fell due since the last sweep. Each item is emitted once, in the sweep after it falls due; an
 * incident changed since the last sweep has all its items due by now emitted again (its owed items may be new,
 * and already late). The first sweep emits everything due by then.
 *
 * <p>An incident the sweep cannot answer for (its stored events unreadable, or the host's tenant resolver or
 * escalation policy throwing) is logged and skipped, with none of its items emitted, and the sweep goes on with
 * the others. It is remembered in the sweep store with the time it was last swept, so the next sweep emits
 * everything that fell due for it since then: a failing host call delays its items, it does not lose them.
 */
final class DueSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DueSweep.class);
  private static final String LAST = "last";
  /** Prefix of the sweep store's key for an incident a sweep failed on: its value is that sweep's "since". */
  private static final String RETRY = "retry:";

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
    try (KeyValueIterator<String, String> all = incidents.all()) {
      while (all.hasNext()) {
        KeyValue<String, String> entry = all.next();
        Long retry = sweeps.get(RETRY + entry.key);
        Long from = retry != null ? retry : last;
        List<String> items;
        try {
          items = dueItems(entry.value, since(from), now);
        } catch (RuntimeException e) {
          LOG.warn("due sweep at {} skipped incident {}: its items will be emitted by a later sweep", now, entry.key,
              e);
          if (retry == null) {
            sweeps.put(RETRY + entry.key, last == null ? Long.MIN_VALUE : last);
          }
          continue;
        }
        for (String item : items) {
          emit.accept(new Record<>(entry.key, item, streamTime));
        }
        if (retry != null) {
          sweeps.delete(RETRY + entry.key);
        }
      }
    }
    sweeps.put(LAST, streamTime);
  }

  /** The due items of one stored incident that fell due after {@code since}, as JSON; all or nothing. */
  private List<String> dueItems(String stored, Instant since, Instant now) {
    IncidentState state = IncidentDecider.replay(json.events(stored));
    boolean changed = state.lastEventAt() != null && state.lastEventAt().isAfter(since);
    PolicySet p = policies.policiesFor(state.tenant());
    List<String> items = new ArrayList<>();
    for (UpdateDue u : CommunicationSchedule.due(state, now, p.communication())) {
      if (fellDue(u.dueAt(), since, now, changed)) {
        items.add(json.write(new DueItem(DueItem.COMMUNICATION, state.tenant().value(), state.id().value(),
            state.version(), u.dueAt().toString(), u.kind().name(), u.audience().name(), u.report(), 0, List.of(),
            null)));
      }
    }
    for (Escalation e : p.escalation().due(state, now)) {
      if (fellDue(e.dueAt(), since, now, changed)) {
        items.add(json.write(new DueItem(DueItem.ESCALATION, state.tenant().value(), state.id().value(),
            state.version(), e.dueAt().toString(), e.condition().name(), null, null, e.level(),
            e.targets().stream().map(EscalationTarget::toString).toList(), e.reason())));
      }
    }
    return items;
  }

  /** The sweep time stored as {@code millis}; never swept (null, or stored as the least long) is the first. */
  private static Instant since(Long millis) {
    return millis == null || millis == Long.MIN_VALUE ? Instant.MIN : Instant.ofEpochMilli(millis);
  }

  private static boolean fellDue(Instant dueAt, Instant since, Instant now, boolean changed) {
    return !dueAt.isAfter(now) && (changed || dueAt.isAfter(since));
  }
}
