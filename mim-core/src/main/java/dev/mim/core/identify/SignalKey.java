package dev.mim.core.identify;

import org.jspecify.annotations.Nullable;

/**
 * Which signals count as similar: those with the same key. Keys carry a prefix naming what they are
 * ({@code "service:payments"}, {@code "category:Network"}), so keys of different kinds never collide.
 */
@FunctionalInterface
public interface SignalKey {

  /**
   * Returns the key of {@code signal}.
   *
   * @param signal a signal
   * @return its key, or null when the signal has none (for example no category); such a signal is not grouped
   */
  @Nullable String keyOf(IncidentSignal signal);

  /** @return signals about the same service are similar */
  static SignalKey byService() {
    return Standard.SERVICE;
  }

  /** @return signals of the same category are similar */
  static SignalKey byCategory() {
    return Standard.CATEGORY;
  }

  /** @return signals from the same location are similar */
  static SignalKey byLocation() {
    return Standard.LOCATION;
  }

  /** @return signals about the same configuration item are similar */
  static SignalKey byConfigurationItem() {
    return Standard.CONFIGURATION_ITEM;
  }

  /**
   * The key a signal's service has, whatever the detector's key: the key of proposals made at once from a
   * monitoring alert.
   *
   * @param signal a signal
   * @return {@code "service:" + its service}
   */
  static String serviceKey(IncidentSignal signal) {
    return "service:" + signal.service().value();
  }

  /** The keys mim ships. */
  enum Standard implements SignalKey {
    /** By service. */
    SERVICE {
      @Override
      public String keyOf(IncidentSignal s) {
        return serviceKey(s);
      }
    },
    /** By category. */
    CATEGORY {
      @Override
      public String keyOf(IncidentSignal s) {
        return s.category() == null ? null : "category:" + s.category();
      }
    },
    /** By location. */
    LOCATION {
      @Override
      public String keyOf(IncidentSignal s) {
        return s.location() == null ? null : "location:" + s.location();
      }
    },
    /** By configuration item. */
    CONFIGURATION_ITEM {
      @Override
      public String keyOf(IncidentSignal s) {
        return s.configurationItem() == null ? null : "ci:" + s.configurationItem();
      }
    }
  }
}
