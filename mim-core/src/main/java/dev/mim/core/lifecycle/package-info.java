/**
 * The lifecycle engine: the {@link dev.mim.core.lifecycle.IncidentDecider} that decides commands into events or
 * rejections and folds events into state (re-checking every rule the history alone decides), the
 * {@link dev.mim.core.lifecycle.Decision} it returns with its violation and advisory codes, the in-memory
 * {@link dev.mim.core.lifecycle.Incident}, and the lifecycle diagram drawn from the transition table.
 *
 * <p>Inside, one package-private rules class per group of actions (identification, containment, resolution,
 * maintenance, communication, escalation) owns, for its own actions and facts, the decision, the check against the
 * history and the fold; the envelope (incident, tenant, version, time order, transition table) is checked once for
 * commands and events alike. Deciding and replaying run the same checks, so that replay refuses what the decider
 * would refuse, in the same words. See {@code docs/architecture.md}.
 */
@NullMarked
package dev.mim.core.lifecycle;

import org.jspecify.annotations.NullMarked;
