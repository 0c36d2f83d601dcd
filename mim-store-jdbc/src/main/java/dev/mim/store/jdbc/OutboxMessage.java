package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;

/**
 * One row of the outbox as a relay hands it to the host's publisher: an event, as a CloudEvent.
 *
 * @param id the CloudEvents id ({@code tenant/incident/sequence}); a consumer that has seen it may drop the message,
 *     since a relay publishes at least once
 * @param aggregateType always {@code incident}
 * @param aggregateId {@code tenant/incident}: the message key, which keeps one incident's events in order on one
 *     partition
 * @param type the CloudEvents type ({@code dev.mim.incident.declared})
 * @param payload the event as a CloudEvent in the structured JSON format
 * @param tenant the event's tenant
 * @param incident the event's incident
 * @param sequence the event's sequence in its incident
 */
public record OutboxMessage(String id, String aggregateType, String aggregateId, String type, String payload,
    TenantId tenant, IncidentId incident, long sequence) {}
