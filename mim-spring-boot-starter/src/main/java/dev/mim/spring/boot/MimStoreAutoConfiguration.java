package dev.mim.spring.boot;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.DecisionListener;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.jackson.IncidentCloudEvents;
import dev.mim.store.jdbc.JdbcEventStore;
import dev.mim.store.jdbc.JitteredBackoff;
import dev.mim.store.jdbc.OutboxRelay;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The JDBC store on the application's {@link DataSource}, in its Spring-managed transactions, and the command
 * handler on it. Each bean backs off when the application defines its own of the type.
 */
@AutoConfiguration(after = MimPoliciesAutoConfiguration.class,
    afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
public class MimStoreAutoConfiguration {

  /** Created by Spring. */
  public MimStoreAutoConfiguration() {}

  /**
   * The store, its schema in place. Its reads join the application's transaction; {@link #mimCommandHandler} appends
   * in it.
   *
   * @return the store, keeping an outbox when {@code mim.outbox.source} is set
   * @throws SQLException when the schema cannot be installed, or (Flyway) mim's tables are missing
   */
  @Bean
  @ConditionalOnMissingBean(JdbcEventStore.class)
  @DependsOnDatabaseInitialization
  public JdbcEventStore mimEventStore(DataSource dataSource, TenantPolicies policies, MimProperties properties,
      ListableBeanFactory beans) throws SQLException {
    MimProperties.Store settings = properties.getStore();
    JdbcEventStore store = JdbcEventStore.on(new TransactionAwareDataSourceProxy(dataSource), policies)
        .withSnapshotsEvery(settings.getSnapshotsEvery());
    URI source = properties.getOutbox().getSource();
    if (source != null) {
      store = store.withOutbox(IncidentCloudEvents.from(source));
    }
    SchemaCheck.apply(store, settings.getInitializeSchema(), beans);
    return store;
  }

  /**
   * The command handler: decides a command against the stored incident and appends its events, retrying on
   * conflicts ({@code mim.commands.max-attempts}). Inside a Spring-managed transaction the events are appended on
   * its connection and stored when it commits. Every {@link DecisionListener} bean is told of each decision.
   *
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean(CommandHandler.class)
  public CommandHandler<SQLException> mimCommandHandler(JdbcEventStore store, DataSource dataSource,
      TenantPolicies policies, MimProperties properties, ObjectProvider<DecisionListener> listeners) {
    CommandHandler<SQLException> handler = CommandHandler.of(new TransactionalIncidents(store, dataSource), policies,
        properties.getCommands().getMaxAttempts()).pausingBetweenAttempts(JitteredBackoff.DEFAULT);
    List<DecisionListener> all = listeners.orderedStream().toList();
    return all.isEmpty() ? handler : handler.listenedBy(DecisionListeners.of(all));
  }

  /**
   * @return the relay of the store's outbox, when {@code mim.outbox.source} is set
   */
  @Bean
  @ConditionalOnMissingBean(OutboxRelay.class)
  @ConditionalOnProperty("mim.outbox.source")
  public OutboxRelay mimOutboxRelay(DataSource dataSource) {
    return OutboxRelay.on(dataSource);
  }
}
