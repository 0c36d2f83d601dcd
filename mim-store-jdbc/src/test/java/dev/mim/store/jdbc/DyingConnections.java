package dev.mim.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections that die, as one killed by the database or the network does: the statement whose SQL starts with a
 * given text closes the real connection when run and fails, and everything after it on the connection fails too.
 */
final class DyingConnections {

  /** The message of the failure the dying statement throws. */
  static final String CAUSE = "connection reset by peer (the test killed it)";

  private DyingConnections() {}

  /** Connections of {@code real} that die when a statement starting with {@code sql} is run. */
  static DataSource dyingAt(DataSource real, String sql) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return dying(real.getConnection(), sql);
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return dying(real.getConnection(user, password), sql);
      }

      @Override
      public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
      }

      @Override
      public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
      }

      @Override
      public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
      }

      @Override
      public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        return real.unwrap(type);
      }

      @Override
      public boolean isWrapperFor(Class<?> type) throws SQLException {
        return real.isWrapperFor(type);
      }
    };
  }

  private static Connection dying(Connection connection, String sql) {
    boolean[] dead = {false};
    InvocationHandler onConnection = (proxy, method, args) -> {
      if (dead[0] && !method.getName().equals("close")) {
        throw new SQLException("connection has been closed", "08003");
      }
      Object result = call(connection, method, args);
      if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sql)) {
        PreparedStatement statement = (PreparedStatement) result;
        InvocationHandler onStatement = (p, m, a) -> {
          if (m.getName().startsWith("execute")) {
            dead[0] = true;
            connection.close();
            throw new SQLException(CAUSE, "08006");
          }
          return call(statement, m, a);
        };
        return Proxy.newProxyInstance(DyingConnections.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class}, onStatement);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(DyingConnections.class.getClassLoader(),
        new Class<?>[] {Connection.class}, onConnection);
  }

  private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
