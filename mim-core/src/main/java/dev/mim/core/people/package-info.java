/**
 * Who takes part: actors (people or automated agents) and technical resolver groups, by the host's identifiers.
 */
package dev.mim.core.people;
