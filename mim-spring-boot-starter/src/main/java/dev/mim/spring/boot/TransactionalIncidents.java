package dev.mim.spring.boot;

import dev.mim.core.handling.Conflict;
import dev.mim.core.handling.IncidentStore;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.store.jdbc.AppendResult;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JDBC store as the command handler's store, in the application's transactions: inside a Spring-managed
 * transaction, an incident is read and its events appended on the transaction's connection, so they are stored when
 * it commits and not at all when it rolls back; outside one, each append commits on its own.
 */
final class TransactionalIncidents implements IncidentStore<SQLException> {

  private final JdbcEventStore store;
  private final DataSource dataSource;

  /**
   * @param store the store, on a {@code TransactionAwareDataSourceProxy} of {@code dataSource} so that its reads
   *     join the transaction
   * @param dataSource the application's data source, whose transaction-bound connection appends use
   */
  TransactionalIncidents(JdbcEventStore store, DataSource dataSource) {
    this.store = store;
    this.dataSource = dataSource;
  }

  @Override
  public Incident incident(TenantId tenant, IncidentId incident) throws SQLException {
    return store.incident(tenant, incident);
  }

  @Override
  public Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) throws SQLException {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return store.appendAt(expectedVersion, decision);
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      if (store.append(connection, expectedVersion, decision) instanceof AppendResult.Conflict c) {
        return Optional.of(c.conflict());
      }
      return Optional.empty();
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  @Override
  public String toString() {
    return "TransactionalIncidents[" + store + "]";
  }
}
