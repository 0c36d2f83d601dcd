package dev.mim.policies.tenancy;

import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.HashMap;
import java.util.Map;

/**
 * Each tenant's policy set, in memory: for a managed service provider whose customers each have their own priority
 * matrix, catalogue, escalation, authorization and communication plan. A tenant it does not know gets the fallback,
 * or, without one, a {@code policy-failed} refusal (the decider guards the lookup). Immutable.
 */
public final class TenantDirectory implements TenantPolicies {

  private final Map<TenantId, PolicySet> policies;
  private final PolicySet fallback;

  private TenantDirectory(Map<TenantId, PolicySet> policies, PolicySet fallback) {
    this.policies = policies;
    this.fallback = fallback;
  }

  /**
   * @param policies each tenant's policies
   * @return the directory; an unknown tenant's commands are refused
   * @throws IllegalArgumentException when the map is null or holds null
   */
  public static TenantDirectory of(Map<TenantId, PolicySet> policies) {
    return new TenantDirectory(copy(policies), null);
  }

  /**
   * @param policies each tenant's policies
   * @param fallback the policies of any other tenant
   * @return the directory
   * @throws IllegalArgumentException when a value is null
   */
  public static TenantDirectory of(Map<TenantId, PolicySet> policies, PolicySet fallback) {
    if (fallback == null) {
      throw new IllegalArgumentException("fallback must not be null");
    }
    return new TenantDirectory(copy(policies), fallback);
  }

  @Override
  public PolicySet policiesFor(TenantId tenant) {
    PolicySet p = policies.get(tenant);
    if (p != null) {
      return p;
    }
    if (fallback == null) {
      throw new IllegalArgumentException("no policies for tenant " + tenant);
    }
    return fallback;
  }

  private static Map<TenantId, PolicySet> copy(Map<TenantId, PolicySet> policies) {
    if (policies == null) {
      throw new IllegalArgumentException("policies must not be null");
    }
    Map<TenantId, PolicySet> copy = new HashMap<>();
    policies.forEach((t, p) -> {
      if (t == null || p == null) {
        throw new IllegalArgumentException("policies must not hold null, found " + t + " -> " + p);
      }
      copy.put(t, p);
    });
    return Map.copyOf(copy);
  }

  @Override
  public String toString() {
    return "TenantDirectory" + policies.keySet() + (fallback == null ? "" : " with a fallback");
  }
}
