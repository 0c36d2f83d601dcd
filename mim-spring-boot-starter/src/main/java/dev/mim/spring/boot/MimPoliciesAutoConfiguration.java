package dev.mim.spring.boot;

import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Each tenant's policies: from the documents in {@code mim.policies.location}, or mim's defaults for every tenant.
 * Backs off when the application defines its own {@link TenantPolicies} bean (a {@link PolicySet} is one).
 */
@AutoConfiguration
@EnableConfigurationProperties(MimProperties.class)
public class MimPoliciesAutoConfiguration {

  /** Created by Spring. */
  public MimPoliciesAutoConfiguration() {}

  /**
   * @param properties mim's properties
   * @param resources where the documents are read from
   * @return a {@link dev.mim.config.PolicyDirectory} of the location's documents; {@link PolicySet#ofDefaults()}
   *     when no location is set
   * @throws IllegalStateException when the location holds no document or an invalid one (the message names the
   *     file and its problems)
   */
  @Bean
  @ConditionalOnMissingBean(TenantPolicies.class)
  public TenantPolicies mimTenantPolicies(MimProperties properties, ResourcePatternResolver resources) {
    String location = properties.getPolicies().getLocation();
    return location == null || location.isBlank() ? PolicySet.ofDefaults() : PolicyFolder.read(resources, location);
  }
}
