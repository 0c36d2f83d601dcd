package dev.mim.spring.boot;

import static dev.mim.spring.boot.Commands.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.jackson.MimJson;
import dev.mim.jackson.MimModule;
import dev.mim.micrometer.MimMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** Meters when the application has a registry, and mim's Jackson module on the application's mapper. */
class MetricsAndJacksonAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class, MimStoreAutoConfiguration.class,
          MimTasksAutoConfiguration.class, MimMetricsAutoConfiguration.class))
      .withUserConfiguration(TestDatabase.class);

  @Test
  void withARegistryTheHandlerIsMeteredAndTheGaugesAreSetFromTheStore() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context).hasSingleBean(MimMeters.class);
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get("mim.commands").tag("outcome", "stored").counters())
          .extracting(Counter::count).containsExactlyInAnyOrder(1.0, 1.0, 1.0);
      context.getBean(MimGauges.class).refresh(Commands.T0.plusSeconds(7200));
      assertThat(registry.get("mim.incidents.open").tag("priority", "P1").gauge().value()).isEqualTo(1.0);
      assertThat(registry.get("mim.incidents.overdue").gauge().value()).isEqualTo(1.0);
    });
  }

  @Test
  void withoutARegistryOrWithoutMimMicrometerThereAreNoMeters() {
    runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MimMeters.class)
        .doesNotHaveBean(MimGauges.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(MimMeters.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MimGauges.class)
            .hasSingleBean(CommandHandler.class));
  }

  @Test
  void theApplicationsOwnMetersWin() {
    MimMeters own = MimMeters.on(new SimpleMeterRegistry());
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(MimMeters.class, () -> own)
        .run(context -> assertThat(context.getBean(MimMeters.class)).isSameAs(own));
  }

  /** A host's own response type. */
  public record HostView(String incidentId, IncidentCommand firstCommand) {}

  @Test
  void theApplicationsMapperWritesAndReadsCommandsAsMimDoesWhateverItsOwnSettings() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MimJacksonAutoConfiguration.class, JacksonAutoConfiguration.class))
        .withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE")
        .run(context -> {
          assertThat(context).hasSingleBean(MimModule.class);
          JsonMapper mapper = context.getBean(JsonMapper.class);
          IncidentCommand command = Commands.declare(ACME, IncidentId.of("MI-1")).get(0);
          String json = mapper.writeValueAsString(new HostView("MI-1", command));
          assertThat(json).as("the host's own names in snake case, the command as mim writes it").isEqualTo(
              "{\"incident_id\":\"MI-1\",\"first_command\":" + MimJson.mapper().writeValueAsString(command) + "}");
          assertThat(mapper.readValue(MimJson.mapper().writeValueAsString(command), IncidentCommand.class))
              .isEqualTo(command);
        });
  }
}
