/**
 * mim-store-jdbc: an event store for mim's incidents over plain JDBC, with optimistic concurrency and events kept
 * in mim's own JSON shape. The schema ships in the jar ({@code dev/mim/store/jdbc/schema.sql}).
 */
module dev.mim.store.jdbc {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires transitive java.sql;
  requires dev.mim.jackson;
  requires tools.jackson.databind;

  exports dev.mim.store.jdbc;
}
