package dev.mim.kafka.streams;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.jackson.IncidentCloudEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides each command against its incident's stored state through mim-core's {@link CommandHandler}, the state
 * store serving as its {@link StoredIncidents}; schedules the sweep for due items.
 */
final class DecideProcessor implements Processor<String, String, String, String> {

  static final String EVENTS = "events";
  static final String REJECTIONS = "rejections";
  static final String DUE = "due";

  private final TenantPolicies policies;
  private final Duration sweepEvery;
  private final Json json = new Json();
  private ProcessorContext<String, String> context;
  private CommandHandler<RuntimeException> handler;

  private final IncidentCloudEvents cloudEvents;

  DecideProcessor(TenantPolicies policies, Duration sweepEvery, IncidentCloudEvents cloudEvents) {
    this.policies = policies;
    this.sweepEvery = sweepEvery;
    this.cloudEvents = cloudEvents;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    KeyValueStore<String, String> incidents = context.getStateStore(IncidentTopology.INCIDENTS_STORE);
    DueSchedule schedule = new DueSchedule(context.getStateStore(IncidentTopology.DUE_INDEX_STORE));
    StoredIncidents stored = new StoredIncidents(incidents, schedule, policies, json);
    // One task owns the partition: an append never meets another writer, so one attempt is enough.
    this.handler = CommandHandler.of(stored, policies, 1);
    DueSweep sweep = new DueSweep(policies, stored, incidents, schedule, json);
    context.schedule(sweepEvery, PunctuationType.STREAM_TIME,
        streamTime -> sweep.run(streamTime, item -> context.forward(item, DUE)));
  }

  @Override
  public void process(Record<String, String> record) {
    IncidentCommand command;
    try {
      command = json.command(record.value());
    } catch (IllegalArgumentException e) {
      reject(record, null, 0, List.of(new Rejection.Refusal(Rejection.MALFORMED_COMMAND, null,
          "not a well-formed command: " + e.getMessage())));
      return;
    }
    String key = IncidentTopology.key(command.tenant(), command.incidentId());
    if (!key.equals(record.key())) {
      reject(record, command, 0, List.of(new Rejection.Refusal(Rejection.WRONG_KEY, "key", "a command of incident "
          + command.incidentId() + " (tenant " + command.tenant() + ") must be keyed " + key + ", was "
          + record.key())));
      return;
    }
    Handled handled;
    try {
      // The decider asks the tenant's policies itself, guarded: a host's failing resolver is a refusal, not a crash.
      handled = handler.handle(command);
    } catch (StoredIncidents.Unreadable unreadable) {
      reject(record, command, 0, List.of(new Rejection.Refusal(Rejection.STORED_INCIDENT_UNREADABLE, null,
          unreadable.getMessage())));
      return;
    }
    if (handled instanceof Handled.Refused refused) {
      List<Rejection.Refusal> refusals = new ArrayList<>();
      for (Violation v : refused.decision().violations()) {
        refusals.add(new Rejection.Refusal(v.code().code(), v.field(), v.message()));
      }
      reject(record, command, refused.decision().state().version(), refusals);
      return;
    }
    if (!handled.stored()) { // one task per partition: no other writer can have appended
      throw new IllegalStateException("command of " + key + " not stored: " + handled.lastConflict());
    }
    for (IncidentEvent e : handled.decision().events()) {
      context.forward(record.withValue(json.write(e)).withHeaders(IncidentSerdes.cloudEventHeaders(cloudEvents, e)),
          EVENTS);
    }
  }

  private void reject(Record<String, String> record, IncidentCommand command, long version,
      List<Rejection.Refusal> refusals) {
    Rejection r = new Rejection(command == null ? null : command.tenant().value(),
        command == null ? null : command.incidentId().value(), version, record.value(), refusals);
    context.forward(record.withValue(json.write(r)), REJECTIONS);
  }
}
