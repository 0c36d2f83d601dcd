/**
 * Handling commands against a store: the {@link dev.mim.core.handling.CommandHandler} loop (load, decide, append at
 * the version decided against, retry a bounded number of times when another writer appended first) that every
 * {@link dev.mim.core.handling.IncidentStore} shares, what became of a command ({@link dev.mim.core.handling.Handled}),
 * and {@link dev.mim.core.handling.InMemoryIncidents}, the store that keeps incidents in memory.
 */
@NullMarked
package dev.mim.core.handling;

import org.jspecify.annotations.NullMarked;
