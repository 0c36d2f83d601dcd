package dev.mim.spring.boot;

import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxRelay;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * mim's health indicator ({@code mim} in the actuator's health), when Spring Boot's health support is on the class
 * path. Backs off when the application defines a bean named {@code mimHealthIndicator}.
 */
@AutoConfiguration(after = MimTasksAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({JdbcEventStore.class, MimTasks.class})
public class MimHealthAutoConfiguration {

  /** Created by Spring. */
  public MimHealthAutoConfiguration() {}

  /** @return the indicator */
  @Bean
  @ConditionalOnMissingBean(name = "mimHealthIndicator")
  public MimHealthIndicator mimHealthIndicator(JdbcEventStore store, ObjectProvider<OutboxRelay> relay,
      MimTasks tasks, ObjectProvider<Clock> clock, MimProperties properties) {
    return new MimHealthIndicator(store, relay.getIfAvailable(), tasks, clock.getIfUnique(Clock::systemUTC),
        properties.getHealth().getMaxTaskLag());
  }
}
