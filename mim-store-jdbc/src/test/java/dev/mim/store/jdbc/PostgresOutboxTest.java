package dev.mim.store.jdbc;

import dev.mim.store.jdbc.testing.PostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox and its relays on a real PostgreSQL 17, where several relays skip the rows another one holds. */
class PostgresOutboxTest extends OutboxContract {

  @RegisterExtension
  static final PostgresServer POSTGRES = new PostgresServer();

  @Override
  DataSource emptyDatabase() throws Exception {
    return POSTGRES.freshDatabase();
  }

  @Test
  void twoRelaysBesideTwoWritersPublishEveryEventOnceInOrderPerIncident() throws Exception {
    twoRelaysBesideWritersPublishEveryEventOnceInOrderPerIncident(20, 6);
  }
}
