package dev.mim.core.spi;

import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import dev.mim.core.priority.PriorityMatrix;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The policies and settings that the lifecycle decider consults: the context of every decision. One host may
 * keep one policy set per tenant (for example per customer of a managed service provider).
 *
 * <p>Build one with {@link #ofDefaults()}, {@link #custom()} or {@link #from(PolicySet)}; {@code build()} checks
 * every value and names the first bad one in an {@link IllegalArgumentException}. Immutable and safe to share;
 * {@code with*} methods give changed copies.
 *
 * <pre>{@code
 * PolicySet policies = PolicySet.custom()
 *     .declarationPolicy(candidate -> candidate.classification().source() == IdentificationSource.EVENT_MONITORING)
 *     .majorIncidentThreshold((priority, services) -> priority.isAtLeast(Priority.of(2)))
 *     .build();
 * }</pre>
 */
@ValueStyle
@Value.Immutable
public abstract class PolicySet implements WithPolicySet, TenantPolicies {

  /** The default verification window: a restored incident may be reopened within 24 hours. */
  public static final Duration DEFAULT_VERIFICATION_WINDOW = Duration.ofHours(24);

  /** The longest verification window a policy set may have: 366 days. */
  public static final Duration MAX_VERIFICATION_WINDOW = Duration.ofDays(366);

  private static final PolicySet DEFAULTS = custom().build();

  PolicySet() {}

  /**
   * The defaults: the ITIL 3x3 priority matrix, declaration only with validation evidence, a 24-hour
   * verification window, the {@linkplain ServiceCatalogue#open() open} service catalogue (every service id
   * admitted, none known) and the {@linkplain MajorIncidentThreshold#standard() standard} major-incident threshold
   * (P1, or P2 on a tier-1 service), the default communication policy, no escalation, every actor permitted and no
   * directory of roles (authorization left to the host; mim-policies has the practice's matrix).
   *
   * @return the shared default policy set
   */
  public static PolicySet ofDefaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns a builder starting from {@code base}, to change some of its settings.
   *
   * @param base the policy set to start from
   * @return the builder
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(PolicySet base) {
    return new Builder().from(Checks.notNull("base", base));
  }

  /** @return the matrix that gives an incident's priority from its impact and urgency; default ITIL 3x3 */
  @Value.Default
  public PriorityMatrix priorityMatrix() {
    return PriorityMatrix.itil();
  }

  /** @return the policy asked whether a candidate may be declared without validation evidence */
  @Value.Default
  public DeclarationPolicy declarationPolicy() {
    return DeclarationPolicy.evidenceRequired();
  }

  /**
   * @return how long after restoration an incident may be reopened: a reopen is accepted strictly before
   *     {@code restoredAt + verificationWindow}, so a zero window forbids reopening; at most
   *     {@link #MAX_VERIFICATION_WINDOW}; default 24 hours
   */
  @Value.Default
  public Duration verificationWindow() {
    return DEFAULT_VERIFICATION_WINDOW;
  }

  /** @return the catalogue that admits and describes the services commands name; default open */
  @Value.Default
  public ServiceCatalogue serviceCatalogue() {
    return ServiceCatalogue.open();
  }

  /** @return which priorities (and service tiers) make an incident major; default the standard threshold */
  @Value.Default
  public MajorIncidentThreshold majorIncidentThreshold() {
    return MajorIncidentThreshold.standard();
  }

  /** @return who is owed which stakeholder update; default {@link CommunicationPolicy#ofDefaults()} */
  @Value.Default
  public CommunicationPolicy communication() {
    return CommunicationPolicy.ofDefaults();
  }

  /** @return which escalations an incident is owed; default none */
  @Value.Default
  public EscalationPolicy escalation() {
    return EscalationPolicy.none();
  }

  /**
   * @return the zone in which the tenant's due dates (review action items) are read: an item is due from the start
   *     of the day after its due date there; default UTC
   */
  @Value.Default
  public ZoneId dueDateZone() {
    return ZoneOffset.UTC;
  }

  /**
   * @return which policy set this is and at which version, when it comes from a versioned document (mim-config's
   *     documents set it): every event decided under it records it ({@link
   *     dev.mim.core.incident.IncidentEvent#policies()}); null for a set built in code, the default
   */
  public abstract @Nullable PoliciesVersion version();

  /**
   * @return what an hour of each responder role costs, to price the responders' effort on an incident
   *     ({@link dev.mim.core.metrics.ResponseCost}); default {@link ResponseRates#none()}: measured, not priced
   */
  @Value.Default
  public ResponseRates responseRates() {
    return ResponseRates.none();
  }

  /** @return who may issue which command; default everyone everything */
  @Value.Default
  public AuthorizationPolicy authorization() {
    return AuthorizationPolicy.permitAll();
  }

  /** @return who holds which global role; default nobody any */
  @Value.Default
  public RoleDirectory roles() {
    return RoleDirectory.none();
  }

  /**
   * @return where the failures of this set's host code are told; default {@link PolicyFailures#logEach()}. Not part
   *     of the set's value: two sets differing only here are equal
   */
  @Value.Default
  @Value.Auxiliary
  public PolicyFailures policyFailures() {
    return PolicyFailures.logEach();
  }

  /** A policy set gives itself to every tenant. */
  @Override
  public PolicySet policiesFor(TenantId tenant) {
    return this;
  }

  @Value.Check
  void check() {
    Checks.notNull("priorityMatrix", priorityMatrix());
    Checks.notNull("declarationPolicy", declarationPolicy());
    Checks.atMost("verificationWindow", Checks.notNegative("verificationWindow", verificationWindow()),
        MAX_VERIFICATION_WINDOW);
    Checks.notNull("serviceCatalogue", serviceCatalogue());
    Checks.notNull("majorIncidentThreshold", majorIncidentThreshold());
    Checks.notNull("communication", communication());
    Checks.notNull("escalation", escalation());
    Checks.notNull("authorization", authorization());
    Checks.notNull("roles", roles());
    Checks.notNull("responseRates", responseRates());
    Checks.notNull("policyFailures", policyFailures());
  }

  /**
   * Builds a {@link PolicySet}: each setter replaces one setting, {@code build()} checks them all. Not
   * thread-safe; the result is. Generated by Immutables.
   */
  public static final class Builder extends ImmutablePolicySet.Builder {
    Builder() {}
  }
}
