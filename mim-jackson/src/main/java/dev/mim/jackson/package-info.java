/**
 * {@link dev.mim.jackson.MimJson}: the Jackson 3 mapper that mim's adapters and examples read and write commands and
 * events with, and that hosts can take instead of copying its settings.
 */
@NullMarked
package dev.mim.jackson;

import org.jspecify.annotations.NullMarked;
