package dev.mim.core.spi;

import dev.mim.core.incident.TenantId;

/**
 * Gives each tenant its own policy set: priority matrix, catalogue, escalation, authorization, communication plan.
 * A {@link PolicySet} is itself the resolver that gives the same set to every tenant. Asked by the decider, guarded:
 * an exception or a null is a {@code policy-failed} refusal, logged once.
 *
 * <h2>Laws</h2>
 * Total (policies for every tenant, never a null) and the same policies however often asked. mim-testkit's
 * {@code PolicyContracts.tenants} checks them.
 */
@FunctionalInterface
public interface TenantPolicies {

  /**
   * @param tenant a tenant
   * @return its policies
   */
  PolicySet policiesFor(TenantId tenant);
}
