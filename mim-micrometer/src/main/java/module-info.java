/**
 * mim-micrometer: Micrometer meters and observations of mim's command handling, through mim-core's decision
 * listener.
 */
module dev.mim.micrometer {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires transitive micrometer.core;
  requires transitive micrometer.observation;

  exports dev.mim.micrometer;
}
