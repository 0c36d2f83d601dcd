/**
 * mim-policies: ready implementations of mim-core's policy interfaces and named presets.
 */
module dev.mim.policies {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires org.slf4j;
  // Immutables' annotations are read by the compiler only (CLASS retention); nothing of it runs.
  requires static org.immutables.value.annotations;

  exports dev.mim.policies;
  exports dev.mim.policies.authorization;
  exports dev.mim.policies.detection;
  exports dev.mim.policies.escalation;
  exports dev.mim.policies.oncall;
  exports dev.mim.policies.tenancy;
}
