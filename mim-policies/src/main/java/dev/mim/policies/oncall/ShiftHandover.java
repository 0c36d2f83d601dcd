package dev.mim.policies.oncall;

import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.BriefingBuilder;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.OnCallRota;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * The Major Incident Manager role follows an on-call schedule: when the schedule names someone else than the
 * incident's manager, a hand-over at the end of the shift is proposed, with a briefing prepared from the incident's
 * state for the outgoing manager to complete. Pure.
 *
 * @param outgoing the manager now
 * @param incoming whom the schedule names
 * @param at when the proposal was made
 */
public record ShiftHandover(Actor outgoing, Actor incoming, Instant at) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

  /** @throws IllegalArgumentException when a value is null, or the outgoing and incoming managers are the same */
  public ShiftHandover {
    if (outgoing == null || incoming == null || at == null) {
      throw new IllegalArgumentException("outgoing, incoming and at must not be null, were " + outgoing + ", "
          + incoming + ", " + at);
    }
    if (outgoing.equals(incoming)) {
      throw new IllegalArgumentException("incoming must not be the outgoing manager, was " + incoming);
    }
  }

  /**
   * @param incident the incident's state
   * @param managers the managers' on-call rota (an {@link OnCallSchedule} or the host's own)
   * @param at the instant asked about
   * @return the hand-over the schedule proposes, when the incident is open, has a manager and the schedule names
   *     someone else; empty otherwise
   */
  public static Optional<ShiftHandover> proposed(IncidentState incident, OnCallRota managers, Instant at) {
    if (incident == null || managers == null || at == null) {
      throw new IllegalArgumentException("incident, managers and at must not be null");
    }
    Actor manager = incident.team().manager();
    if (manager == null || incident.status().isTerminal()) {
      return Optional.empty();
    }
    return managers.onCallAt(at).filter(next -> !next.equals(manager))
        .map(next -> new ShiftHandover(manager, next, at));
  }

  /**
   * A briefing prepared from the state at the hand-over: for every audience updated so far, when it was last told
   * and when its next update is due under {@code communication}. The outgoing manager adds the current status and
   * the hypotheses open and ruled out before building it; without a current status the decider refuses the
   * hand-over ({@code briefing-incomplete}).
   *
   * @param incident the incident's state
   * @param communication the communication policy in force
   * @return a builder holding the audiences, to which the outgoing manager adds the rest
   * @throws IllegalArgumentException when a value is null
   */
  public BriefingBuilder briefing(IncidentState incident, CommunicationPolicy communication) {
    if (incident == null || communication == null) {
      throw new IllegalArgumentException("incident and communication must not be null");
    }
    BriefingBuilder b = Briefing.builder();
    for (Map.Entry<Audience, Instant> e : incident.communications().lastUpdates().entrySet()) {
      Instant next = CommunicationSchedule.dueFor(incident, e.getKey(), at, communication).map(UpdateDue::dueAt)
          .orElse(null);
      b.addAudiences(new Briefing.AudienceBrief(e.getKey(), "last updated at " + TIME.format(e.getValue()), next));
    }
    return b;
  }

  /**
   * @param briefing what the outgoing manager tells the incoming one
   * @return the command's action: hand over at the end of the shift
   */
  public ContainmentAction.HandOverManager toAction(Briefing briefing) {
    return new ContainmentAction.HandOverManager(incoming, HandoverReason.END_OF_SHIFT, briefing);
  }
}
