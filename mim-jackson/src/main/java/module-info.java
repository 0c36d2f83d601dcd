/**
 * mim-jackson: a Jackson 3 mapper set up to read mim's commands and events strictly.
 */
module dev.mim.jackson {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires transitive tools.jackson.databind;

  exports dev.mim.jackson;
}
