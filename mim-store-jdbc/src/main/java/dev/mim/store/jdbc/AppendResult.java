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
   * @param lastPosition the global position of the last event stored
   */
  record Appended(TenantId tenant, IncidentId incidentId, long version, long lastPosition) implements AppendResult {
    @Override
    public boolean isAppended() {
      return true;
    }
  }

  /**
   * Nothing was stored: another writer changed the incident since the writer read it. Reload the incident, decide
   * the command again and append that decision.
   *
   * @param tenant the incident's tenant
   * @param incidentId the incident
   * @param expectedVersion the version the writer expected
   * @param actualVersion the version the store holds (0 for an incident it does not hold)
   */
  record Conflict(TenantId tenant, IncidentId incidentId, long expectedVersion, long actualVersion)
      implements AppendResult {
    @Override
    public boolean isAppended() {
      return false;
    }

    /** @return the conflict in words, naming the incident and both versions */
    public String message() {
      return "incident " + incidentId + " of tenant " + tenant + " is at version " + actualVersion
          + ", the append expected version " + expectedVersion;
    }
  }
}
