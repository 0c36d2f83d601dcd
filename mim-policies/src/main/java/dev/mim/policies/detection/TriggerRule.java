package dev.mim.policies.detection;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.service.BusinessService;
import org.jspecify.annotations.Nullable;

/**
 * Which signals propose a candidate at once, without waiting for similar ones to crowd: the surge detector's trigger
 * rule (ServiceNow's "a critical service" trigger). The default, {@link #monitoringOnTier}, proposes event-monitoring
 * alerts on the most critical services; a host gives its own through {@link SurgeSettings#trigger()}, and mim-config
 * one written as a CEL condition. A rule must be pure: it is asked once per signal, and what it answers depends only
 * on the signal and its service.
 */
@FunctionalInterface
public interface TriggerRule {

  /**
   * @param signal a signal the catalogue admits
   * @param service the signal's service as the catalogue knows it; null when an open catalogue admits an id it does
   *     not list
   * @return true when the signal proposes a candidate at once
   * @throws RuntimeException when the rule fails: the detector refuses the signal with {@code trigger-failed}
   */
  boolean proposesAtOnce(IncidentSignal signal, @Nullable BusinessService service);

  /**
   * Event-monitoring alerts on a service of tier {@code tier} or more critical; with 0, no signal.
   *
   * @param tier the least critical tier proposed at once, from 0 (none) to {@link BusinessService#MAX_TIER}
   * @return the rule, equal to another of the same tier, describing itself in words
   * @throws IllegalArgumentException when {@code tier} is out of range
   */
  static TriggerRule monitoringOnTier(int tier) {
    return new MonitoringOnTier(tier);
  }

  /**
   * @param signal a signal the rule proposes at once
   * @param service its service as the catalogue knows it, or null
   * @return why it proposes, in words, as the proposal will say it; by default the signal, its service and the rule
   */
  default String reason(IncidentSignal signal, @Nullable BusinessService service) {
    return "signal " + signal.reference() + " on " + signal.service() + " met the trigger rule " + this;
  }
}
