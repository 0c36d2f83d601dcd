/**
 * The lifecycle engine: the {@link dev.mim.core.lifecycle.IncidentDecider} that decides commands into events or
 * rejections and folds events into state, the {@link dev.mim.core.lifecycle.Decision} it returns with its
 * violation and advisory codes, and the lifecycle diagram drawn from the transition table.
 */
package dev.mim.core.lifecycle;
