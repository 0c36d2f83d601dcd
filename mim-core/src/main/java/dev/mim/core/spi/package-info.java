/**
 * The service provider interface: every policy a host product supplies to shape the lifecycle, each with a good
 * default (the service catalogue, the communication policy, the escalation, authorization, declaration and
 * detection policies, the role directory, the on-call rota, ...), and the {@link dev.mim.core.spi.PolicySet} that
 * bundles them as the context of every decision.
 *
 * <p>Policies see read-only model types. Code a host supplies is called inside a guard: an exception it throws
 * is caught, logged and reported as a rejection, and never corrupts an incident.
 */
@NullMarked
package dev.mim.core.spi;

import org.jspecify.annotations.NullMarked;
