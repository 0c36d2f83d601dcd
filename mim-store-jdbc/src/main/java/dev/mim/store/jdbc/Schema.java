package dev.mim.store.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The schema file as statements: comment lines dropped, statements ended by a semicolon at the end of a line. */
final class Schema {

  private Schema() {}

  /**
   * A failure for want of mim's tables (SQLSTATE 42S02 to 42S04 on H2, 42P01 on PostgreSQL), said with what to
   * call, the database's own failure as its cause; any other failure as it is.
   */
  static SQLException explained(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (java.util.Set.of("42S02", "42S03", "42S04", "42P01").contains(x.getSQLState())) {
        return new SQLException("mim's tables are missing from this database: call JdbcEventStore.installSchema() "
            + "once, or run JdbcEventStore.schemaSql() with your own migrations (" + x.getMessage() + ")",
            x.getSQLState(), e);
      }
    }
    return e;
  }

  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("the schema's last statement has no closing semicolon: " + current);
    }
    return out;
  }
}
