package dev.mim.micrometer;

import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.DecisionListener;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.Classification;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.priority.Priority;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * mim's command handling in Micrometer's meters, as a {@link DecisionListener}: give it to {@code
 * CommandHandler.listenedBy}.
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code mim.commands}</td><td>counter</td><td>{@code action}, {@code outcome} ({@code stored},
 *       {@code refused}, {@code not-stored})</td><td>commands handled</td></tr>
 *   <tr><td>{@code mim.refusals}</td><td>counter</td><td>{@code action}, {@code code}</td><td>refusals, one per
 *       violation, by its stable code</td></tr>
 *   <tr><td>{@code mim.append.conflicts}</td><td>counter</td><td>{@code action}</td><td>appends that met
 *       another writer's</td></tr>
 *   <tr><td>{@code mim.decide}</td><td>observation (a timer through the registry's handlers)</td><td>{@code
 *       action}, {@code outcome} ({@code accepted}, {@code refused})</td><td>the decider's time per
 *       decision</td></tr>
 *   <tr><td>{@code mim.time.to.declare}</td><td>timer</td><td>{@code priority}</td><td>from the first signal to
 *       the declaration, recorded when a declaration is stored</td></tr>
 *   <tr><td>{@code mim.time.to.acknowledge}</td><td>timer</td><td>{@code priority}</td><td>from the manager
 *       taking the role to acknowledging it, recorded when the acknowledgement is stored</td></tr>
 *   <tr><td>{@code mim.time.to.restore}</td><td>timer</td><td>{@code priority}</td><td>from the first signal to
 *       a restoration, recorded when each restoration is stored</td></tr>
 *   <tr><td>{@code mim.incidents.open}</td><td>gauge</td><td>{@code priority}</td><td>open incidents, as last
 *       told by {@link #inHand}</td></tr>
 *   <tr><td>{@code mim.incidents.overdue}</td><td>gauge</td><td></td><td>incidents with something overdue, as
 *       last told by {@link #inHand}</td></tr>
 * </table>
 *
 * <p>The {@code action} tag is the command's {@code ActionKind} ({@code DECLARE}), the {@code priority} tag the
 * incident's ({@code P1}): both bounded, so the meters' cardinality is too. The {@code mim.decide} observation is
 * opened as the current one around the decider, so a tracing handler on the observation registry makes a span of
 * it. Thread-safe; one per registry.
 */
public final class MimMeters implements DecisionListener {

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final ThreadLocal<Observation.@Nullable Scope> deciding = new ThreadLocal<>();
  private final Map<Priority, AtomicLong> open = new ConcurrentHashMap<>();
  private final AtomicLong overdue = new AtomicLong();

  private MimMeters(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = meters;
    this.observations = observations;
    Gauge.builder("mim.incidents.overdue", overdue, AtomicLong::get)
        .description("incidents with something overdue, as last told").register(meters);
  }

  /**
   * Sets the gauges of what is in hand. Call it from the host's sweep (every minute, say) rather than from the
   * scrape, so that a scrape never waits on the database: with mim-store-jdbc, {@code
   * store.openIncidentsByPriority(null)} and {@code store.due().countBefore(now)}.
   *
   * @param openByPriority how many open incidents there are at each priority; a priority left out has none
   * @param overdueIncidents how many incidents have something overdue
   * @throws IllegalArgumentException when the map is null or holds null, or a count is negative
   */
  public void inHand(Map<Priority, Long> openByPriority, long overdueIncidents) {
    if (openByPriority == null || overdueIncidents < 0) {
      throw new IllegalArgumentException("openByPriority must not be null and overdueIncidents not negative, were "
          + openByPriority + " and " + overdueIncidents);
    }
    openByPriority.forEach((priority, count) -> {
      if (priority == null || count == null || count < 0) {
        throw new IllegalArgumentException("openByPriority must map priorities to counts not negative, was "
            + openByPriority);
      }
    });
    for (Map.Entry<Priority, Long> e : openByPriority.entrySet()) {
      open.computeIfAbsent(e.getKey(), p -> {
        AtomicLong count = new AtomicLong();
        Gauge.builder("mim.incidents.open", count, AtomicLong::get).description("open incidents, as last told")
            .tag("priority", p.toString()).register(meters);
        return count;
      }).set(e.getValue());
    }
    open.forEach((priority, count) -> {
      if (!openByPriority.containsKey(priority)) {
        count.set(0);
      }
    });
    overdue.set(overdueIncidents);
  }

  /**
   * Meters in {@code meters}, and {@code mim.decide} observed by an observation registry of its own that records
   * it as a timer in {@code meters}.
   *
   * @param meters the host's meter registry
   * @return the listener
   * @throws IllegalArgumentException when {@code meters} is null
   */
  public static MimMeters on(MeterRegistry meters) {
    if (meters == null) {
      throw new IllegalArgumentException("meters must not be null");
    }
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new MimMeters(meters, observations);
  }

  /**
   * Meters in {@code meters}, and {@code mim.decide} observed through the host's {@code observations} (with the
   * handlers it has: a meter handler, tracing).
   *
   * @param meters the host's meter registry
   * @param observations the host's observation registry
   * @return the listener
   * @throws IllegalArgumentException when an argument is null
   */
  public static MimMeters on(MeterRegistry meters, ObservationRegistry observations) {
    if (meters == null || observations == null) {
      throw new IllegalArgumentException("meters and observations must not be null, were " + meters + " and "
          + observations);
    }
    return new MimMeters(meters, observations);
  }

  @Override
  public void deciding(IncidentCommand command) {
    Observation observation = Observation.createNotStarted("mim.decide", observations)
        .contextualName("mim decide " + command.action().kind())
        .lowCardinalityKeyValue("action", command.action().kind().name())
        .start();
    deciding.set(observation.openScope());
  }

  @Override
  public void decided(IncidentCommand command, Decision decision) {
    Observation.Scope scope = deciding.get();
    deciding.remove();
    if (scope != null) {
      Observation observation = scope.getCurrentObservation();
      scope.close();
      observation.lowCardinalityKeyValue("outcome", decision instanceof Decision.Accepted ? "accepted" : "refused");
      observation.stop();
    }
    if (decision instanceof Decision.Rejected rejected) {
      for (Violation v : rejected.violations()) {
        Counter.builder("mim.refusals").description("refusals, one per violation")
            .tag("action", command.action().kind().name()).tag("code", v.code().code()).register(meters).increment();
      }
    }
  }

  @Override
  public void conflicted(IncidentCommand command, Conflict conflict) {
    Counter.builder("mim.append.conflicts").description("appends that met another writer's")
        .tag("action", command.action().kind().name()).register(meters).increment();
  }

  @Override
  public void handled(IncidentCommand command, Handled handled) {
    String outcome = handled instanceof Handled.Stored ? "stored"
        : handled instanceof Handled.Refused ? "refused" : "not-stored";
    Counter.builder("mim.commands").description("commands handled")
        .tag("action", command.action().kind().name()).tag("outcome", outcome).register(meters).increment();
    if (handled instanceof Handled.Stored stored) {
      IncidentState state = stored.decision().state();
      for (IncidentEvent e : stored.decision().events()) {
        times(state, e);
      }
    }
  }

  /** The lifecycle times an event ends, by the incident's priority. */
  private void times(IncidentState state, IncidentEvent e) {
    Classification c = state.classification();
    if (c == null) {
      return;
    }
    FactKind kind = e.fact().kind();
    if (kind == FactKind.MAJOR_INCIDENT_DECLARED) {
      record("mim.time.to.declare", "from the first signal to the declaration", c, c.firstSignalAt(), e);
    } else if (kind == FactKind.SERVICE_RESTORED) {
      record("mim.time.to.restore", "from the first signal to a restoration", c, c.firstSignalAt(), e);
    } else if (e.fact() instanceof EscalationFact.Acknowledged a && a.group() == null
        && state.team().managerSince() != null) {
      record("mim.time.to.acknowledge", "from the manager taking the role to acknowledging it", c,
          state.team().managerSince(), e);
    }
  }

  private void record(String name, String description, Classification c, Instant from, IncidentEvent e) {
    Duration time = Duration.between(from, e.occurredAt());
    if (!time.isNegative()) {
      Timer.builder(name).description(description).tag("priority", c.priority().toString()).register(meters)
          .record(time);
    }
  }

  @Override
  public String toString() {
    return "MimMeters[" + meters + "]";
  }
}
