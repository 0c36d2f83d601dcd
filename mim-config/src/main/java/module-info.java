/**
 * mim-config: a tenant's policy set as a validated, versioned JSON or YAML document.
 */
module dev.mim.config {
  requires transitive dev.mim.core;
  requires transitive dev.mim.policies;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  // mim-core\'s class files carry Immutables\' CLASS-retention annotations, which javac and javadoc read when
  // they read those classes; nothing of it is needed at run time.
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports dev.mim.config;
}
