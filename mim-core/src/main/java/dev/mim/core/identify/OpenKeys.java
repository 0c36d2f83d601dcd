package dev.mim.core.identify;

import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import java.util.Set;

/**
 * What the host already has open, per tenant: a detector makes no proposal for a tenant's key while a candidate or
 * major incident of that tenant for it is open.
 */
@FunctionalInterface
public interface OpenKeys {

  /**
   * @param tenant a tenant
   * @param key a signal key
   * @return true when a candidate or major incident of that tenant for that key is open
   */
  boolean isOpen(TenantId tenant, String key);

  /** @return nothing is open */
  static OpenKeys none() {
    return (tenant, key) -> false;
  }

  /**
   * @param keys the open keys of the {@linkplain TenantId#DEFAULT default tenant}
   * @return those keys are open, in that tenant only
   * @throws IllegalArgumentException when {@code keys} is null or holds null
   */
  static OpenKeys of(Set<String> keys) {
    return of(TenantId.DEFAULT, keys);
  }

  /**
   * @param tenant the tenant
   * @param keys its open keys
   * @return those keys are open, in that tenant only
   * @throws IllegalArgumentException when a value is null or {@code keys} holds null
   */
  static OpenKeys of(TenantId tenant, Set<String> keys) {
    Checks.notNull("tenant", tenant);
    Set<String> fixed = Set.copyOf(Checks.noNulls("keys", keys));
    return (t, key) -> tenant.equals(t) && fixed.contains(key);
  }
}
