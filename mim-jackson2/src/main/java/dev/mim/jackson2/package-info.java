/**
 * {@link dev.mim.jackson2.MimJackson2Module}: mim's commands and events on a host's Jackson 2 mapper, written and
 * read as mim-jackson's strict Jackson 3 mapper writes and reads them.
 */
@NullMarked
package dev.mim.jackson2;

import org.jspecify.annotations.NullMarked;
