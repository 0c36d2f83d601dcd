package dev.mim.store.jdbc;

import dev.mim.store.jdbc.testing.PostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Snapshots and the due index on a real PostgreSQL 17, started by the test (no Docker, no service installed). */
class PostgresSnapshotsAndDueTest extends SnapshotsAndDueContract {

  @RegisterExtension
  static final PostgresServer POSTGRES = new PostgresServer();

  @Override
  DataSource dataSource() {
    return POSTGRES.dataSource();
  }
}
