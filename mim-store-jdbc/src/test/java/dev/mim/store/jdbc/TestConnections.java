package dev.mim.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections that misbehave as real ones can: one that dies, as one killed by the database or the network does, and
 * one whose commit is held, as a slow append's is.
 */
final class TestConnections {

  /** The message of the failure the dying statement throws. */
  static final String CAUSE = "connection reset by peer (the test killed it)";

  private TestConnections() {}

  /**
   * Connections of {@code real} that die when a statement starting with {@code sql} is run: it closes the real
   * connection and fails, and everything after it on the connection fails too.
   */
  static DataSource dyingAt(DataSource real, String sql) {
    return wrapped(real, c -> dying(c, sql));
  }

  /**
   * Connections of {@code real} where the first transaction to prepare a statement starting with {@code sql} is held
   * at its commit: it counts {@code reached} down and waits for {@code release} (at most a minute) before committing.
   */
  static DataSource holdingCommitAfter(DataSource real, String sql, CountDownLatch reached, CountDownLatch release) {
    AtomicBoolean armed = new AtomicBoolean(true);
    return wrapped(real, c -> holding(c, sql, armed, reached, release));
  }

  private static DataSource wrapped(DataSource real, UnaryOperator<Connection> wrap) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return wrap.apply(real.getConnection());
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return wrap.apply(real.getConnection(user, password));
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
        return Proxy.newProxyInstance(TestConnections.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class}, onStatement);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(TestConnections.class.getClassLoader(),
        new Class<?>[] {Connection.class}, onConnection);
  }

  private static Connection holding(Connection connection, String sql, AtomicBoolean armed, CountDownLatch reached,
      CountDownLatch release) {
    boolean[] marked = {false};
    InvocationHandler onConnection = (proxy, method, args) -> {
      if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sql)) {
        marked[0] = true;
      }
      if (method.getName().equals("commit") && marked[0] && armed.compareAndSet(true, false)) {
        reached.countDown();
        if (!release.await(1, TimeUnit.MINUTES)) {
          throw new SQLException("the test never released the held commit");
        }
      }
      return call(connection, method, args);
    };
    return (Connection) Proxy.newProxyInstance(TestConnections.class.getClassLoader(),
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
