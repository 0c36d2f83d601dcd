package dev.mim.spring.boot;

import dev.mim.spring.boot.MimProperties.SchemaInitialization;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/** Puts mim's tables in place at start-up as {@code mim.store.initialize-schema} says, or checks they are there. */
final class SchemaCheck {

  /** Where mim-store-jdbc keeps its migration scripts, for an application's Flyway. */
  static final String MIGRATIONS = "classpath:dev/mim/store/jdbc/migration";

  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private SchemaCheck() {}

  static void apply(JdbcEventStore store, SchemaInitialization mode, ListableBeanFactory beans)
      throws SQLException {
    switch (mode) {
      case ALWAYS -> store.installSchema();
      case NEVER -> { }
      case AUTO -> {
        if (runsFlyway(beans)) {
          check(store);
        } else {
          store.installSchema();
        }
      }
    }
  }

  private static boolean runsFlyway(ListableBeanFactory beans) {
    ClassLoader loader = SchemaCheck.class.getClassLoader();
    if (!ClassUtils.isPresent(FLYWAY, loader)) {
      return false;
    }
    return beans.getBeanNamesForType(ClassUtils.resolveClassName(FLYWAY, loader), false, false).length > 0;
  }

  /** Reads each of mim's tables, through the columns of its latest schema. */
  private static void check(JdbcEventStore store) {
    try {
      store.openIncidentsByPriority(null);
      store.due().countBefore(Instant.EPOCH);
    } catch (SQLException e) {
      throw new IllegalStateException("the application runs Flyway, and mim's tables are not in its database once "
          + "Flyway has run: add mim's migration scripts (" + MIGRATIONS + "/V*.sql, in the mim-store-jdbc jar) "
          + "to the application's migrations, or set mim.store.initialize-schema=always to let mim install them ("
          + e.getMessage() + ")", e);
    }
  }
}
