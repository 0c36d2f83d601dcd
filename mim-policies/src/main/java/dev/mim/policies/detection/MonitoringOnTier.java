package dev.mim.policies.detection;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.service.BusinessService;
import org.jspecify.annotations.Nullable;

/** Event-monitoring alerts on a service of {@code tier} or more critical. */
record MonitoringOnTier(int tier) implements TriggerRule {
  MonitoringOnTier {
    if (tier < 0 || tier > BusinessService.MAX_TIER) {
      throw new IllegalArgumentException("tier must be between 0 and " + BusinessService.MAX_TIER + ", was "
          + tier);
    }
  }

  @Override
  public boolean proposesAtOnce(IncidentSignal signal, @Nullable BusinessService service) {
    return signal.source() == SignalSource.EVENT_MONITORING && service != null && service.tier() <= tier;
  }

  @Override
  public String reason(IncidentSignal signal, @Nullable BusinessService service) {
    return "event monitoring alerted on " + signal.service() + ", a tier-" + (service == null ? "?" : service.tier())
        + " service";
  }

  @Override
  public String toString() {
    return "monitoring on tier <= " + tier;
  }
}
