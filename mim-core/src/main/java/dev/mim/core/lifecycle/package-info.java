/**
 * The lifecycle engine: the {@link dev.mim.core.lifecycle.IncidentDecider} that decides commands into events or
 * rejections and folds events into state (re-checking every rule the history alone decides), the
 * {@link dev.mim.core.lifecycle.Decision} it returns with its violation and advisory codes, the in-memory
 * {@link dev.mim.core.lifecycle.Incident}, and the lifecycle diagram drawn from the transition table.
 *
 * <p>Inside, the decider's rules are split by the stages of the practice (identification, containment,
 * resolution, communication, maintenance); the rules the history alone can decide are shared by the decider and
 * the fold, so that replay refuses what the decider would refuse.
 */
@NullMarked
package dev.mim.core.lifecycle;

import org.jspecify.annotations.NullMarked;
