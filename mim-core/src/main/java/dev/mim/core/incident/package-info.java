/**
 * The major incident itself: identifiers, commands ({@link dev.mim.core.incident.IncidentCommand} carrying an
 * {@link dev.mim.core.incident.Action}), events ({@link dev.mim.core.incident.IncidentEvent} carrying a
 * {@link dev.mim.core.incident.Fact}), the state folded from the events, its statuses and stages, and the
 * {@link dev.mim.core.incident.Transitions} table that says which action is legal in which status. Actions and facts
 * are grouped as the practice groups them, each group a sealed interface with a visitor
 * ({@link dev.mim.core.incident.IdentificationAction}, {@link dev.mim.core.incident.IdentificationFact}, ...).
 *
 * <p>Everything here is an immutable value. Commands and events serialise to JSON with Jackson using only the
 * annotations of jackson-annotations; events carry a schema version and stable type names.
 */
@NullMarked
package dev.mim.core.incident;

import org.jspecify.annotations.NullMarked;
