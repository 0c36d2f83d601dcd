/**
 * mim-store-jdbc: an event store for mim's incidents over plain JDBC, with optimistic concurrency and events kept
 * in mim's own JSON shape, snapshots, a due index and a transactional outbox of CloudEvents. The schema ships in the jar as numbered migrations
 * ({@code dev/mim/store/jdbc/migration/}).
 */
module dev.mim.store.jdbc {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  // mim-core\'s class files carry Immutables\' CLASS-retention annotations, which javac and javadoc read when
  // they read those classes; nothing of it is needed at run time.
  requires static org.immutables.value.annotations;
  requires transitive java.sql;
  requires transitive dev.mim.jackson;
  requires tools.jackson.databind;
  requires org.slf4j;

  exports dev.mim.store.jdbc;
}
