package dev.mim.spring.boot;

import dev.mim.store.jdbc.testing.PostgresServer;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The transactions contract on PostgreSQL 17 (embedded, no Docker): a fresh database per application context. */
class PostgresTransactionsTest extends TransactionsContract {

  @RegisterExtension
  static final PostgresServer POSTGRES = new PostgresServer();

  @Override
  Class<?> database() {
    return PostgresDatabase.class;
  }

  /** An application's configuration of its PostgreSQL database: a fresh one per context, with its transactions. */
  @Configuration(proxyBeanMethods = false)
  @Import(TestTransactions.class)
  static class PostgresDatabase {

    @Bean
    DataSource dataSource() throws SQLException {
      return POSTGRES.freshDatabase();
    }
  }
}
