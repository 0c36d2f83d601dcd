package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;

/**
 * What an append did: stored every event of the decision, or none of them because the incident was not at the
 * version the writer expected.
 */
public sealed interface AppendResult permits AppendResult.Appended, AppendResult.Conflict {

  /** @return true when the events were stored */
  boolean isAppended();

  /**
   * The events were stored, all of them, in one transaction.
   *
   * @param tenant the incident's tenant
   * @param incidentId the incident
   * @param version the incident's version now: the sequence of its last event
   */
  record Appended(TenantId tenant, IncidentId incidentId, long version) implements AppendResult {
    @Override
    public boolean isAppended() {
      return true;
    }
  }

  /**
   * Nothing was stored: another writer changed the incident since the writer read it. Reload the incident, decide
   * the command again and append that decision (mim-core's {@link dev.mim.core.handling.CommandHandler} does).
   *
   * @param conflict which incident, the version the writer expected and the version the store holds (0 for an
   *     incident it does not hold)
   */
  record Conflict(dev.mim.core.handling.Conflict conflict) implements AppendResult {
    /** @throws IllegalArgumentException when {@code conflict} is null */
    public Conflict {
      if (conflict == null) {
        throw new IllegalArgumentException("conflict must not be null");
      }
    }

    @Override
    public boolean isAppended() {
      return false;
    }

    /** @return the conflict in words, naming the incident and both versions */
    public String message() {
      return conflict.message();
    }
  }
}
