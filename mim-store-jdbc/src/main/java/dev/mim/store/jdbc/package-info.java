/**
 * An event store over JDBC: {@link dev.mim.store.jdbc.JdbcEventStore} appends an incident's events with an
 * expected version and reads them back (checked as replay checks them). It is an
 * {@link dev.mim.core.handling.IncidentStore}, so mim-core's {@link dev.mim.core.handling.CommandHandler} loads, decides,
 * appends and decides again when another writer got there first, backing off by a
 * {@link dev.mim.store.jdbc.JitteredBackoff}. Snapshots every N events keep a command's cost flat, and a due index
 * ({@link dev.mim.store.jdbc.DueIncident}) tells a sweep which incidents have something due. The schema is plain
 * SQL in numbered migrations, tested on H2 and PostgreSQL.
 */
@NullMarked
package dev.mim.store.jdbc;

import org.jspecify.annotations.NullMarked;
