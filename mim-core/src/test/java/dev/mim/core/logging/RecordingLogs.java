package dev.mim.core.logging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of mim-core's tests: it keeps what mim logs in memory, so that tests can assert it (a failing
 * host policy logs one WARN) and nothing expected is dumped into the build's output. Holds the latest
 * {@value #KEPT} records.
 */
public final class RecordingLogs implements SLF4JServiceProvider {

  private static final int KEPT = 1_000;
  private static final Deque<Record> RECORDS = new ArrayDeque<>();

  /** One log call. */
  public record Record(Level level, String logger, String message, Throwable thrown) {}

  private final ILoggerFactory loggers = RecordingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** @return the records kept, oldest first */
  public static List<Record> records() {
    synchronized (RECORDS) {
      return new ArrayList<>(RECORDS);
    }
  }

  /** Forgets every record. */
  public static void clear() {
    synchronized (RECORDS) {
      RECORDS.clear();
    }
  }

  /** @return the WARN records kept, oldest first */
  public static List<Record> warnings() {
    return records().stream().filter(r -> r.level() == Level.WARN).toList();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  /** Records every call at every level. */
  private static final class RecordingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
        Throwable thrown) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      synchronized (RECORDS) {
        if (RECORDS.size() == KEPT) {
          RECORDS.removeFirst();
        }
        RECORDS.addLast(new Record(level, name, message, thrown));
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
