/**
 * mim-jackson2: a Jackson 2 module that writes and reads mim's commands and events as mim does, strictly, on a
 * host's own Jackson 2 mapper.
 */
// Named as the artifact (mim-jackson2) and its package are: for Jackson 2, beside mim-jackson for Jackson 3.
@SuppressWarnings("module")
module dev.mim.jackson2 {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires dev.mim.jackson;
  requires tools.jackson.databind;

  exports dev.mim.jackson2;
}
