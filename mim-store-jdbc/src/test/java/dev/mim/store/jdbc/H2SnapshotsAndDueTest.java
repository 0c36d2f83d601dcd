package dev.mim.store.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Snapshots and the due index on H2, in memory. */
class H2SnapshotsAndDueTest extends SnapshotsAndDueContract {

  private static final JdbcDataSource H2 = new JdbcDataSource();

  static {
    H2.setURL("jdbc:h2:mem:mim-snapshots-test;DB_CLOSE_DELAY=-1");
  }

  @Override
  DataSource dataSource() {
    return H2;
  }
}
