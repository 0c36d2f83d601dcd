package dev.mim.core.report;

import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Stage;
import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.Instant;

/**
 * One line of an incident's timeline, derived from one event.
 *
 * @param sequence the event's sequence
 * @param at when it happened
 * @param actor who did it
 * @param kind what kind of fact it was
 * @param status the incident's status after it
 * @param stage the stage of that status
 * @param summary what happened, in one line
 */
public record TimelineEntry(long sequence, Instant at, Actor actor, FactKind kind, IncidentStatus status,
    Stage stage, String summary) {

  /** @throws IllegalArgumentException when a field is null or blank */
  public TimelineEntry {
    Checks.notNull("at", at);
    Checks.notNull("actor", actor);
    Checks.notNull("kind", kind);
    Checks.notNull("status", status);
    Checks.notNull("stage", stage);
    Checks.notNull("summary", summary);
  }
}
