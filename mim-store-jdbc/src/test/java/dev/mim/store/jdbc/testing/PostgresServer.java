package dev.mim.store.jdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL 17 for the tests of one class, started before them and stopped after (no Docker, no service
 * installed): {@code @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();}. In the
 * test-jar, for the starter's tests too.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

  /** Starts nothing yet: the server starts before the class's tests. */
  public PostgresServer() {}

  private EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    postgres.close();
  }

  /** @return the server's default database */
  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /**
   * @return a database of its own on the server, empty
   * @throws java.sql.SQLException when it cannot be created
   */
  public DataSource freshDatabase() throws java.sql.SQLException {
    String name = "fresh_" + FRESH.incrementAndGet();
    try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }

  private static final java.util.concurrent.atomic.AtomicInteger FRESH = new java.util.concurrent.atomic.AtomicInteger();
}
