package dev.mim.spring.boot;

import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * mim's part of the application's health ({@code /actuator/health/mim}): UP when the store answers and each
 * scheduled task has succeeded within {@code mim.health.max-task-lag}; DOWN when the store fails or a task lags.
 * Its details: the incidents due now, the outbox messages not yet published (when the store keeps an outbox), and
 * each task's last run that succeeded and its lag.
 */
public final class MimHealthIndicator implements HealthIndicator {

  private final JdbcEventStore store;
  private final @Nullable OutboxRelay relay;
  private final MimTasks tasks;
  private final Clock clock;
  private final Duration maxTaskLag;

  MimHealthIndicator(JdbcEventStore store, @Nullable OutboxRelay relay, MimTasks tasks, Clock clock,
      Duration maxTaskLag) {
    this.store = store;
    this.relay = relay;
    this.tasks = tasks;
    this.clock = clock;
    this.maxTaskLag = maxTaskLag;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    Health.Builder health = Health.up();
    try {
      health.withDetail("incidentsDue", store.due().countBefore(now));
      if (relay != null) {
        health.withDetail("outboxPending", relay.countPending());
      }
    } catch (Exception e) {
      return Health.down(e).build();
    }
    for (MimTasks.Task task : tasks.scheduled()) {
      Optional<Instant> succeeded = tasks.lastSuccess(task);
      Instant since = succeeded.or(tasks::startedAt).orElse(null);
      if (since == null) {
        health.withDetail(task.name(), "not started");
        continue;
      }
      Duration lag = Duration.between(since, now);
      health.withDetail(task.name(), (succeeded.isPresent() ? "last succeeded " : "no run succeeded since ") + since
          + ", lag " + lag);
      if (lag.compareTo(maxTaskLag) > 0) {
        health.down();
      }
    }
    return health.build();
  }

  @Override
  public String toString() {
    return "MimHealthIndicator[" + store + "]";
  }
}
