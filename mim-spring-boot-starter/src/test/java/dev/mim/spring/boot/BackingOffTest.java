package dev.mim.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.jackson.MimModule;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The parts not covered elsewhere: each absent without what it needs, and each giving way to the application's. */
class BackingOffTest {

  private final ApplicationContextRunner all = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class, MimStoreAutoConfiguration.class,
          MimTasksAutoConfiguration.class, MimMetricsAutoConfiguration.class, MimHealthAutoConfiguration.class,
          MimJacksonAutoConfiguration.class))
      .withUserConfiguration(TestDatabase.class);

  @Test
  void withoutSpringBootsHealthSupportThereIsNoIndicatorAndTheRestStarts() {
    all.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(MimHealthIndicator.class).hasSingleBean(MimTasks.class);
    });
  }

  @Test
  void theApplicationsOwnIndicatorTasksAndSweepWin() {
    HealthIndicator own = () -> Health.up().withDetail("own", true).build();
    MimTasks ownTasks = new MimTasks(Clock.systemUTC());
    all.withBean("mimHealthIndicator", HealthIndicator.class, () -> own)
        .withBean(MimTasks.class, () -> ownTasks)
        .run(context -> {
          assertThat(context.getBean("mimHealthIndicator")).isSameAs(own);
          assertThat(context).doesNotHaveBean(MimHealthIndicator.class);
          assertThat(context.getBean(MimTasks.class)).isSameAs(ownTasks);
        });
  }

  @Test
  void theApplicationsOwnJacksonModuleWinsAndWithoutJacksonThereIsNone() {
    MimModule own = new MimModule();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MimJacksonAutoConfiguration.class, JacksonAutoConfiguration.class))
        .withBean(MimModule.class, () -> own)
        .run(context -> assertThat(context.getBean(MimModule.class)).isSameAs(own));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MimJacksonAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(JsonMapper.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MimModule.class));
  }
}
