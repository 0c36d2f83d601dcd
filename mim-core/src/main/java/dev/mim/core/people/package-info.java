/**
 * Who takes part: actors (people or automated agents) and technical resolver groups, by the host's identifiers.
 */
@NullMarked
package dev.mim.core.people;

import org.jspecify.annotations.NullMarked;
