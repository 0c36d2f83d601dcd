package dev.mim.core.report;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.IncidentDecider;
import java.util.ArrayList;
import java.util.List;

/** An incident's timeline, derived from its events: nothing is typed twice. */
public final class Timeline {

  private Timeline() {}

  /**
   * Replays {@code events} (refusing a history the decider could not have made) and says what each did.
   *
   * @param events an incident's events, in order
   * @return one entry per event, in order
   * @throws IllegalArgumentException when the list is null or holds null, or the history is corrupt
   */
  public static List<TimelineEntry> of(List<IncidentEvent> events) {
    Checks.noNulls("events", events);
    List<TimelineEntry> out = new ArrayList<>(events.size());
    IncidentState state = IncidentState.initial();
    for (IncidentEvent e : events) {
      state = IncidentDecider.evolve(state, e);
      out.add(new TimelineEntry(e.sequence(), e.occurredAt(), e.actor(), e.fact().kind(), state.status(),
          state.status().stage(), FactNarration.describe(e.fact())));
    }
    return List.copyOf(out);
  }
}
