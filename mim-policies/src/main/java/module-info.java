/**
 * mim-policies: ready implementations of mim-core's policy interfaces and named presets.
 */
module dev.mim.policies {
  requires transitive dev.mim.core;

  exports dev.mim.policies;
}
