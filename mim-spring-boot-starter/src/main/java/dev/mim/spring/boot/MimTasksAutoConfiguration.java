package dev.mim.spring.boot;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxPublisher;
import dev.mim.store.jdbc.OutboxRelay;
import java.sql.SQLException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What falls due, delivered, and the outbox, published: the {@link DueSweep} and the {@link MimTasks} that run it
 * and the outbox relay on a schedule, each only when enabled ({@code mim.due.enabled},
 * {@code mim.outbox.relay.enabled}). The relay publishes through the application's {@link OutboxPublisher} bean;
 * the sweep pages through its {@link EscalationLoop.Notifier} bean and delivers through its {@link DueDelivery}
 * bean; after each sweep it sets mim's gauges ({@link MimGauges}) when the application has meters. Times come from the application's {@link Clock} bean, or the system's clock in UTC.
 */
@AutoConfiguration(after = {MimStoreAutoConfiguration.class, MimMetricsAutoConfiguration.class})
@ConditionalOnBean(JdbcEventStore.class)
public class MimTasksAutoConfiguration {

  /** Created by Spring. */
  public MimTasksAutoConfiguration() {}

  /**
   * @return the sweep, for the schedule or for the application to run itself
   */
  @Bean
  @ConditionalOnMissingBean(DueSweep.class)
  public DueSweep mimDueSweep(JdbcEventStore store, TenantPolicies policies, CommandHandler<SQLException> handler,
      ObjectProvider<EscalationLoop.Notifier> notifier, ObjectProvider<DueDelivery> delivery,
      MimProperties properties) {
    return new DueSweep(store, policies, handler, notifier.getIfUnique(), delivery.getIfUnique(),
        Actor.of(properties.getDue().getActor()));
  }

  /**
   * @return the scheduled tasks: the sweep when {@code mim.due.enabled}; the relay when
   *     {@code mim.outbox.relay.enabled} (which needs {@code mim.outbox.source} and an {@link OutboxPublisher} bean)
   * @throws IllegalStateException when the relay is enabled without an outbox or a publisher
   */
  @Bean
  @ConditionalOnMissingBean(MimTasks.class)
  public MimTasks mimTasks(MimProperties properties, DueSweep sweep,
      ObjectProvider<OutboxRelay> relay, ObjectProvider<OutboxPublisher> publisher, ObjectProvider<Clock> clock,
      ObjectProvider<MimGauges> gauges) {
    Clock time = clock.getIfUnique(Clock::systemUTC);
    MimTasks tasks = new MimTasks(time);
    MimProperties.Due due = properties.getDue();
    if (due.isEnabled()) {
      MimGauges g = gauges.getIfAvailable();
      tasks.sweep(sweep, due.getInterval(), due.getMaxIncidents(), g == null ? null : () -> g.refresh(time.instant()));
    }
    MimProperties.Task relaying = properties.getOutbox().getRelay();
    if (relaying.isEnabled()) {
      OutboxRelay r = relay.getIfAvailable();
      OutboxPublisher p = publisher.getIfUnique();
      if (r == null || p == null) {
        throw new IllegalStateException("mim.outbox.relay.enabled=true needs mim.outbox.source"
            + (r == null ? " (unset)" : "") + " and one OutboxPublisher bean" + (p == null ? " (none or several)" : ""));
      }
      tasks.relay(r, p, relaying.getInterval(), relaying.getMaxIncidents());
    }
    return tasks;
  }
}
