package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.jackson.IncidentCloudEvents;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An append worked out before any SQL runs: its arguments checked, its events written as text, and what it writes
 * beside them (due instant, snapshot, outbox rows); null {@code derived} when there are no events to append.
 */
record AppendBatch(long expected, IncidentState after, List<IncidentEvent> events, List<String> payloads,
    Appends.@Nullable Derived derived) {

  static AppendBatch of(long expected, Decision.Accepted decision, EventCodec codec, DueIndex due,
      Snapshots snapshots, @Nullable IncidentCloudEvents outbox) {
    IncidentState after = decision.state();
    List<IncidentEvent> events = decision.events();
    Appends.check(expected, after, events);
    List<String> payloads = new ArrayList<>(events.size());
    for (IncidentEvent e : events) {
      payloads.add(codec.write(e));
    }
    Appends.Derived derived = events.isEmpty() ? null : new Appends.Derived(due.enabled() ? due.next(after) : null,
        due.enabled() ? after.version() : null, snapshots.dueAfter(expected, after),
        outbox == null ? List.of() : Outbox.rows(outbox, events, payloads));
    return new AppendBatch(expected, after, events, payloads, derived);
  }

  /** The result of appending no event: the incident stays at the expected version. */
  AppendResult nothing() {
    return new AppendResult.Appended(after.tenant(), after.id(), expected);
  }
}
