package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import java.time.Instant;

/**
 * An incident with something due, as the store's due index has it: load it and ask
 * {@link dev.mim.core.due.DueItems#at} what it is owed.
 *
 * @param tenant its tenant
 * @param incident the incident
 * @param nextDueAt the earliest instant at which anything falls due for it
 */
public record DueIncident(TenantId tenant, IncidentId incident, Instant nextDueAt) {}
