package dev.mim.policies.detection;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.Detection.SignalRefusal;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DetectionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default detection policy: proposes a candidate major incident when similar signals surge, and at once when
 * event monitoring alerts on a service of the top criticality tiers.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Surge.</b> When a signal arrives, the detector looks at the signals with the same {@link SignalKey key}
 *       and proposes a candidate when some window of length {@code window} (both ends included) holds the new
 *       signal and at least {@code threshold} signals. The proposal lists the signals of the first such fullest
 *       window as evidence, oldest first, and has source {@link IdentificationSource#SERVICE_DESK_VOLUME}.</li>
 *   <li><b>Monitoring on a top-tier service.</b> An {@link SignalSource#EVENT_MONITORING} signal about a service
 *       whose catalogue tier is {@code immediateTier} or more critical proposes a candidate at once, keyed by its
 *       service ({@link SignalKey#serviceKey}), with source {@link IdentificationSource#EVENT_MONITORING}.</li>
 *   <li><b>Tenants.</b> Signals of different tenants are never grouped; a proposal has its signals' tenant.</li>
 *   <li><b>No repeats.</b> No proposal for a key the host reports {@linkplain OpenKeys open}, nor for a key
 *       proposed less than {@code coolDown} before (in signal time); at most one proposal per key per signal.</li>
 *   <li><b>Lateness.</b> Signals may arrive out of order by up to {@code lateness} behind the latest signal seen;
 *       an older one is refused ({@code signal-too-late}) and changes nothing. A signal whose service the catalogue
 *       does not admit is refused ({@code unknown-service}).</li>
 * </ul>
 *
 * <p>Memory: only signals no older than {@code window + lateness} behind the latest signal are kept (no later
 * signal can share a window with an older one), so it is bounded by the signals in that span, not by all signals
 * seen. Deterministic: the same signals in the same order give the same proposals. Not thread-safe: one instance
 * per signal stream (per tenant).
 */
public final class SurgeDetector implements DetectionPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(SurgeDetector.class);

  private final SurgeSettings settings;
  private final int threshold;
  private final Duration window;
  private final Duration lateness;
  private final Duration coolDown;
  private final SignalKey key;
  private final ServiceCatalogue catalogue;
  private final int immediateTier;

  /** Retained signals by key, each list sorted by time (ties in arrival order). */
  private final Map<TenantKey, List<Retained>> byKey = new HashMap<>();
  /** All retained signals, oldest first, for eviction. */
  private final PriorityQueue<Retained> oldestFirst = new PriorityQueue<>();
  /** The time of the last proposal per key, while it can still suppress one. */
  private final Map<TenantKey, Instant> lastProposal = new HashMap<>();
  private Instant latest;

  private SurgeDetector(SurgeSettings settings) {
    this.settings = settings;
    this.threshold = settings.threshold();
    this.window = settings.window();
    this.lateness = settings.lateness();
    this.coolDown = settings.coolDown();
    this.key = settings.key();
    this.catalogue = settings.catalogue();
    this.immediateTier = settings.immediateTier();
  }

  /**
   * A detector with the {@linkplain SurgeSettings#ofDefaults() default settings}: 5 similar signals within 15
   * minutes, keyed by service, 5 minutes' lateness, a 60-minute cool-down, the open catalogue, and monitoring
   * alerts on tier-1 services proposed at once.
   *
   * @return a new detector, with no signals seen
   */
  public static SurgeDetector ofDefaults() {
    return of(SurgeSettings.ofDefaults());
  }

  /**
   * A detector with {@code settings}, for example
   * {@code SurgeDetector.of(SurgeSettings.custom().key(SignalKey.byCategory()).build())}.
   *
   * @param settings the settings
   * @return a new detector, with no signals seen
   * @throws IllegalArgumentException when {@code settings} is null
   */
  public static SurgeDetector of(SurgeSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    return new SurgeDetector(settings);
  }

  /** @return the settings this detector follows */
  public SurgeSettings settings() {
    return settings;
  }

  @Override
  public Detection observe(IncidentSignal signal, OpenKeys open) {
    if (signal == null) {
      throw new IllegalArgumentException("signal must not be null");
    }
    if (open == null) {
      throw new IllegalArgumentException("open must not be null");
    }
    if (latest != null && signal.at().isBefore(latest.minus(lateness))) {
      return new Detection.Refused(SignalRefusal.TOO_LATE, "signal " + signal.reference() + " at " + signal.at()
          + " is more than " + lateness + " behind the latest signal at " + latest);
    }
    Optional<BusinessService> service;
    try {
      if (!catalogue.admits(signal.service())) {
        return new Detection.Refused(SignalRefusal.UNKNOWN_SERVICE, "signal " + signal.reference()
            + " names service " + signal.service() + ", which is not in the service catalogue");
      }
      service = catalogue.find(signal.service());
    } catch (RuntimeException e) {
      LOG.warn("service catalogue {} failed for signal {}", catalogue, signal.reference(), e);
      return new Detection.Refused(SignalRefusal.CATALOGUE_FAILED,
          "the service catalogue failed for signal " + signal.reference() + ": " + e);
    }

    if (latest == null || signal.at().isAfter(latest)) {
      latest = signal.at();
    }
    List<CandidateProposal> proposals = new ArrayList<>(1);
    String immediateKey = null;
    if (signal.source() == SignalSource.EVENT_MONITORING && service.isPresent()
        && service.get().tier() <= immediateTier) {
      String k = SignalKey.serviceKey(signal);
      TenantKey tk = new TenantKey(signal.tenant(), k);
      if (mayPropose(tk, signal.at(), open)) {
        immediateKey = k;
        lastProposal.put(tk, signal.at());
        proposals.add(new CandidateProposal(signal.tenant(), k, IdentificationSource.EVENT_MONITORING,
            Set.of(signal.service()), signal.at(), signal.at(), List.of(signal.reference()), "event monitoring alerted on " + signal.service()
                + ", a tier-" + service.get().tier() + " service"));
      }
    }
    String k = key.keyOf(signal);
    if (k != null) {
      TenantKey tk = new TenantKey(signal.tenant(), k);
      List<Retained> similar = retain(tk, signal);
      if (!k.equals(immediateKey)) {
        CandidateProposal surge = surge(tk, similar, signal, open);
        if (surge != null) {
          lastProposal.put(tk, signal.at());
          proposals.add(surge);
        }
      }
    }
    evict();
    return new Detection.Observed(proposals);
  }

  /** @return the number of signals the detector holds now */
  public int retainedSignals() {
    return oldestFirst.size();
  }

  /** @return the number of keys whose cool-down the detector still tracks */
  public int rememberedProposals() {
    return lastProposal.size();
  }

  private boolean mayPropose(TenantKey k, Instant at, OpenKeys open) {
    Instant last = lastProposal.get(k);
    return (last == null || !at.isBefore(last.plus(coolDown))) && !open.isOpen(k.tenant(), k.key());
  }

  private List<Retained> retain(TenantKey k, IncidentSignal signal) {
    Retained r = new Retained(signal, k);
    List<Retained> list = byKey.computeIfAbsent(k, x -> new ArrayList<>());
    int at = list.size();
    while (at > 0 && list.get(at - 1).signal.at().isAfter(signal.at())) {
      at--;
    }
    list.add(at, r);
    oldestFirst.add(r);
    return list;
  }

  /** The proposal for the fullest window around {@code signal}, or null when none is due. */
  private CandidateProposal surge(TenantKey k, List<Retained> similar, IncidentSignal signal, OpenKeys open) {
    Instant from = signal.at().minus(window);
    int bestStart = -1;
    int bestEnd = -1;
    int end = 0;
    for (int i = 0; i < similar.size(); i++) {
      Instant left = similar.get(i).signal.at();
      if (left.isBefore(from)) {
        continue;
      }
      if (left.isAfter(signal.at())) {
        break;
      }
      Instant right = left.plus(window);
      end = Math.max(end, i);
      while (end < similar.size() && !similar.get(end).signal.at().isAfter(right)) {
        end++;
      }
      if (end - i > bestEnd - bestStart) {
        bestStart = i;
        bestEnd = end;
      }
    }
    if (bestEnd - bestStart < threshold || !mayPropose(k, signal.at(), open)) {
      return null;
    }
    List<String> evidence = new ArrayList<>();
    Set<ServiceId> services = new TreeSet<>();
    for (Retained r : similar.subList(bestStart, bestEnd)) {
      evidence.add(r.signal.reference());
      services.add(r.signal.service());
    }
    return new CandidateProposal(k.tenant(), k.key(), IdentificationSource.SERVICE_DESK_VOLUME, services,
        similar.get(bestStart).signal.at(), signal.at(), evidence, evidence.size() + " signals with " + k.key() + " within " + window + ", from "
            + similar.get(bestStart).signal.at() + " to " + similar.get(bestEnd - 1).signal.at());
  }

  /** Forgets what no later signal can need: it would be older than the latest minus lateness minus window. */
  private void evict() {
    Instant horizon = latest.minus(lateness);
    Instant cutoff = horizon.minus(window);
    while (!oldestFirst.isEmpty() && oldestFirst.peek().signal.at().isBefore(cutoff)) {
      Retained r = oldestFirst.poll();
      List<Retained> list = byKey.get(r.key);
      list.remove(r);
      if (list.isEmpty()) {
        byKey.remove(r.key);
      }
    }
    for (Iterator<Instant> it = lastProposal.values().iterator(); it.hasNext(); ) {
      if (!it.next().plus(coolDown).isAfter(horizon)) {
        it.remove();
      }
    }
  }

  @Override
  public String toString() {
    return "SurgeDetector[" + threshold + " signals by " + key + " within " + window + ", lateness " + lateness
        + ", cool-down " + coolDown + ", monitoring on tier <= " + immediateTier + " at once]";
  }

  /** A retained signal, ordered by time. */
  private static final class Retained implements Comparable<Retained> {
    final IncidentSignal signal;
    final TenantKey key;

    Retained(IncidentSignal signal, TenantKey key) {
      this.signal = signal;
      this.key = key;
    }

    /** By time only: eviction takes every signal older than the cut-off, whatever their order among equals. */
    @Override
    public int compareTo(Retained o) {
      return signal.at().compareTo(o.signal.at());
    }
  }

  /** A key within one tenant: signals of different tenants are never grouped. */
  private record TenantKey(TenantId tenant, String key) {}
}
