package dev.mim.policies.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The escalation loop against an in-memory store, under the tiered plan: a P1 declared at 08:04 whose manager,
 * assigned at 08:05, does not acknowledge is owed the on-call manager at 08:10, the manager role (not mobilised)
 * at 08:19 and the head of operations at 08:20.
 */
class EscalationLoopTest {

  private static final Actor JOB = Actor.of("escalation-job");
  private static final PolicySet POLICIES = PolicySet.custom().escalation(EscalationPresets.tiered()).build();

  /** The host's store: the incident's events, and a recorder that decides on it and stores what it accepts. */
  private static final class Store {
    Incident incident;
    int records;

    Store(IncidentDriver d) {
      incident = Incident.replay(d.events);
    }

    Decision record(IncidentCommand command) {
      records++;
      Incident.Step step = incident.decide(command, POLICIES);
      incident = step.incident();
      return step.decision();
    }

    long recordedEscalations() {
      return incident.events().stream().filter(e -> e.fact().kind().cause()
          == dev.mim.core.incident.ActionKind.RECORD_ESCALATION).count();
    }
  }

  private static IncidentDriver unacknowledgedP1() {
    IncidentDriver d = new IncidentDriver();
    d.policies = POLICIES;
    d.until(IncidentStatus.DECLARED);
    d.ok(new ContainmentAction.AssignManager(IncidentDriver.AMY));
    return d;
  }

  private static List<String> levels(List<Escalation> escalations) {
    return escalations.stream().map(e -> e.condition() + " " + e.level()).toList();
  }

  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  @Test
  void everyLevelDueIsPagedAndRecordedOnceInOrderAndNothingBeforeItsTime() {
    Store store = new Store(unacknowledgedP1());
    List<String> paged = new ArrayList<>();
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (incident, e) -> paged.add(e.level() + " "
        + e.targets()), JOB);
    assertEquals(List.of(), loop.run(store.incident.state(), at("08:09"), store::record).recorded());
    EscalationLoop.Run run = loop.run(store.incident.state(), at("08:25"), store::record);
    assertEquals(List.of("NOT_ACKNOWLEDGED 1", "NOT_MOBILISED 1", "NOT_ACKNOWLEDGED 2"), levels(run.recorded()));
    assertEquals(3, paged.size(), paged.toString());
    assertEquals(store.incident.state(), run.incident());
    // Run again at the same instant: nothing is paged or recorded twice.
    EscalationLoop.Run again = loop.run(store.incident.state(), at("08:25"), store::record);
    assertEquals(List.of(), again.recorded());
    assertEquals(3, paged.size());
    assertEquals(3, store.recordedEscalations());
  }

  @Test
  void aPageThatFailsIsNotRecordedAndIsPagedAgainAtTheNextRunWithItsLevelsInOrder() {
    Store store = new Store(unacknowledgedP1());
    int[] calls = {0};
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (incident, e) -> {
      if (calls[0]++ == 0) {
        throw new IOException("pager gateway timed out");
      }
    }, JOB);
    EscalationLoop.Run failed = loop.run(store.incident.state(), at("08:25"), store::record);
    assertEquals(List.of("NOT_MOBILISED 1"), levels(failed.recorded()), "level 2 waits for level 1: " + failed);
    assertEquals(1, failed.notSent().size());
    assertEquals("pager gateway timed out", failed.notSent().get(0).cause().getMessage());
    assertEquals(1, store.records);
    EscalationLoop.Run retried = loop.run(store.incident.state(), at("08:26"), store::record);
    assertEquals(List.of("NOT_ACKNOWLEDGED 1", "NOT_ACKNOWLEDGED 2"), levels(retried.recorded()));
    assertEquals(3, store.recordedEscalations());
  }

  @Test
  void twoJobsRacingOnOneIncidentPageAtLeastOnceAndRecordOnce() {
    // Both load the incident before either records: the second's records are refused as already sent.
    Store store = new Store(unacknowledgedP1());
    var loaded = store.incident.state();
    List<Integer> pages = new ArrayList<>();
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (incident, e) -> pages.add(e.level()), JOB);
    assertEquals(1, loop.run(loaded, at("08:11"), store::record).recorded().size());
    EscalationLoop.Run late = loop.run(loaded, at("08:11"), store::record);
    assertEquals(List.of(), late.recorded());
    assertEquals(1, late.recordedElsewhere().size());
    assertEquals(List.of(1, 1), pages, "at least once");
    assertEquals(1, store.recordedEscalations(), "never twice recorded");
  }

  @Test
  void aCrashBetweenPagingAndRecordingPagesAgainAndRecordsOnce() {
    Store store = new Store(unacknowledgedP1());
    List<Integer> pages = new ArrayList<>();
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (incident, e) -> pages.add(e.level()), JOB);
    assertThrows(IllegalStateException.class, () -> loop.run(store.incident.state(), at("08:11"), command -> {
      throw new IllegalStateException("the database went away");
    }));
    assertEquals(1, loop.run(store.incident.state(), at("08:12"), store::record).recorded().size());
    assertEquals(List.of(1, 1), pages);
    assertEquals(1, store.recordedEscalations());
    IncidentEvent last = store.incident.events().get(store.incident.events().size() - 1);
    assertEquals(JOB, last.actor());
    assertEquals(at("08:12"), last.occurredAt());
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EscalationLoop.of(null, (i, e) -> { }, JOB))
        .getMessage().startsWith("policy, notifier and recordedBy must not be null"));
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (i, e) -> { }, JOB);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> loop.run(null, at("08:00"), c -> null))
        .getMessage().startsWith("incident, now and recorder must not be null"));
    var due = unacknowledgedP1().state;
    assertTrue(assertThrows(IllegalStateException.class, () -> loop.run(due, at("08:11"), c -> null)).getMessage()
        .endsWith("; it must return the decision"));
  }

  /** A host's store over the driver's events: appends what it is given, or fails as it is told. */
  private static final class HostStore implements IncidentStore<IOException> {
    Incident incident;
    IOException failure;
    boolean alwaysBeaten;

    HostStore(IncidentDriver d) {
      incident = Incident.replay(d.events);
    }

    @Override
    public Incident incident(TenantId tenant, IncidentId id) {
      return incident;
    }

    @Override
    public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (alwaysBeaten) {
        return Optional.of(new Conflict(decision.state().tenant(), decision.state().id(), expectedVersion,
            expectedVersion + 1));
      }
      incident = Incident.replay(concat(incident.events(), decision.events()));
      return Optional.empty();
    }

    private static List<IncidentEvent> concat(List<IncidentEvent> a, List<IncidentEvent> b) {
      List<IncidentEvent> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }
  }

  @Test
  void aRecorderOnTheHostsCommandHandlerStoresEachRecordAndSaysWhenTheStoreFailsOrOthersKeepWinning() {
    HostStore store = new HostStore(unacknowledgedP1());
    CommandHandler<IOException> handler = CommandHandler.of(store, POLICIES, 2);
    EscalationLoop loop = EscalationLoop.of(POLICIES.escalation(), (incident, e) -> { }, JOB);

    EscalationLoop.Run run = loop.run(store.incident.state(), at("08:25"), EscalationLoop.Recorder.storingWith(handler));
    assertEquals(List.of("NOT_ACKNOWLEDGED 1", "NOT_MOBILISED 1", "NOT_ACKNOWLEDGED 2"), levels(run.recorded()));
    assertEquals(run.incident(), store.incident.state(), "what was recorded is what the store holds");

    store.failure = new IOException("connection reset");
    IllegalStateException failed = assertThrows(IllegalStateException.class,
        () -> loop.run(store.incident.state(), at("09:30"), EscalationLoop.Recorder.storingWith(handler)));
    assertSame(store.failure, failed.getCause());
    assertTrue(failed.getMessage().startsWith("the store failed recording "), failed.getMessage());

    store.failure = null;
    store.alwaysBeaten = true;
    IllegalStateException beaten = assertThrows(IllegalStateException.class,
        () -> loop.run(store.incident.state(), at("09:30"), EscalationLoop.Recorder.storingWith(handler)));
    assertTrue(beaten.getMessage().startsWith("not stored after 2 attempts"), beaten.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EscalationLoop.Recorder.storingWith(null));
  }
}
