package dev.mim.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** What every transaction of the store does when it fails. */
final class Transactions {

  private Transactions() {}

  /**
   * Rolls back after {@code failure}, which stays the failure the caller sees: a failing rollback is added to it as
   * suppressed.
   *
   * @return true when the rollback succeeded
   */
  static boolean rolledBack(Connection c, Throwable failure) {
    try {
      c.rollback();
      return true;
    } catch (SQLException | RuntimeException rollback) {
      failure.addSuppressed(rollback);
      return false;
    }
  }
}
