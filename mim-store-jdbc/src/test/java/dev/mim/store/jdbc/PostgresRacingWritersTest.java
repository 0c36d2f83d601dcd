package dev.mim.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** Racing writers on a real PostgreSQL 17, started by the test. */
class PostgresRacingWritersTest extends RacingWritersContract {

  private EmbeddedPostgres postgres;

  @Override
  DataSource emptyDatabase() throws IOException {
    postgres = EmbeddedPostgres.start();
    return postgres.getPostgresDatabase();
  }

  @Override
  String name() {
    return "PostgreSQL";
  }

  @AfterEach
  void stop() throws IOException {
    postgres.close();
  }
}
