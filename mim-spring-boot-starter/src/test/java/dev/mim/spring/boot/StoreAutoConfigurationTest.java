package dev.mim.spring.boot;

import static dev.mim.spring.boot.Commands.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.InMemoryIncidents;
import dev.mim.core.handling.DecisionListener;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.spi.PolicySet;
import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.OutboxRelay;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The store on the application's DataSource, its schema, its transactions, and the command handler. */
class StoreAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class, MimStoreAutoConfiguration.class));

  @Test
  void withoutADataSourceThereIsNoStoreAndNoHandler() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(JdbcEventStore.class);
      assertThat(context).doesNotHaveBean(CommandHandler.class);
    });
  }

  @Test
  void onTheApplicationsDataSourceTheSchemaIsInstalledAndTheHandlerStoresWhatItDecides() {
    runner.withUserConfiguration(TestDatabase.class).run(context -> {
      assertThat(context).doesNotHaveBean(OutboxRelay.class);
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
      assertThat(context.getBean(JdbcEventStore.class).load(ACME, IncidentId.of("MI-1"))).hasSize(3);
    });
  }

  @Test
  void withAnOutboxSourceTheStoreKeepsAnOutboxAndThereIsARelay() {
    runner.withUserConfiguration(TestDatabase.class).withPropertyValues("mim.outbox.source=/desk").run(context -> {
      Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
      assertThat(context.getBean(OutboxRelay.class).countPending()).isEqualTo(3);
    });
  }

  @Test
  void everyDecisionListenerBeanIsToldOfEachDecision() {
    List<String> heard = new ArrayList<>();
    runner.withUserConfiguration(TestDatabase.class)
        .withBean("first", DecisionListener.class, () -> new DecisionListener() {
          @Override
          public void decided(IncidentCommand command, Decision decision) {
            heard.add("first " + command.action().getClass().getSimpleName());
          }
        })
        .withBean("second", DecisionListener.class, () -> new DecisionListener() {
          @Override
          public void handled(IncidentCommand command, Handled handled) {
            heard.add("second " + handled.getClass().getSimpleName());
          }
        })
        .run(context -> {
          Commands.handler(context).handle(Commands.declare(ACME, IncidentId.of("MI-1")).get(0));
          assertThat(heard).containsExactly("first Identify", "second Stored");
        });
  }

  @Test
  void neverLeavesTheSchemaToTheApplication() {
    runner.withUserConfiguration(TestDatabase.class).withPropertyValues("mim.store.initialize-schema=never")
        .run(context -> assertThatThrownBy(() -> Commands.handler(context).handle(Commands.declare(ACME,
            IncidentId.of("MI-1")).get(0))).isInstanceOf(SQLException.class)
            .hasMessageContaining("mim's tables are missing"));
  }

  @Test
  void withFlywayMimsScriptsRunAsTheApplicationsMigrations() {
    runner.withUserConfiguration(TestDatabase.class)
        .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("spring.flyway.locations=" + SchemaCheck.MIGRATIONS).run(context -> {
          assertThat(context).hasNotFailed();
          Commands.declareThrough(Commands.handler(context), ACME, IncidentId.of("MI-1"));
          List<String> versions = new ArrayList<>();
          try (Connection c = context.getBean(DataSource.class).getConnection();
              var r = c.createStatement().executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                  + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (r.next()) {
              versions.add(r.getString(1));
            }
          }
          assertThat(versions).as("Flyway ran mim's migrations").containsExactly("1", "2", "3", "4", "5");
        });
  }

  @Test
  void withFlywayThatLacksMimsScriptsTheApplicationDoesNotStartAndSaysWhatToDo() {
    runner.withUserConfiguration(TestDatabase.class)
        .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("spring.flyway.locations=classpath:no/migrations/here",
            "spring.flyway.fail-on-missing-locations=false")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).hasStackTraceContaining(
              "add mim's migration scripts (classpath:dev/mim/store/jdbc/migration/V*.sql")
              .hasStackTraceContaining("mim.store.initialize-schema=always");
        });
  }

  @Test
  void theApplicationsOwnStoreAndHandlerWin() {
    runner.withUserConfiguration(TestDatabase.class)
        .withBean("ownStore", JdbcEventStore.class, () -> JdbcEventStore.on(new org.h2.jdbcx.JdbcDataSource()))
        .withBean("ownHandler", CommandHandler.class,
            () -> CommandHandler.of(new InMemoryIncidents(), PolicySet.ofDefaults(), 1))
        .run(context -> {
          assertThat(context).getBean(JdbcEventStore.class).isSameAs(context.getBean("ownStore"));
          assertThat(context).getBean(CommandHandler.class).isSameAs(context.getBean("ownHandler"));
        });
  }

  @Test
  void aValueOutOfRangeStopsTheApplicationNamingThePropertyAndTheValue() {
    runner.withUserConfiguration(TestDatabase.class).withPropertyValues("mim.commands.max-attempts=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("mim.commands.max-attempts")
          .hasStackTraceContaining("was 0");
    });
  }
}
