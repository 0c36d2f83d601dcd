package dev.mim.core.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.comms.Audience;
import dev.mim.core.incident.CausingChange;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.CommunicationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one major incident, measured from its events at an instant. Each time is null until the events
 * it ends with have happened.
 *
 * <table>
 *   <caption>What each time measures</caption>
 *   <tr><th>figure</th><th>from</th><th>until</th></tr>
 *   <tr><td>{@code timeToValidate}</td><td>identification</td><td>the first declaration or downgrade</td></tr>
 *   <tr><td>{@code timeToDeclare}</td><td>the first signal</td><td>the declaration</td></tr>
 *   <tr><td>{@code timeToEngage}</td><td>identification</td><td>the primary resolver group engaged</td></tr>
 *   <tr><td>{@code timeToAcknowledge}</td><td>the first manager assigned</td><td>a manager's first
 *       acknowledgement</td></tr>
 *   <tr><td>{@code timeToMobilise}</td><td>the declaration</td><td>the team mobilised</td></tr>
 *   <tr><td>{@code timeToWorkaround}</td><td>the first signal</td><td>the first workaround applied</td></tr>
 *   <tr><td>{@code timeToFirstRestoration}</td><td>the first signal</td><td>the first restoration</td></tr>
 *   <tr><td>{@code timeToFinalRestoration}</td><td>the first signal</td><td>the last restoration, once no reopen
 *       followed it (null while reopened)</td></tr>
 *   <tr><td>{@code timeToClose}</td><td>the first signal</td><td>closure</td></tr>
 * </table>
 *
 * <p>The first signal is the {@code firstSignalAt} of the identification (the earliest ticket or alert; the
 * identification itself when not given). A reopen does not change the times above but the final restoration's;
 * it counts in {@code reopenCount} and opens a new outage window.
 *
 * <p><b>Outage</b>: only a declared major incident has one. Its first window runs from the first signal until the
 * first restoration; each reopen opens another until the next restoration. A window still open ends at the
 * downgrade, if the incident was downgraded, or at the instant measured, marked ongoing.
 *
 * @param tenant the incident's tenant
 * @param incident the incident
 * @param status its status when measured
 * @param priority its priority when measured
 * @param services the affected services, sorted
 * @param firstSignalAt when its first signal came
 * @param identifiedAt when it was identified
 * @param measuredAt the instant measured at
 * @param timeToValidate see the table
 * @param timeToDeclare see the table
 * @param timeToEngage see the table
 * @param timeToAcknowledge see the table
 * @param timeToMobilise see the table
 * @param timeToWorkaround see the table
 * @param timeToFirstRestoration see the table
 * @param timeToFinalRestoration see the table
 * @param timeToClose see the table
 * @param reopenCount how many times it was reopened
 * @param escalationsFired how many escalations were recorded as sent
 * @param updateAdherence the share of owed stakeholder updates sent on time, over all audiences, counting those
 *     overdue when measured as missed (see {@link StakeholderConfidence}); null when none was owed
 * @param outage the outage windows, in order
 * @param causes the changes linked as its cause, suspected or confirmed, ordered by change (input of
 *     {@link ChangeStability})
 */
@JsonIgnoreProperties(value = "outageTotal", allowGetters = true)
public record IncidentMetrics(TenantId tenant, IncidentId incident, IncidentStatus status, Priority priority,
    Set<ServiceId> services, Instant firstSignalAt, Instant identifiedAt, Instant measuredAt,
    Duration timeToValidate, Duration timeToDeclare, Duration timeToEngage, Duration timeToAcknowledge,
    Duration timeToMobilise, Duration timeToWorkaround, Duration timeToFirstRestoration,
    Duration timeToFinalRestoration, Duration timeToClose, int reopenCount, int escalationsFired,
    @Nullable Double updateAdherence, List<OutageWindow> outage, List<CausingChange> causes) {

  /** @throws IllegalArgumentException when an identifying field is null, a count negative or a list holds null */
  public IncidentMetrics {
    Checks.notNull("tenant", tenant);
    Checks.notNull("incident", incident);
    Checks.notNull("status", status);
    Checks.notNull("priority", priority);
    services = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notEmpty("services", services)));
    Checks.notNull("firstSignalAt", firstSignalAt);
    Checks.notNull("identifiedAt", identifiedAt);
    Checks.notNull("measuredAt", measuredAt);
    Checks.notNegative("reopenCount", reopenCount);
    Checks.notNegative("escalationsFired", escalationsFired);
    outage = List.copyOf(Checks.noNulls("outage", outage));
    causes = List.copyOf(Checks.noNulls("causes", causes));
  }

  /**
   * Measures an incident from its events. The events are replayed first: a history the decider could not have
   * made is refused, as {@code IncidentDecider.replay} refuses it.
   *
   * @param events the incident's events, in order, at least its identification
   * @param at the instant to measure at; not before the last event
   * @param communication the communication policy the updates were owed under
   * @return the figures
   * @throws IllegalArgumentException when an argument is null, there is no event, the history is corrupt, or
   *     {@code at} is before the last event
   */
  public static IncidentMetrics measure(List<IncidentEvent> events, Instant at, CommunicationPolicy communication) {
    return measure(events, at, communication, Set.of());
  }

  /**
   * Measures an incident from its events, counting the updates owed to the subscribers of its affected services
   * too ({@code ServiceCatalogue.impactOf(...).subscribers()}).
   *
   * @param events the incident's events, in order, at least its identification
   * @param at the instant to measure at; not before the last event
   * @param communication the communication policy the updates were owed under
   * @param subscribers the audiences subscribed to the incident's affected services
   * @return the figures
   * @throws IllegalArgumentException as {@link #measure(List, Instant, CommunicationPolicy)}, or when
   *     {@code subscribers} is null or holds null
   */
  public static IncidentMetrics measure(List<IncidentEvent> events, Instant at, CommunicationPolicy communication,
      Set<Audience> subscribers) {
    Checks.notEmpty("events", events);
    Checks.instant("at", at);
    Checks.notNull("communication", communication);
    Checks.noNulls("subscribers", subscribers);
    return MetricsFold.measure(events, at, communication, subscribers);
  }

  /** @return the outage's total length: the sum of its windows; zero when there was none */
  @JsonProperty("outageTotal")
  public Duration outageTotal() {
    Duration total = Duration.ZERO;
    for (OutageWindow w : outage) {
      total = total.plus(w.length());
    }
    return total;
  }

  /**
   * @return the figures in words, one per {@link Metric} reached, for logs and consoles: "MI-1 (P1, CLOSED):
   *     time to validate 4 min, time to declare 12 min, ..., reopened 0 times, 2 escalations"
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(incident).append(" (").append(priority).append(", ")
        .append(status).append("):");
    for (Metric metric : Metric.values()) {
      java.time.Duration figure = metric.of(this);
      if (figure != null) {
        out.append(' ').append(metric.label()).append(' ').append(Durations.inWords(figure)).append(',');
      }
    }
    return out.append(" reopened ").append(reopenCount).append(reopenCount == 1 ? " time, " : " times, ")
        .append(escalationsFired).append(escalationsFired == 1 ? " escalation" : " escalations").toString();
  }
}
