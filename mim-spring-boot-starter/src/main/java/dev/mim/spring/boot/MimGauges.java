package dev.mim.spring.boot;

import dev.mim.micrometer.MimMeters;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Sets mim's gauges ({@code mim.incidents.open} by priority, {@code mim.incidents.overdue}) from the store. The
 * due-items sweep refreshes them after each run; an application that does not run the sweep may call
 * {@link #refresh} from its own schedule. A scrape never waits on the database.
 */
public final class MimGauges {

  private final JdbcEventStore store;
  private final MimMeters meters;

  MimGauges(JdbcEventStore store, MimMeters meters) {
    this.store = store;
    this.meters = meters;
  }

  /**
   * @param now the instant the overdue incidents are counted at
   * @throws SQLException when the store fails; the gauges keep their values
   */
  public void refresh(Instant now) throws SQLException {
    meters.inHand(store.openIncidentsByPriority(null), store.due().countBefore(now));
  }

  @Override
  public String toString() {
    return "MimGauges[" + store + "]";
  }
}
