/**
 * mim-jackson: a Jackson 3 mapper set up to read mim's commands and events strictly.
 */
module dev.mim.jackson {
  requires transitive dev.mim.core;
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;

  exports dev.mim.jackson;
}
