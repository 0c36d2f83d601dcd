package dev.mim.config;

import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Each tenant's policy document, swapped atomically as administrators publish new versions: the {@link
 * TenantPolicies} a host decides with when its tenants' policies are documents. A tenant's document only moves
 * forward: a new version of the same document replaces it, an older or equal version is refused (so that a late or
 * repeated publication never undoes a newer one), and a document of another id replaces it at any version (the
 * tenant moved to another policy set). Thread-safe: readers see one document or the next, never a mix.
 */
public final class PolicyDirectory implements TenantPolicies {

  private final ConcurrentMap<TenantId, PolicyDocument> documents = new ConcurrentHashMap<>();
  private final @Nullable PolicyDocument fallback;

  private PolicyDirectory(@Nullable PolicyDocument fallback) {
    this.fallback = fallback;
  }

  /**
   * @return an empty directory; a tenant without a document has no policies ({@link #policiesFor} refuses it, which
   *     the decider reports as a failed policy)
   */
  public static PolicyDirectory empty() {
    return new PolicyDirectory(null);
  }

  /**
   * @param fallback the document of every tenant that has none of its own
   * @return an empty directory with that fallback
   * @throws IllegalArgumentException when {@code fallback} is null
   */
  public static PolicyDirectory withFallback(PolicyDocument fallback) {
    if (fallback == null) {
      throw new IllegalArgumentException("fallback must not be null");
    }
    return new PolicyDirectory(fallback);
  }

  /**
   * Publishes {@code document} as {@code tenant}'s, atomically.
   *
   * @param tenant the tenant
   * @param document its new document
   * @return the document it replaces; empty when the tenant had none
   * @throws IllegalArgumentException when an argument is null, or when the tenant's document has the same id and a
   *     version at or above {@code document}'s (nothing is changed; the message names the tenant, the document and
   *     both versions)
   */
  public Optional<PolicyDocument> publish(TenantId tenant, PolicyDocument document) {
    if (tenant == null || document == null) {
      throw new IllegalArgumentException("tenant and document must not be null, were " + tenant + " and " + document);
    }
    PolicyDocument[] previous = new PolicyDocument[1];
    documents.compute(tenant, (t, current) -> {
      if (current != null && current.id().equals(document.id()) && current.version() >= document.version()) {
        throw new IllegalArgumentException("tenant " + t + " has document " + current.id() + " at version "
            + current.version() + ": version " + document.version() + " does not move it forward");
      }
      previous[0] = current;
      return document;
    });
    return Optional.ofNullable(previous[0]);
  }

  /**
   * @param tenant the tenant
   * @return its own document; empty when it has none (the fallback, if any, is not its own)
   * @throws IllegalArgumentException when {@code tenant} is null
   */
  public Optional<PolicyDocument> document(TenantId tenant) {
    if (tenant == null) {
      throw new IllegalArgumentException("tenant must not be null");
    }
    return Optional.ofNullable(documents.get(tenant));
  }

  /**
   * @return the policy set of the tenant's current document, or of the fallback
   * @throws IllegalArgumentException when the tenant has no document and there is no fallback
   */
  @Override
  public PolicySet policiesFor(TenantId tenant) {
    PolicyDocument d = document(tenant).orElse(fallback);
    if (d == null) {
      throw new IllegalArgumentException("no policy document for tenant " + tenant);
    }
    return d.policySet();
  }

  @Override
  public String toString() {
    return "PolicyDirectory" + documents + (fallback == null ? "" : " with the fallback " + fallback);
  }
}
