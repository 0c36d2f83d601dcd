package dev.mim.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Snapshots and the due index on a real PostgreSQL 17, started by the test (no Docker, no service installed). */
class PostgresSnapshotsAndDueTest extends SnapshotsAndDueContract {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }
}
