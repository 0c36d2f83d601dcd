package dev.mim.store.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** Racing writers on H2, the embedded default, in a database file. */
class H2RacingWritersTest extends RacingWritersContract {

  @TempDir
  Path dir;

  @Override
  DataSource emptyDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("racing").toAbsolutePath());
    return h2;
  }

  @Override
  String name() {
    return "H2";
  }
}
