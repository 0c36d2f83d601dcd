package dev.mim.spring.boot;

import static dev.mim.spring.boot.Commands.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.due.DueItem;
import dev.mim.core.due.DueItems;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxMessage;
import dev.mim.store.jdbc.OutboxPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The due-items sweep, the outbox relay on their schedule, and mim's health. */
class TasksAutoConfigurationTest {

  private static final Instant AN_HOUR_LATER = Commands.T0.plus(Duration.ofHours(1));

  private final TestClock clock = new TestClock(AN_HOUR_LATER);
  private final List<String> paged = new CopyOnWriteArrayList<>();
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final List<String> published = new CopyOnWriteArrayList<>();
  private final List<DueItem> deliveredItems = new CopyOnWriteArrayList<>();
  private volatile String failDeliveryTo = "";
  private volatile boolean brokerDown;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class, MimStoreAutoConfiguration.class,
          MimTasksAutoConfiguration.class, MimHealthAutoConfiguration.class))
      .withUserConfiguration(TestDatabase.class)
      .withPropertyValues("mim.policies.location=classpath:mim/policies")
      .withBean(TestClock.class, () -> clock)
      .withBean(EscalationLoop.Notifier.class, () -> (EscalationLoop.Notifier) (incident, escalation) ->
          paged.add(incident.id() + " " + escalation.condition() + " " + escalation.level()))
      .withBean(DueDelivery.class, () -> (incident, items) -> {
        if (incident.id().value().equals(failDeliveryTo)) {
          throw new IllegalStateException("mail server down");
        }
        deliveredItems.addAll(items);
        items.forEach(i -> delivered.add(incident.id() + " " + i.kind() + " " + i.subject()));
      })
      .withBean(OutboxPublisher.class, () -> (OutboxMessage m) -> {
        if (brokerDown) {
          throw new IllegalStateException("broker unreachable");
        }
        published.add(m.id());
      });

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(done.getAsBoolean()).as(what).isTrue();
  }

  @Test
  void nothingIsScheduledUnlessEnabled() {
    runner.run(context -> {
      assertThat(context.getBean(MimTasks.class).scheduled()).isEmpty();
      assertThat(context.getBean(MimTasks.class).isRunning()).isFalse();
      assertThat(context).hasSingleBean(DueSweep.class);
    });
  }

  @Test
  void aSweepPagesAndRecordsEscalationsAndDeliversTheRestOfWhatIsDue() {
    runner.run(context -> {
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
      Commands.declareThrough(Commands.handler(context), TenantId.of("globex"), IncidentId.of("MI-2"));
      DueSweep sweep = context.getBean(DueSweep.class);

      DueSweep.Sweep first = sweep.run(AN_HOUR_LATER, 100);
      assertThat(first).isEqualTo(new DueSweep.Sweep(2, 1, delivered.size(), 0));
      assertThat(paged).containsExactly("MI-1 NOT_MOBILISED 1");
      assertThat(delivered).contains("MI-1 STAKEHOLDER_UPDATE service-desk", "MI-2 STAKEHOLDER_UPDATE service-desk")
          .noneMatch(d -> d.contains(DueItem.Kind.ESCALATION.name()));
      assertThat(context.getBean(JdbcEventStore.class).load(ACME, IncidentId.of("MI-1")))
          .as("the escalation is recorded").hasSize(4);
      assertThat(deliveredItems).as("only what has fallen due").allMatch(i -> i.isDueAt(AN_HOUR_LATER));

      DueSweep.Sweep second = sweep.run(AN_HOUR_LATER, 100);
      assertThat(second.escalations()).as("recorded once, so paged once").isZero();
      assertThat(paged).hasSize(1);
    });
  }

  @Test
  void whatIsNotYetDueIsNotDelivered() {
    Instant justDeclared = Commands.T0.plus(Duration.ofMinutes(3));
    runner.run(context -> {
      Commands.declareThrough(Commands.handler(context), TenantId.of("globex"), IncidentId.of("MI-2"));
      IncidentState mi2 = context.getBean(JdbcEventStore.class).incident(TenantId.of("globex"),
          IncidentId.of("MI-2")).state();
      List<DueItem> owed = DueItems.at(mi2, justDeclared, PolicySet.ofDefaults());
      assertThat(owed).as("the incident is owed updates, later").anyMatch(i -> !i.isDueAt(justDeclared));
      context.getBean(DueSweep.class).run(justDeclared, 100);
      assertThat(deliveredItems).isEqualTo(owed.stream().filter(i -> i.isDueAt(justDeclared)).toList());
    });
  }

  @Test
  void aDeliveryThatFailsIsLoggedAndTheSweepGoesOnWithTheNextIncident() {
    failDeliveryTo = "MI-1";
    RecordingLogs.clear();
    runner.run(context -> {
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-2"));
      DueSweep.Sweep sweep = context.getBean(DueSweep.class).run(AN_HOUR_LATER, 100);
      assertThat(sweep.incidents()).isEqualTo(2);
      assertThat(sweep.failures()).isEqualTo(1);
      assertThat(delivered).isNotEmpty().allMatch(d -> d.startsWith("MI-2 "));
      assertThat(paged).as("both escalated before the delivery").hasSize(2);
      assertThat(RecordingLogs.warnings()).singleElement().asString().contains("acme/MI-1");
    });
  }

  @Test
  void whenEnabledTheSweepAndTheRelayRunOnTheirScheduleAndHealthIsUp() {
    runner.withPropertyValues("mim.due.enabled=true", "mim.due.interval=20ms", "mim.outbox.source=/desk",
        "mim.outbox.relay.enabled=true", "mim.outbox.relay.interval=20ms").run(context -> {
          MimTasks tasks = context.getBean(MimTasks.class);
          assertThat(tasks.scheduled()).containsExactly(MimTasks.Task.DUE_SWEEP, MimTasks.Task.OUTBOX_RELAY);
          assertThat(tasks.isRunning()).isTrue();
          Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
          await("paged by the scheduled sweep", () -> paged.size() == 1);
          await("published by the scheduled relay", () -> published.size() == 4);
          assertThat(published).containsExactly("acme/MI-1/1", "acme/MI-1/2", "acme/MI-1/3", "acme/MI-1/4");

          Health health = context.getBean(MimHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("outboxPending", 0L).containsKeys("DUE_SWEEP", "OUTBOX_RELAY");
        });
  }

  @Test
  void aTaskWithoutARunThatSucceededForLongerThanTheMaxLagMakesHealthDown() {
    brokerDown = true;
    RecordingLogs.clear();
    runner.withPropertyValues("mim.outbox.source=/desk", "mim.outbox.relay.enabled=true",
        "mim.outbox.relay.interval=20ms", "mim.health.max-task-lag=1m").run(context -> {
          Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
          await("the relay tried and failed", () -> !RecordingLogs.warnings().isEmpty());
          MimHealthIndicator indicator = context.getBean(MimHealthIndicator.class);
          assertThat(indicator.health().getStatus()).as("within the lag").isEqualTo(Status.UP);
          clock.advance(Duration.ofMinutes(2));
          Health health = indicator.health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("outboxPending", 3L);
          assertThat(health.getDetails().get("OUTBOX_RELAY").toString()).startsWith("last succeeded ");

          brokerDown = false;
          await("published once the broker is back", () -> published.size() == 3);
          await("up again", () -> indicator.health().getStatus().equals(Status.UP));
        });
  }

  @Test
  void theRelayEnabledWithoutAnOutboxStopsTheApplicationSayingWhatIsMissing() {
    runner.withPropertyValues("mim.outbox.relay.enabled=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(
          "mim.outbox.relay.enabled=true needs mim.outbox.source (unset)");
    });
  }

  @Test
  void theHealthIsDownWhenTheStoreFails() {
    runner.run(context -> {
      try (var c = context.getBean(javax.sql.DataSource.class).getConnection(); var s = c.createStatement()) {
        s.execute("DROP TABLE mim_incident");
      }
      Health health = context.getBean(MimHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails().get("error").toString()).contains("mim's tables are missing");
    });
  }
}
