package dev.mim.core.handling;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import java.util.Optional;

/**
 * Where a {@link CommandHandler} finds incidents and stores their events: the port a store
 * implements (mim's JDBC store, its Kafka Streams topology and its in-memory store do). Appends are optimistic: a
 * decision is stored only when the incident is still at the version it was decided against.
 *
 * @param <X> what the store throws when it fails (for example {@code java.sql.SQLException}); a store that throws
 *     nothing checked uses {@link RuntimeException}
 */
public interface IncidentStore<X extends Exception> {

  /**
   * Loads an incident as stored now.
   *
   * @param tenant the incident's tenant
   * @param incident the incident
   * @return the incident with its events; {@link Incident#start()} when nothing is stored for it
   * @throws X when the store fails, or cannot read back what it holds
   */
  Incident incident(TenantId tenant, IncidentId incident) throws X;

  /**
   * Stores every event of {@code decision}, or none of them.
   *
   * @param expectedVersion the version of the incident the decision was decided against (0 for a new one)
   * @param decision an accepted decision
   * @return empty when the events are stored; the conflict, with nothing stored, when the incident is no longer
   *     at {@code expectedVersion} because another writer appended first
   * @throws X when the store fails
   */
  Optional<Conflict> appendAt(long expectedVersion, Decision.Accepted decision) throws X;
}
