package dev.mim.spring.boot;

import dev.mim.micrometer.MimMeters;
import dev.mim.store.jdbc.JdbcEventStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * mim's meters ({@link MimMeters}) on the application's {@link MeterRegistry}, when it has one and mim-micrometer is
 * on the class path; the command handler is listened by them (as by every {@code DecisionListener} bean). Backs off when the application defines its own
 * {@link MimMeters}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"},
    after = MimStoreAutoConfiguration.class)
@ConditionalOnClass({MimMeters.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class MimMetricsAutoConfiguration {

  /** Created by Spring. */
  public MimMetricsAutoConfiguration() {}

  /**
   * @return the meters, with the {@code mim.decide} observation when the application has an
   *     {@link ObservationRegistry}
   */
  @Bean
  @ConditionalOnMissingBean(MimMeters.class)
  public MimMeters mimMeters(MeterRegistry registry, ObjectProvider<ObservationRegistry> observations) {
    ObservationRegistry o = observations.getIfUnique();
    return o == null ? MimMeters.on(registry) : MimMeters.on(registry, o);
  }

  /** @return the gauges' refresh, from the store */
  @Bean
  @ConditionalOnMissingBean(MimGauges.class)
  @ConditionalOnBean(JdbcEventStore.class)
  public MimGauges mimGauges(JdbcEventStore store, MimMeters meters) {
    return new MimGauges(store, meters);
  }
}
