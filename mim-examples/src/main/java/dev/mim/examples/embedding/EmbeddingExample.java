package dev.mim.examples.embedding;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.handling.InMemoryIncidents;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The README's embedding example, kept compiling here. */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Identifies a candidate, tries to declare it without validation (refused, the refusal printed on {@code out}),
   * and replays the stored events.
   *
   * @param out where the refusal is printed
   * @return the events the host would have stored
   */
  public static List<IncidentEvent> run(PrintStream out) {
    // readme:begin
    PolicySet policies = PolicySet.ofDefaults();           // or one per tenant
    InMemoryIncidents store = new InMemoryIncidents();     // or JdbcEventStore, or your own IncidentStore
    CommandHandler<RuntimeException> handler = CommandHandler.of(store, policies, 3);
    IncidentId id = IncidentId.of("MI-1042");
    Instant now = Instant.parse("2026-11-23T09:00:00Z");   // time comes from the host

    handler.handle(IncidentCommand.of(id, Actor.of("monitoring"), now,   // load, decide, append
        new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")),
            Impact.HIGH, Urgency.HIGH, "Payments API returns 503")));

    Handled declared = handler.handle(IncidentCommand.of(id, Actor.of("duty-manager"), now.plusSeconds(120),
        new IdentificationAction.Declare(null)));
    if (declared instanceof Handled.Refused refused) {     // a refusal is a value, not an exception
      refused.decision().violations().forEach(v -> out.println(v.code().code() + ": " + v.message()));
    }

    Incident incident = store.incident(TenantId.DEFAULT, id);
    IncidentState replayed = IncidentDecider.replay(incident.events());  // events are the record of truth
    // readme:end
    if (!replayed.equals(incident.state())) {
      throw new IllegalStateException("replay differs from the live state");
    }
    return incident.events();
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run(System.out).size() + " event(s) stored");
  }
}
