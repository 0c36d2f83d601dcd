package dev.mim.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The outbox and its relays on H2, the embedded default. */
class H2OutboxTest extends OutboxContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  DataSource emptyDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:outbox-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void twoRelaysBesideTwoWritersPublishEveryEventOnceInOrderPerIncident() throws Exception {
    twoRelaysBesideWritersPublishEveryEventOnceInOrderPerIncident(10, 4);
  }
}
