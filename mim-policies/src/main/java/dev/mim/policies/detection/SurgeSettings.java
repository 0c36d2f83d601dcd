package dev.mim.policies.detection;

import static dev.mim.policies.internal.Arguments.notNull;

import dev.mim.core.identify.SignalKey;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of a {@link SurgeDetector}: an immutable value, so that one set of settings may serve many
 * detectors (one per tenant's signal stream). Build one with {@link #custom()} or {@link #from}; {@code build()}
 * checks every value and names the first bad one in an {@link IllegalArgumentException}.
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public abstract class SurgeSettings implements WithSurgeSettings {

  /** The longest window, lateness or cool-down: 366 days. */
  public static final Duration MAX_DURATION = Duration.ofDays(366);

  // After MAX_DURATION: building the defaults checks against it.
  private static final SurgeSettings DEFAULTS = custom().build();

  SurgeSettings() {}

  /**
   * The defaults: 5 similar signals within 15 minutes (the sources' "influx of tickets within 15 minutes"),
   * keyed by service, 5 minutes' lateness, a 60-minute cool-down, the open catalogue, and monitoring alerts on
   * tier-1 services proposed at once.
   *
   * @return the default settings
   */
  public static SurgeSettings ofDefaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * @param base the settings to start from
   * @return a builder holding them
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(SurgeSettings base) {
    if (base == null) {
      throw new IllegalArgumentException("base must not be null");
    }
    return new Builder().from(base);
  }

  /** @return how many similar signals within the window make a surge; at least 2; default 5 */
  @Value.Default
  public int threshold() {
    return 5;
  }

  /** @return the length of the sliding window; positive; default 15 minutes */
  @Value.Default
  public Duration window() {
    return Duration.ofMinutes(15);
  }

  /** @return how far behind the latest signal a signal may still arrive; zero or more; default 5 minutes */
  @Value.Default
  public Duration lateness() {
    return Duration.ofMinutes(5);
  }

  /** @return how long after a proposal for a key no other is made for it; zero or more; default 60 minutes */
  @Value.Default
  public Duration coolDown() {
    return Duration.ofMinutes(60);
  }

  /** @return which signals are similar; default by service */
  @Value.Default
  public SignalKey key() {
    return SignalKey.byService();
  }

  /** @return the catalogue that admits services and gives their tiers; default open */
  @Value.Default
  public ServiceCatalogue catalogue() {
    return ServiceCatalogue.open();
  }

  /**
   * @return monitoring alerts on services of this tier or a more critical one are proposed at once; 0 turns the
   *     rule off; default 1
   */
  @Value.Default
  public int immediateTier() {
    return 1;
  }

  /**
   * @return which signals propose a candidate at once, in place of {@link #immediateTier()}'s rule (which is then
   *     not used); empty, the default, for that rule
   */
  public abstract Optional<TriggerRule> trigger();

  /** @return the trigger rule the detector asks: {@link #trigger()}, or monitoring on {@link #immediateTier()} */
  TriggerRule triggerRule() {
    return trigger().orElseGet(() -> TriggerRule.monitoringOnTier(immediateTier()));
  }

  @Value.Check
  void check() {
    if (threshold() < 2) {
      throw new IllegalArgumentException("threshold must be at least 2, was " + threshold());
    }
    positive("window", window());
    notNegative("lateness", lateness());
    notNegative("coolDown", coolDown());
    notNull("key", key());
    notNull("catalogue", catalogue());
    if (immediateTier() < 0 || immediateTier() > BusinessService.MAX_TIER) {
      throw new IllegalArgumentException("immediateTier must be between 0 and " + BusinessService.MAX_TIER
          + ", was " + immediateTier());
    }
  }


  private static void positive(String field, Duration d) {
    notNull(field, d);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(field + " must be positive, was " + d);
    }
    atMost(field, d);
  }

  private static void notNegative(String field, Duration d) {
    notNull(field, d);
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative, was " + d);
    }
    atMost(field, d);
  }

  private static void atMost(String field, Duration d) {
    if (d.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(field + " must be at most " + MAX_DURATION + ", was " + d);
    }
  }

  /** Builds {@link SurgeSettings}; generated by Immutables. */
  public static final class Builder extends ImmutableSurgeSettings.Builder {
    Builder() {}
  }
}
