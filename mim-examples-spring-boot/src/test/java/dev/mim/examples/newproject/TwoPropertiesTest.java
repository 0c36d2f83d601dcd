package dev.mim.examples.newproject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxPublisher;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The starter's promise to a new Spring Boot project: with H2 on the class path (Spring Boot's embedded database),
 * an {@link OutboxPublisher} bean and two properties, mim decides, stores and publishes incidents.
 */
class TwoPropertiesTest {

  static final List<String> PUBLISHED = new CopyOnWriteArrayList<>();

  /** A new project: nothing but auto-configuration and where the events go. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class NewProject {
    @Bean
    OutboxPublisher publisher() {
      return message -> PUBLISHED.add(message.type());
    }
  }

  @Test
  void withAnOutboxSourceAndTheRelayEnabledANewProjectDecidesStoresAndPublishes() throws Exception {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewProject.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .properties("spring.config.name=no-application-properties", "mim.outbox.source=/new-project",
            "mim.outbox.relay.enabled=true")
        .run()) {
      @SuppressWarnings("unchecked")
      CommandHandler<SQLException> handler = context.getBean(CommandHandler.class);
      TenantId tenant = TenantId.of("acme");
      IncidentId id = IncidentId.of("MI-1");
      Instant now = Instant.now();
      Actor desk = Actor.of("desk");
      assertThat(handler.handle(IncidentCommand.of(tenant, id, desk, now, new IdentificationAction.Identify(
          IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH,
          "Payments failing")))).isInstanceOf(Handled.Stored.class);
      assertThat(handler.handle(IncidentCommand.of(tenant, id, desk, now, new IdentificationAction.RecordValidation(
          EvidenceKind.MONITORING_CONFIRMED, "all checks red")))).isInstanceOf(Handled.Stored.class);
      assertThat(handler.handle(IncidentCommand.of(tenant, id, desk, now, new IdentificationAction.Declare(null))))
          .isInstanceOf(Handled.Stored.class);
      assertThat(context.getBean(JdbcEventStore.class).load(tenant, id)).hasSize(3);
      for (int i = 0; i < 200 && PUBLISHED.size() < 3; i++) {
        Thread.sleep(50);
      }
      assertThat(PUBLISHED).containsExactly("dev.mim.incident.candidate-identified",
          "dev.mim.incident.validation-recorded", "dev.mim.incident.declared");
    }
  }
}
