package dev.mim.core.metrics;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.incident.CommunicationFact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.internal.Checks;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well an incident's stakeholders were kept informed, per audience: how many owed updates were sent on time,
 * how late the others were, and how many are overdue now. Computed by replaying the incident's events and asking
 * the {@link CommunicationSchedule} what each audience was owed just before each update was sent.
 *
 * @param audiences the figures per audience, sorted by audience
 */
public record StakeholderConfidence(Map<Audience, AudienceConfidence> audiences) {

  /** Copies the map. */
  public StakeholderConfidence {
    audiences = Collections.unmodifiableMap(new TreeMap<>(audiences));
  }

  /**
   * Measures an incident's communication up to {@code at}.
   *
   * @param events the incident's events, in order
   * @param at the instant to measure at: updates overdue then count as missed
   * @param policy the plan, calendar and regimes the updates were owed under
   * @return the figures
   * @throws IllegalArgumentException when an argument is null or the events are not one incident's history that
   *     the decider could have made
   */
  public static StakeholderConfidence measure(List<IncidentEvent> events, Instant at, CommunicationPolicy policy) {
    return measure(events, at, policy, Set.of());
  }

  /**
   * Measures an incident's communication up to {@code at}, the subscribers of its affected services included.
   *
   * @param events the incident's events, in order
   * @param at the instant to measure at: updates overdue then count as missed
   * @param policy the plan, calendar and regimes the updates were owed under
   * @param subscribers the audiences subscribed to the incident's affected services
   * @return the figures
   * @throws IllegalArgumentException when an argument is null or the events are not one incident's history that
   *     the decider could have made
   */
  public static StakeholderConfidence measure(List<IncidentEvent> events, Instant at, CommunicationPolicy policy,
      Set<Audience> subscribers) {
    Checks.noNulls("events", events);
    Checks.notNull("at", at);
    Checks.notNull("policy", policy);
    Checks.noNulls("subscribers", subscribers);
    Map<Audience, Tally> tallies = new TreeMap<>();
    IncidentState state = IncidentState.initial();
    for (IncidentEvent e : events) {
      if (e.fact() instanceof CommunicationFact.StakeholderUpdateRecorded f) {
        UpdateDue answered = CommunicationSchedule.answeredBy(
            CommunicationSchedule.due(state, e.occurredAt(), policy, subscribers), f.update()).orElse(null);
        Tally t = tallies.computeIfAbsent(f.update().audience(), a -> new Tally());
        if (answered == null) {
          t.unsolicited++;
        } else {
          t.lateness.add(answered.overdueBy(e.occurredAt()));
        }
      }
      state = IncidentDecider.evolve(state, e);
    }
    for (UpdateDue d : CommunicationSchedule.due(state, at, policy, subscribers)) {
      if (d.overdue()) {
        tallies.computeIfAbsent(d.audience(), a -> new Tally()).overdueNow++;
      }
    }
    Map<Audience, AudienceConfidence> out = new TreeMap<>();
    tallies.forEach((a, t) -> out.put(a, t.toConfidence(a)));
    return new StakeholderConfidence(out);
  }

  /** Running counts for one audience. */
  private static final class Tally {
    final List<Duration> lateness = new ArrayList<>();
    int unsolicited;
    int overdueNow;

    AudienceConfidence toConfidence(Audience audience) {
      return new AudienceConfidence(audience, lateness, unsolicited, overdueNow);
    }
  }

  /**
   * The figures for one audience.
   *
   * @param audience the audience
   * @param lateness how late each owed update was sent (zero when on time), shortest first
   * @param unsolicited updates sent when none was owed
   * @param overdueNow updates owed and overdue at the instant measured
   */
  public record AudienceConfidence(Audience audience, List<Duration> lateness, int unsolicited, int overdueNow) {

    /** Copies the list, sorted. */
    public AudienceConfidence {
      lateness = List.copyOf(Checks.noNulls("lateness", lateness).stream().sorted().toList());
    }

    /** @return the number of owed updates sent on time */
    public int onTime() {
      int n = 0;
      for (Duration d : lateness) {
        if (d.isZero()) {
          n++;
        }
      }
      return n;
    }

    /**
     * @return the share of owed updates sent on time, counting those overdue now as missed; 1 when nothing was
     *     owed
     */
    public double onTimeShare() {
      int owed = lateness.size() + overdueNow;
      return owed == 0 ? 1.0 : (double) onTime() / owed;
    }

    /**
     * @param percent from 0 to 100
     * @return the lateness at that percentile of the owed updates sent, by the method of
     *     {@link DurationSummary}; zero when none was sent
     * @throws IllegalArgumentException when {@code percent} is out of range
     */
    public Duration latenessPercentile(int percent) {
      Checks.between("percent", percent, 0, 100);
      return lateness.isEmpty() ? Duration.ZERO : DurationSummary.percentile(lateness, percent);
    }
  }
}
