package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/**
 * Where a (candidate) major incident stands in its lifecycle. Each status belongs to one {@link Stage}.
 *
 * <p>The legal moves between them are held in one transition table, {@code dev.mim.core.lifecycle.Transitions},
 * which also draws the lifecycle diagram.
 */
public enum IncidentStatus {
  /** Nothing has happened yet: the decider's initial state, before a candidate is identified. */
  NONE(Stage.IDENTIFICATION, false),
  /** Identified as a possible major incident and being validated; resolver groups may already be engaged. */
  CANDIDATE(Stage.IDENTIFICATION, false),
  /** Declared a major incident after validation (or by an auto-declaration policy). */
  DECLARED(Stage.IDENTIFICATION, false),
  /** Team assembled with a Major Incident Manager and at least one resolver group. */
  MOBILISED(Stage.CONTAINMENT, false),
  /** The resolution plan is being implemented as a change. */
  RESOLVING(Stage.RESOLUTION, false),
  /** Service restored by a workaround or a permanent fix; may be reopened within the verification window. */
  RESTORED(Stage.RESOLUTION, false),
  /** The post-incident review is under way. */
  IN_REVIEW(Stage.MAINTENANCE, false),
  /** Closed after a completed review. Terminal. */
  CLOSED(Stage.MAINTENANCE, true),
  /**
   * Handed back to the normal incident process, with a reason: a candidate rejected by validation or a major
   * incident demoted later. Terminal. Its stage is {@link Stage#IDENTIFICATION} because a downgrade is a
   * (re)classification decision.
   */
  DOWNGRADED(Stage.IDENTIFICATION, true),
  /**
   * Declined by triage as not an incident at all, with a reason. Terminal, and kept out of the metrics'
   * aggregates.
   */
  DECLINED(Stage.IDENTIFICATION, true),
  /**
   * Marked a duplicate of another incident, which carries on, with a reason. Terminal, and kept out of the
   * metrics' aggregates.
   */
  DUPLICATE(Stage.IDENTIFICATION, true);

  private final Stage stage;
  private final boolean terminal;

  IncidentStatus(Stage stage, boolean terminal) {
    this.stage = stage;
    this.terminal = terminal;
  }

  /** @return the stage this status belongs to */
  public Stage stage() {
    return stage;
  }

  /** @return true for {@link #CLOSED}, {@link #DOWNGRADED}, {@link #DECLINED} and {@link #DUPLICATE}, which nothing
   *     leaves */
  public boolean isTerminal() {
    return terminal;
  }

  /** @return true from declaration until closure or downgrade: the incident is a live major incident */
  public boolean isMajor() {
    return this == DECLARED || this == MOBILISED || this == RESOLVING || this == RESTORED || this == IN_REVIEW;
  }

  /**
   * @return true for {@link #DECLINED} and {@link #DUPLICATE}: triage found no incident of its own here, so the
   *     metrics' aggregates leave it out
   */
  public boolean isKeptOutOfAggregates() {
    return this == DECLINED || this == DUPLICATE;
  }

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static IncidentStatus fromJson(String name) {
    return Checks.named(IncidentStatus.class, "status", name);
  }
}
