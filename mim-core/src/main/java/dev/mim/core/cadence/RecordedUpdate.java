package dev.mim.core.cadence;

import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stakeholder update as recorded: what was sent and when.
 *
 * @param update what was sent to whom
 * @param sentAt when
 */
public record RecordedUpdate(StakeholderUpdate update, Instant sentAt) {

  /** @throws IllegalArgumentException when a field is null */
  public RecordedUpdate {
    Checks.notNull("update", update);
    Checks.notNull("sentAt", sentAt);
  }

  /**
   * The updates among an incident's events, in order.
   *
   * @param events the incident's events
   * @return the recorded updates
   * @throws IllegalArgumentException when {@code events} is null
   */
  public static List<RecordedUpdate> from(Iterable<IncidentEvent> events) {
    Checks.notNull("events", events);
    List<RecordedUpdate> updates = new ArrayList<>();
    for (IncidentEvent e : events) {
      if (e.fact() instanceof Fact.StakeholderUpdateRecorded f) {
        updates.add(new RecordedUpdate(f.update(), e.occurredAt()));
      }
    }
    return updates;
  }
}
