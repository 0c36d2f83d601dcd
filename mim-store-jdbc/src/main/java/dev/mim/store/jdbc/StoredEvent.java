package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;

/**
 * An event as the store holds it: with its global position.
 *
 * @param position its place among all the store's events: 1 for the first, one more for each, given when the event
 *     is first read in order once committed, so never below a position a reader has already seen
 * @param event the event
 */
public record StoredEvent(long position, IncidentEvent event) {}
