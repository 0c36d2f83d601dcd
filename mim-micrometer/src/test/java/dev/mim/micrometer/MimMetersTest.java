package dev.mim.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.Handled;
import dev.mim.core.handling.InMemoryIncidents;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.PolicySet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** mim's meters, fed by a command handler's decision listener. */
class MimMetersTest {

  private static final PolicySet POLICIES = PolicySet.ofDefaults();

  private static IncidentCommand at(int minute, Action action) {
    return IncidentCommand.of(IncidentDriver.MI, IncidentDriver.AMY,
        IncidentDriver.T0.plus(Duration.ofMinutes(minute)), action);
  }

  /**
   * A P1 identified at 08:00, refused a declaration at 08:01, declared at 08:03, acknowledged 2 min after its manager
   * took the role, restored at 08:30: 11 commands.
   */
  private static void drive(CommandHandler<RuntimeException> handler) {
    stored(handler, at(0, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING)));
    assertEquals(false, handler.handle(at(1, new IdentificationAction.Declare(null))).stored());
    stored(handler, at(2, new IdentificationAction.EngageResolverGroup(IncidentDriver.NETWORK, true)));
    stored(handler, at(2, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "red")));
    stored(handler, at(3, new IdentificationAction.Declare(null)));
    stored(handler, at(4, new ContainmentAction.AssignManager(IncidentDriver.AMY)));
    stored(handler, at(6, new EscalationAction.Acknowledge(null)));
    stored(handler, at(7, new ContainmentAction.Mobilise("bridge open")));
    stored(handler, at(8, new ResolutionAction.StartResolution("fail over", IncidentDriver.CHG, false)));
    stored(handler, at(20, new ResolutionAction.ApplyWorkaround("traffic moved")));
    stored(handler, at(30, new ResolutionAction.ConfirmRestoration(null)));
  }

  private static void stored(CommandHandler<RuntimeException> handler, IncidentCommand command) {
    Handled handled = handler.handle(command);
    assertEquals(true, handled.stored(), () -> command.action() + ": " + handled);
  }

  private static double count(MeterRegistry r, String name, String... tags) {
    var counter = r.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  private static double minutes(MeterRegistry r, String name) {
    return r.get(name).tag("priority", "P1").timer().totalTime(TimeUnit.MINUTES);
  }

  @Test
  void commandsRefusalsAndLifecycleTimesAreCountedByActionOutcomeCodeAndPriority() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    drive(CommandHandler.of(new InMemoryIncidents(), POLICIES, 1).listenedBy(MimMeters.on(registry)));
    assertEquals(1, count(registry, "mim.commands", "action", "DECLARE", "outcome", "refused"));
    assertEquals(1, count(registry, "mim.commands", "action", "DECLARE", "outcome", "stored"));
    assertEquals(1, count(registry, "mim.refusals", "action", "DECLARE", "code", "validation-evidence-missing"));
    assertEquals(11, registry.get("mim.commands").counters().stream().mapToDouble(c -> c.count()).sum());
    assertEquals(3, minutes(registry, "mim.time.to.declare"));
    assertEquals(2, minutes(registry, "mim.time.to.acknowledge"));
    assertEquals(30, minutes(registry, "mim.time.to.restore"));
    assertEquals(1, registry.get("mim.decide").tag("action", "DECLARE").tag("outcome", "refused").timer().count());
    assertEquals(11, registry.get("mim.decide").timers().stream().mapToLong(t -> t.count()).sum());
  }

  @Test
  void eachDecisionIsAnObservationThatIsCurrentWhileTheDeciderRunsAndEachConflictIsCounted() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TestObservationRegistry observations = TestObservationRegistry.create();
    InMemoryIncidents shared = new InMemoryIncidents();
    MimMeters meters = MimMeters.on(registry, observations);
    CommandHandler.of(shared, POLICIES, 1).listenedBy(meters)
        .handle(at(0, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING)));
    // another writer appends first, once
    IncidentStore<RuntimeException> racing = new IncidentStore<>() {
      private boolean raced;

      @Override
      public Incident incident(TenantId tenant, IncidentId incident) {
        Incident loaded = shared.incident(tenant, incident);
        if (!raced) {
          raced = true;
          Decision.Accepted other = (Decision.Accepted) loaded.decide(at(1,
              new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, "users")), POLICIES).decision();
          shared.appendAt(loaded.version(), other);
        }
        return loaded;
      }

      @Override
      public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) {
        return shared.appendAt(expectedVersion, decision);
      }
    };
    Handled handled = CommandHandler.of(racing, POLICIES, 2).listenedBy(meters)
        .handle(at(2, new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "red")));
    assertEquals(2, handled.attempts());
    assertEquals(1, count(registry, "mim.append.conflicts", "action", "RECORD_VALIDATION"));
    TestObservationRegistryAssert.assertThat(observations).hasNumberOfObservationsWithNameEqualTo("mim.decide", 3);
    TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo("mim.decide").that()
        .hasLowCardinalityKeyValue("action", "IDENTIFY").hasLowCardinalityKeyValue("outcome", "accepted")
        .hasBeenStarted().hasBeenStopped();
    assertThrows(IllegalArgumentException.class, () -> MimMeters.on(null));
    assertThrows(IllegalArgumentException.class, () -> MimMeters.on(registry, null));
  }

  @Test
  void theDecisionsObservationIsTheCurrentOneWhileTheDeciderAsksTheHostsPolicies() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    String[] current = {null};
    PolicySet asking = PolicySet.custom().declarationPolicy(candidate -> {
      current[0] = observations.getCurrentObservation().getContext().getName();
      return true;
    }).build();
    CommandHandler<RuntimeException> handler = CommandHandler.of(new InMemoryIncidents(), asking, 1)
        .listenedBy(MimMeters.on(new SimpleMeterRegistry(), observations));
    handler.handle(at(0, IncidentDriver.identify(IdentificationSource.EVENT_MONITORING)));
    handler.handle(at(1, new IdentificationAction.Declare(null)));
    assertEquals("mim.decide", current[0]);
    assertEquals(null, observations.getCurrentObservation(), "closed once decided");
  }

  @Test
  void theGaugesOfWhatIsInHandShowWhatTheHostLastToldThem() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MimMeters meters = MimMeters.on(registry);
    assertEquals(0, registry.get("mim.incidents.overdue").gauge().value());
    meters.inHand(Map.of(Priority.of(1), 2L, Priority.of(3), 5L), 1);
    assertEquals(2, registry.get("mim.incidents.open").tag("priority", "P1").gauge().value());
    assertEquals(5, registry.get("mim.incidents.open").tag("priority", "P3").gauge().value());
    assertEquals(1, registry.get("mim.incidents.overdue").gauge().value());
    meters.inHand(Map.of(Priority.of(1), 1L), 0);
    assertEquals(1, registry.get("mim.incidents.open").tag("priority", "P1").gauge().value());
    assertEquals(0, registry.get("mim.incidents.open").tag("priority", "P3").gauge().value(), "none left at P3");
    assertEquals(0, registry.get("mim.incidents.overdue").gauge().value());
    assertThrows(IllegalArgumentException.class, () -> meters.inHand(Map.of(Priority.of(1), -1L), 0));
    assertThrows(IllegalArgumentException.class, () -> meters.inHand(Map.of(), -1));
  }
}
