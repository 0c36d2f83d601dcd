/**
 * An event store over JDBC: {@link dev.mim.store.jdbc.JdbcEventStore} appends an incident's events with an
 * expected version and reads them back (checked as replay checks them); {@link dev.mim.store.jdbc.StoredDecider}
 * loads an incident, decides a command and appends its events, deciding again when another writer got there
 * first. The schema is plain SQL, tested on H2 and PostgreSQL.
 */
@NullMarked
package dev.mim.store.jdbc;

import org.jspecify.annotations.NullMarked;
