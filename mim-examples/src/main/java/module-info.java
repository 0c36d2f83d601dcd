/**
 * mim-examples: runnable programs that host developers copy from.
 */
module dev.mim.examples {
  requires transitive dev.mim.core;
  requires dev.mim.config;
  requires dev.mim.policies;
  requires dev.mim.store.jdbc;
  requires com.h2database;
  requires org.apache.commons.csv;
  requires dev.mim.jackson;
  requires tools.jackson.databind;

  exports dev.mim.examples.config;
  exports dev.mim.examples.drill;
  exports dev.mim.examples.embedding;
  exports dev.mim.examples.jdbc;
  exports dev.mim.examples.json;
  exports dev.mim.examples.review;
  exports dev.mim.examples.servicenow;
}
