package dev.mim.spring.boot;

import dev.mim.store.jdbc.OutboxPublisher;
import dev.mim.store.jdbc.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The tasks mim runs on its own schedule, on one thread of its own, started and stopped with the application
 * context: the due-items sweep and the outbox relay, each when enabled. Each run starts {@code interval} after the
 * previous one ended; a run that fails is logged as a WARN, and the next one runs as planned.
 */
public final class MimTasks implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MimTasks.class);

  /** A task mim runs. */
  public enum Task {
    /** The due-items sweep ({@code mim.due.*}). */
    DUE_SWEEP,
    /** The outbox relay ({@code mim.outbox.relay.*}). */
    OUTBOX_RELAY
  }

  private record Scheduled(Task task, Duration interval, Run run) {}

  private final Clock clock;
  private final List<Scheduled> tasks = new ArrayList<>();
  private final Map<Task, Instant> lastSuccess = new EnumMap<>(Task.class);
  private final List<ScheduledFuture<?>> futures = new ArrayList<>();
  private @Nullable ThreadPoolTaskScheduler scheduler;
  private @Nullable Instant startedAt;

  MimTasks(Clock clock) {
    this.clock = clock;
  }

  /** Schedules the sweep: each run sweeps up to {@code maxIncidents} and then runs {@code after}, if given. */
  void sweep(DueSweep sweep, Duration interval, int maxIncidents, @Nullable Run after) {
    tasks.add(new Scheduled(Task.DUE_SWEEP, interval, () -> {
      sweep.run(clock.instant(), maxIncidents);
      if (after != null) {
        after.run();
      }
    }));
  }

  /** Schedules the relay. */
  void relay(OutboxRelay relay, OutboxPublisher publisher, Duration interval, int maxIncidents) {
    tasks.add(new Scheduled(Task.OUTBOX_RELAY, interval, () -> {
      OutboxRelay.Run run = relay.publishPending(publisher, maxIncidents, clock.instant());
      if (run.failure() != null) {
        throw new IllegalStateException("the publisher failed after " + run.published() + " messages",
            run.failure());
      }
    }));
  }

  /** @return the tasks scheduled, whether running or not */
  public List<Task> scheduled() {
    return tasks.stream().map(Scheduled::task).toList();
  }

  /**
   * @param task a task
   * @return when its last run that succeeded ended; empty when it has not had one (or is not scheduled)
   */
  public synchronized Optional<Instant> lastSuccess(Task task) {
    return Optional.ofNullable(lastSuccess.get(task));
  }

  /** @return when the tasks were started; empty when not running */
  public synchronized Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  @Override
  public synchronized void start() {
    if (scheduler != null || tasks.isEmpty()) {
      return;
    }
    ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
    s.setThreadNamePrefix("mim-");
    s.setPoolSize(1);
    s.initialize();
    startedAt = clock.instant();
    for (Scheduled t : tasks) {
      futures.add(s.scheduleWithFixedDelay(() -> runOnce(t), t.interval()));
    }
    scheduler = s;
  }

  private void runOnce(Scheduled t) {
    try {
      t.run().run();
      synchronized (this) {
        lastSuccess.put(t.task(), clock.instant());
      }
    } catch (Exception e) {
      LOG.warn("mim's {} failed; it runs again in {}", t.task(), t.interval(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler == null) {
      return;
    }
    futures.forEach(f -> f.cancel(false));
    futures.clear();
    scheduler.shutdown();
    scheduler = null;
    startedAt = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  @Override
  public String toString() {
    return "MimTasks" + scheduled();
  }

  /** A run that may throw what the store throws. */
  @FunctionalInterface
  interface Run {
    void run() throws Exception;
  }
}
