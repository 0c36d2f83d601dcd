package dev.mim.core.handling;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;

/**
 * An append that stored nothing: another writer changed the incident since the writer loaded it. Load the incident
 * again, decide the command again and append that decision; {@link CommandHandler} does.
 *
 * @param tenant the incident's tenant
 * @param incidentId the incident
 * @param expectedVersion the version the writer expected
 * @param actualVersion the version the store holds (0 for an incident it does not hold)
 */
public record Conflict(TenantId tenant, IncidentId incidentId, long expectedVersion, long actualVersion) {

  /** @throws IllegalArgumentException when an identifier is null or a version negative */
  public Conflict {
    Checks.notNull("tenant", tenant);
    Checks.notNull("incidentId", incidentId);
    Checks.notNegative("expectedVersion", expectedVersion);
    Checks.notNegative("actualVersion", actualVersion);
  }

  /** @return the conflict in words, naming the incident and both versions */
  public String message() {
    return "incident " + incidentId + " of tenant " + tenant + " is at version " + actualVersion
        + ", the append expected version " + expectedVersion;
  }
}
