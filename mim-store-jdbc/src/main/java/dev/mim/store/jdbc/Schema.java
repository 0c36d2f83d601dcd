package dev.mim.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/** The schema file as statements: comment lines dropped, statements ended by a semicolon at the end of a line. */
final class Schema {

  private Schema() {}

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
