package dev.mim.kafka.streams;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.due.DueItems;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweep at a stream time: for the incidents the due index has at or before it (and no others), the stakeholder
 * updates, regulatory reports and escalations that fell due since the incident was last swept. Each item is emitted
 * once, in the sweep after it falls due; an incident changed since it was last swept has all its items due by now
 * emitted again (its owed items may be new, and already late). Once swept, an incident is scheduled at the next
 * instant something falls due for it, or leaves the index when nothing will.
 *
 * <p>An incident the sweep cannot answer for (its stored state unreadable, or the host's tenant resolver or
 * escalation policy throwing) is logged and skipped, with none of its items emitted, and stays where it is in the
 * index, so the next sweep emits everything that fell due for it since it was last swept: a failing host call
 * delays its items, it does not lose them.
 */
final class DueSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DueSweep.class);

  private final TenantPolicies policies;
  private final StoredIncidents incidents;
  private final KeyValueStore<String, String> store;
  private final DueSchedule schedule;
  private final Json json;

  DueSweep(TenantPolicies policies, StoredIncidents incidents, KeyValueStore<String, String> store,
      DueSchedule schedule, Json json) {
    this.policies = policies;
    this.incidents = incidents;
    this.store = store;
    this.schedule = schedule;
    this.json = json;
  }

  void run(long streamTime, Consumer<Record<String, String>> emit) {
    Instant now = Instant.ofEpochMilli(streamTime);
    if (!schedule.indexed()) {
      indexAll();
    }
    for (String key : schedule.dueBy(now)) {
      DueSchedule.Entry entry = schedule.entry(key);
      List<String> items;
      Instant next;
      try {
        IncidentState state = incidents.state(key);
        PolicySet p = policies.policiesFor(state.tenant());
        items = dueItems(state, p, entry == null ? null : entry.lastSwept(), now);
        next = nextAfter(state, p, now);
      } catch (RuntimeException e) {
        LOG.warn("due sweep at {} skipped incident {}: its items will be emitted by a later sweep", now, key, e);
        continue;
      }
      for (String item : items) {
        emit.accept(new Record<>(key, item, streamTime));
      }
      schedule.schedule(key, next, streamTime);
    }
  }

  /** Schedules every incident of the store: once, for a store written before the index existed. */
  private void indexAll() {
    try (KeyValueIterator<String, String> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, String> e = all.next();
        try {
          schedule.schedule(e.key, incidents.nextDue(incidents.state(e.key)), null);
        } catch (StoredIncidents.Unreadable unreadable) {
          LOG.warn("indexing the due items of {} skipped it: {}", e.key, unreadable.getMessage());
        }
      }
    }
    schedule.markIndexed();
  }

  /** The first instant after {@code now} at which something falls due; null when nothing will. */
  private static @Nullable Instant nextAfter(IncidentState state, PolicySet policies, Instant now) {
    for (dev.mim.core.due.DueItem item : DueItems.at(state, now, policies)) {
      if (item.dueAt().isAfter(now)) {
        return item.dueAt();
      }
    }
    return null;
  }

  /**
   * The communication and escalation items of one incident that fell due after {@code lastSwept} (all those due by
   * now when it changed since, {@code lastSwept} null), as JSON; all or nothing.
   */
  private List<String> dueItems(IncidentState state, PolicySet p, @Nullable Long lastSwept, Instant now) {
    Instant since = lastSwept == null ? Instant.MIN : Instant.ofEpochMilli(lastSwept);
    List<String> items = new ArrayList<>();
    for (UpdateDue u : CommunicationSchedule.due(state, now, p.communication())) {
      if (fellDue(u.dueAt(), since, now)) {
        items.add(json.write(new DueItem(DueItem.COMMUNICATION,
            state.tenant().value(), state.id().value(), state.version(), u.dueAt().toString(), u.kind().name(),
            u.audience().name(), u.report(), 0, List.of(), null)));
      }
    }
    for (Escalation e : p.escalation().due(state, now)) {
      if (fellDue(e.dueAt(), since, now)) {
        items.add(json.write(new DueItem(DueItem.ESCALATION,
            state.tenant().value(), state.id().value(), state.version(), e.dueAt().toString(), e.condition().name(),
            null, null, e.level(), e.targets().stream().map(EscalationTarget::toString).toList(), e.reason())));
      }
    }
    return items;
  }

  private static boolean fellDue(Instant dueAt, Instant since, Instant now) {
    return !dueAt.isAfter(now) && dueAt.isAfter(since);
  }
}
