package dev.mim.core.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The loop every store shares: load, decide, append at the version decided against, retry on conflict. */
class CommandHandlerTest {

  private static final PolicySet POLICIES = PolicySet.ofDefaults();
  private static final IncidentId MI = IncidentDriver.MI;
  private static final Instant T0 = IncidentDriver.T0;

  private static IncidentCommand identify() {
    return IncidentCommand.of(MI, IncidentDriver.DESK, T0, IncidentDriver.identify(IdentificationSource.USER_REPORT));
  }

  private static IncidentCommand declare(int minutes) {
    return IncidentCommand.of(MI, IncidentDriver.AMY, T0.plusSeconds(60L * minutes),
        new IdentificationAction.Declare(null));
  }

  private static IncidentCommand validate() {
    return IncidentCommand.of(MI, IncidentDriver.AMY, T0.plusSeconds(600),
        new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, "users call"));
  }

  @Test
  void anAcceptedCommandIsStoredAndARefusedOneStoresNothing() {
    InMemoryIncidents store = new InMemoryIncidents();
    CommandHandler<RuntimeException> handler = CommandHandler.of(store, POLICIES, 3);
    Handled identified = handler.handle(identify());
    assertInstanceOf(Handled.Stored.class, identified);
    assertTrue(identified.stored());
    assertEquals(1, identified.attempts());
    assertEquals(0, identified.conflicts());
    assertNull(identified.lastConflict());
    assertEquals(1, store.incident(TenantId.DEFAULT, MI).version());
    // Declaring without validation evidence is refused by the default declaration policy.
    Handled declared = handler.handle(declare(1));
    Handled.Refused refused = assertInstanceOf(Handled.Refused.class, declared);
    assertTrue(!refused.stored() && refused.conflicts() == 0);
    assertTrue(refused.decision().has(ViolationCode.VALIDATION_EVIDENCE_MISSING), refused.toString());
    Incident stored = store.incident(TenantId.DEFAULT, MI);
    assertEquals(1, stored.version());
    assertEquals(IncidentStatus.CANDIDATE, stored.state().status());
    assertEquals(stored.state(), IncidentDecider.replay(stored.events()));
  }

  @Test
  void aConflictIsDecidedAgainOnTheIncidentAsTheOtherWriterLeftIt() {
    InMemoryIncidents shared = new InMemoryIncidents();
    CommandHandler.of(shared, POLICIES, 1).handle(identify());
    // Another writer records a validation between our load and our append, twice.
    Racing racing = new Racing(shared, 2);
    List<Integer> pauses = new ArrayList<>();
    CommandHandler<RuntimeException> handler =
        CommandHandler.of(racing, POLICIES, 5).pausingBetweenAttempts(pauses::add);
    Handled handled = handler.handle(validate());
    assertInstanceOf(Handled.Stored.class, handled);
    assertEquals(3, handled.attempts());
    assertEquals(2, handled.conflicts());
    assertEquals(List.of(1, 2), pauses);
    assertEquals(new Conflict(TenantId.DEFAULT, MI, 2, 3), handled.lastConflict());
    assertEquals(4, handled.decision().state().version());
    assertEquals(4, shared.incident(TenantId.DEFAULT, MI).version());
  }

  @Test
  void aCommandThatLosesEveryRaceIsNotStoredAndSaysWhy() {
    InMemoryIncidents shared = new InMemoryIncidents();
    CommandHandler.of(shared, POLICIES, 1).handle(identify());
    Racing racing = new Racing(shared, 3);
    Handled handled = CommandHandler.of(racing, POLICIES, 3).handle(validate());
    Handled.NotStored notStored = assertInstanceOf(Handled.NotStored.class, handled);
    assertEquals(3, notStored.attempts());
    assertEquals(3, notStored.conflicts());
    assertTrue(notStored.lastConflict().message().contains("is at version 4, the append expected version 3"),
        notStored.lastConflict().message());
    // Only the other writer's validations are stored; none of ours.
    assertEquals(4, shared.incident(TenantId.DEFAULT, MI).version());
  }

  @Test
  void theInMemoryStoreKeepsTenantsApartAndRefusesADecisionOfAnotherVersion() {
    InMemoryIncidents store = new InMemoryIncidents();
    TenantId acme = TenantId.of("acme");
    CommandHandler<RuntimeException> handler = CommandHandler.of(store, POLICIES, 1);
    handler.handle(identify());
    handler.handle(IncidentCommand.of(acme, MI, IncidentDriver.DESK, T0,
        IncidentDriver.identify(IdentificationSource.USER_REPORT)));
    assertEquals(1, store.incidents(acme).size());
    assertEquals("InMemoryIncidents[2 incidents]", store.toString());
    assertEquals("CommandHandler[InMemoryIncidents[2 incidents], up to 1 attempts]", handler.toString());
    assertEquals(acme, store.incidents(acme).get(0).state().tenant());
    assertEquals(Incident.start(), store.incident(TenantId.of("globex"), MI));
    Decision.Accepted first = (Decision.Accepted) IncidentDecider.decide(IncidentDecider.initialState(), identify(),
        POLICIES);
    assertEquals(Optional.of(new Conflict(TenantId.DEFAULT, MI, 0, 1)), store.appendAt(0, first));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.incident(TenantId.DEFAULT, MI).after(first));
    assertEquals("decision must be of incident MI-1 at version 1, was of incident MI-1 at version 0", e.getMessage());
  }

  /** A listener that writes down what it is told, in order. */
  private static final class Told implements DecisionListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void deciding(IncidentCommand command) {
      lines.add("deciding");
    }

    @Override
    public void decided(IncidentCommand command, Decision decision) {
      lines.add("decided " + command.action().kind() + ": " + (decision instanceof Decision.Accepted ? "accepted"
          : "refused"));
    }

    @Override
    public void conflicted(IncidentCommand command, Conflict conflict) {
      lines.add("conflicted at " + conflict.expectedVersion() + ", store at " + conflict.actualVersion());
    }

    @Override
    public void handled(IncidentCommand command, Handled handled) {
      lines.add("handled: " + handled.getClass().getSimpleName() + " after " + handled.attempts());
    }
  }

  @Test
  void aListenerIsToldOfEachDecisionEachConflictAndWhatBecameOfTheCommand() {
    InMemoryIncidents shared = new InMemoryIncidents();
    Told told = new Told();
    CommandHandler.of(shared, POLICIES, 1).listenedBy(told).handle(identify());
    CommandHandler.of(shared, POLICIES, 1).listenedBy(told).handle(declare(1));
    CommandHandler.of(new Racing(shared, 2), POLICIES, 2).listenedBy(told).handle(validate());
    assertEquals(List.of(
        "deciding", "decided IDENTIFY: accepted", "handled: Stored after 1",
        "deciding", "decided DECLARE: refused", "handled: Refused after 1",
        "deciding", "decided RECORD_VALIDATION: accepted", "conflicted at 1, store at 2",
        "deciding", "decided RECORD_VALIDATION: accepted", "conflicted at 2, store at 3",
        "handled: NotStored after 2"), told.lines);
  }

  @Test
  void aListenerThatThrowsIsToldToThePolicyFailuresAndChangesNothing() {
    List<String> failures = new ArrayList<>();
    PolicySet policies = PolicySet.custom().policyFailures((what, policy, incident, cause) ->
        failures.add(what + " on " + incident + ": " + cause.getMessage())).build();
    DecisionListener broken = new DecisionListener() {
      @Override
      public void decided(IncidentCommand command, Decision decision) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    InMemoryIncidents store = new InMemoryIncidents();
    Handled handled = CommandHandler.of(store, policies, 1).listenedBy(broken).handle(identify());
    assertInstanceOf(Handled.Stored.class, handled);
    assertEquals(1, store.incident(TenantId.DEFAULT, MI).version());
    assertEquals(List.of("decision listener on MI-1: metrics backend down"), failures);
    assertEquals(DecisionListener.None.INSTANCE, DecisionListener.none());
    assertThrows(IllegalArgumentException.class, () -> CommandHandler.of(store, policies, 1).listenedBy(null));
  }

  @Test
  void badArgumentsAreRefusedByName() {
    InMemoryIncidents store = new InMemoryIncidents();
    assertEquals("maxAttempts must be between 1 and 2147483647, was 0",
        assertThrows(IllegalArgumentException.class, () -> CommandHandler.of(store, POLICIES, 0)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandHandler.of(store, POLICIES, 1).handle(null))
        .getMessage().startsWith("command must not be null"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandHandler.of(null, POLICIES, 1))
        .getMessage().startsWith("store must not be null"));
  }

  @Test
  void anOutcomeOrConflictThatCannotBeIsRefusedByName() {
    assertEquals("actualVersion must not be negative, was -1", assertThrows(IllegalArgumentException.class,
        () -> new Conflict(TenantId.DEFAULT, MI, 0, -1)).getMessage());
    assertEquals("expectedVersion must not be negative, was -1", assertThrows(IllegalArgumentException.class,
        () -> new Conflict(TenantId.DEFAULT, MI, -1, 0)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Conflict(null, MI, 0, 0)).getMessage()
        .startsWith("tenant must not be null"));
    Decision.Accepted accepted = (Decision.Accepted) IncidentDecider.decide(IncidentDecider.initialState(),
        identify(), POLICIES);
    assertEquals("attempts must be between 1 and 2147483647, was 0", assertThrows(IllegalArgumentException.class,
        () -> new Handled.Stored(accepted, 0, null)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new Handled.NotStored(accepted, 1, null))
        .getMessage().startsWith("lastConflict must not be null"));
    Handled.NotStored notStored = new Handled.NotStored(accepted, 2, new Conflict(TenantId.DEFAULT, MI, 0, 1));
    assertEquals(2, notStored.conflicts());
    assertTrue(!notStored.stored() && new Handled.Stored(accepted, 3, null).conflicts() == 2);
  }

  /** A store where another writer records a validation after each load, for the first {@code races} loads. */
  private static final class Racing implements IncidentStore<RuntimeException> {
    private final InMemoryIncidents shared;
    private int races;

    Racing(InMemoryIncidents shared, int races) {
      this.shared = shared;
      this.races = races;
    }

    @Override
    public Incident incident(TenantId tenant, IncidentId incident) {
      Incident loaded = shared.incident(tenant, incident);
      if (races-- > 0) {
        Incident now = loaded;
        IncidentCommand other = IncidentCommand.of(MI, IncidentDriver.BOB, T0.plusSeconds(60),
            new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "seen"));
        Decision.Accepted d = (Decision.Accepted) IncidentDecider.decide(now.state(), other, POLICIES);
        assertEquals(Optional.empty(), shared.appendAt(now.version(), d));
      }
      return loaded;
    }

    @Override
    public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) {
      return shared.appendAt(expectedVersion, decision);
    }
  }
}
