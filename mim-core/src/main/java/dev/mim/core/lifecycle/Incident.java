package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.internal.Checks;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One incident held in memory: its events and the state they lead to. What every host writes around the decider
 * (decide, append the events, keep the state), as a small immutable value.
 *
 * <p>{@link #decide} returns the decision and the next value; this one is unchanged. Versions share their events:
 * deciding appends in constant time and memory, however long the history. Pure: no I/O, nothing shared. Persist
 * {@link Step#newEvents()} and carry on from {@link Step#incident()}.
 *
 * <pre>{@code
 * Incident incident = Incident.start();
 * Incident.Step step = incident.decide(command, policies);
 * store.addAll(step.newEvents()); // nothing when refused
 * incident = step.incident();
 * }</pre>
 */
public final class Incident {

  private static final Incident START = new Incident(IncidentState.initial(), 0, null);

  private final IncidentState state;
  /** The version of the snapshot this incident was resumed from; 0 for one started or replayed. */
  private final long base;
  /** The events after {@link #base}, newest first; null for none. */
  private final Link newest;

  private Incident(IncidentState state, long base, Link newest) {
    this.state = state;
    this.base = base;
    this.newest = newest;
  }

  /** @return an incident with no events yet, in the decider's initial state */
  public static Incident start() {
    return START;
  }

  /**
   * Rebuilds an incident from its stored events, checking each as {@link IncidentDecider#replay} does.
   *
   * @param events the incident's whole history, oldest first
   * @return the incident
   * @throws IllegalArgumentException when the events are not one incident's history the decider could have made
   */
  public static Incident replay(Iterable<IncidentEvent> events) {
    return fold(START, events);
  }

  /**
   * Resumes an incident from a snapshot of its state and the events after it, checking each of those as
   * {@link IncidentDecider#replay} does. The snapshot itself is taken as it is: a store resumes only from one it
   * wrote and checked against its events (mim-jackson's {@code IncidentSnapshots} reads one strictly).
   *
   * @param snapshot the state after the first {@code snapshot.version()} events
   * @param tail the events after them, oldest first
   * @return the incident; its {@link #events()} are the tail (and what is decided after), not the whole history
   * @throws IllegalArgumentException when an argument is null, or the tail does not follow the snapshot as a
   *     history the decider could have made
   */
  public static Incident resume(IncidentState snapshot, Iterable<IncidentEvent> tail) {
    Checks.notNull("snapshot", snapshot);
    return fold(new Incident(snapshot, snapshot.version(), null), Checks.notNull("tail", tail));
  }

  private static Incident fold(Incident from, Iterable<IncidentEvent> events) {
    Checks.notNull("events", events);
    Incident incident = from;
    Fold.Replay replay = new Fold.Replay();
    for (IncidentEvent e : events) {
      Checks.notNull("event", e);
      incident = new Incident(Fold.evolve(incident.state, e, replay), from.base, new Link(e, incident.newest));
    }
    return incident;
  }

  /**
   * Decides {@code command} against this incident.
   *
   * @param command what is asked
   * @param policies the policies to apply: a {@link PolicySet}, or a {@link TenantPolicies} resolver that gives
   *     the command's tenant its own (a resolver that fails is a {@code policy-failed} refusal)
   * @return the decision and the incident after it (this one, when refused)
   * @throws IllegalArgumentException when an argument is null
   */
  public Step decide(IncidentCommand command, TenantPolicies policies) {
    Decision decision = IncidentDecider.decide(state, command, policies);
    if (!(decision instanceof Decision.Accepted accepted)) {
      return new Step(decision, this);
    }
    return new Step(decision, with(accepted));
  }

  /**
   * The incident after a decision made against it, for a store that keeps incidents as they are decided.
   *
   * @param decision a decision accepted against this incident's version
   * @return the incident with the decision's events and state
   * @throws IllegalArgumentException when {@code decision} is null or its first event does not follow this
   *     incident's last (another incident, or another version)
   */
  public Incident after(Decision.Accepted decision) {
    Checks.notNull("decision", decision);
    IncidentEvent first = decision.events().get(0);
    if (first.sequence() != state.version() + 1 || (state.id() != null && !state.id().equals(first.incidentId()))) {
      throw new IllegalArgumentException("decision must be of incident " + state.id() + " at version "
          + state.version() + ", was of incident " + first.incidentId() + " at version " + (first.sequence() - 1));
    }
    return with(decision);
  }

  private Incident with(Decision.Accepted accepted) {
    Link link = newest;
    for (IncidentEvent e : accepted.events()) {
      link = new Link(e, link);
    }
    return new Incident(accepted.state(), base, link);
  }

  /** @return the state the events lead to */
  public IncidentState state() {
    return state;
  }

  /** @return the incident's id; empty before its first event */
  public Optional<IncidentId> id() {
    return Optional.ofNullable(state.id());
  }

  /** @return the number of events, which is the state's version */
  public long version() {
    return state.version();
  }

  /**
   * @return the events this incident holds, oldest first, as a new unmodifiable list (takes time in proportion to
   *     their number): the whole history for one started or replayed, those after the snapshot for one
   *     {@linkplain #resume resumed}
   */
  public List<IncidentEvent> events() {
    IncidentEvent[] all = new IncidentEvent[Math.toIntExact(state.version() - base)];
    int i = all.length;
    for (Link l = newest; l != null; l = l.before) {
      all[--i] = l.event;
    }
    return Collections.unmodifiableList(Arrays.asList(all));
  }

  /** @return the latest event this incident holds; empty before the first, or resumed with none after it */
  public Optional<IncidentEvent> lastEvent() {
    return newest == null ? Optional.empty() : Optional.of(newest.event);
  }

  /**
   * Two incidents are equal when they hold the same events; resumed ones, when also resumed from the same version
   * and in the same state.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Incident other) || other.state.version() != state.version() || other.base != base
        || (base > 0 && !other.state.equals(state))) {
      return false;
    }
    for (Link a = newest, b = other.newest; a != b; a = a.before, b = b.before) {
      if (!a.event.equals(b.event)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return events().hashCode();
  }

  @Override
  public String toString() {
    return "Incident[" + state.id() + ", " + state.status() + ", version " + state.version() + "]";
  }

  /**
   * What deciding a command gave.
   *
   * @param decision the decider's answer
   * @param incident the incident after it: with the new events when accepted, the same one when refused
   */
  public record Step(Decision decision, Incident incident) {

    /** @throws IllegalArgumentException when a field is null */
    public Step {
      Checks.notNull("decision", decision);
      Checks.notNull("incident", incident);
    }

    /** @return true when the command was accepted */
    public boolean accepted() {
      return decision.isAccepted();
    }

    /** @return the events the command caused, to persist in this order; empty when refused */
    public List<IncidentEvent> newEvents() {
      return decision.events();
    }
  }

  /** One event and the ones before it. */
  private static final class Link {
    final IncidentEvent event;
    final Link before;

    Link(IncidentEvent event, Link before) {
      this.event = event;
      this.before = before;
    }
  }
}
