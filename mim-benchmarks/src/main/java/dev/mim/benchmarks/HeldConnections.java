package dev.mim.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that gives each thread one connection it holds for the trial, as a connection pool would: the
 * store benchmarks measure the store and the database, not opening connections. Closing a connection it gave
 * leaves it open; {@link #closeAll()} closes them.
 */
final class HeldConnections implements DataSource {

  private final DataSource target;
  private final ThreadLocal<Connection> held = new ThreadLocal<>();
  private final List<Connection> all = new ArrayList<>();

  HeldConnections(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = held.get();
    if (c == null) {
      Connection real = target.getConnection();
      synchronized (all) {
        all.add(real);
      }
      c = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              return null;
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      held.set(c);
    }
    return c;
  }

  /** Closes every connection given. */
  void closeAll() throws SQLException {
    synchronized (all) {
      for (Connection c : all) {
        c.close();
      }
      all.clear();
    }
  }

  @Override
  public Connection getConnection(String username, String password) {
    throw new UnsupportedOperationException("the benchmarks' connections have no credentials of their own");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no log
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // no timeout
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.mim.benchmarks");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
