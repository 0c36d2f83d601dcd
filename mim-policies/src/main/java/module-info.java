/**
 * mim-policies: ready implementations of mim-core's policy interfaces and named presets.
 */
module dev.mim.policies {
  requires transitive dev.mim.core;
  requires org.slf4j;

  exports dev.mim.policies;
  exports dev.mim.policies.detection;
}
