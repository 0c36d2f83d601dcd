package dev.mim.policies.detection;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection.SignalRefusal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.ServiceCatalogue;
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
 *   <li><b>Trigger rule.</b> A signal that meets the settings' {@link TriggerRule} proposes a candidate at once,
 *       keyed by its service ({@link SignalKey#serviceKey}), with the signal's source. The default rule: an {@link
 *       SignalSource#EVENT_MONITORING} signal about a service whose catalogue tier is {@code immediateTier} or more
 *       critical. A rule that throws refuses the signal ({@code trigger-failed}), which then changes nothing.</li>
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
 * seen; a key whose signals were all forgotten is kept for its next signal only while such keys do not outnumber
 * the others. Signals are kept in arrays sorted by time, per key and in all: a signal in order is added at the end
 * and its surge read with one binary search, the oldest leave from the front. Deterministic: the same signals in the same order give the same proposals. Not thread-safe: one instance
 * per signal stream (per tenant).
 */
public final class SurgeDetector implements DetectionPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(SurgeDetector.class);
  private static final Detection NOTHING = new Detection.Observed(List.of());

  private final SurgeSettings settings;
  private final int threshold;
  private final Duration window;
  private final Duration lateness;
  private final Duration coolDown;
  private final SignalKey key;
  private final ServiceCatalogue catalogue;
  private final TriggerRule trigger;

  /** Retained signals by tenant and raw key (see {@link #rawKey}), each queue sorted by time. */
  private final Map<TenantId, Map<Object, SignalQueue>> byTenant = new HashMap<>();
  /**
   * All retained signals sorted by time, for eviction. Signals arrive nearly in order: a late one is placed a few
   * places from the back, and the oldest leave from the front.
   */
  private final SignalQueue oldestFirst = SignalQueue.ofAll();
  /** Key queues held, empty ones included. */
  private int queues;
  /** Key queues whose signals were all forgotten, kept for their key's next signal until there are many. */
  private int emptyQueues;
  /** Until when the last proposal per key suppresses another (its time plus the cool-down), while it does. */
  private final Map<TenantKey, Instant> coolingUntil = new HashMap<>();
  /** The same, soonest first, to forget them without a scan; an entry a later proposal superseded is skipped. */
  private final PriorityQueue<Cooling> coolingSoonestFirst = new PriorityQueue<>();
  private Instant latest;
  /** {@code lateness + window}: a signal that much older than the latest is forgotten. */
  private final Duration reach;
  /** The end of every surge's reason, written once: the times are the proposal's own fields. */
  private final String within;

  private SurgeDetector(SurgeSettings settings) {
    this.settings = settings;
    this.threshold = settings.threshold();
    this.window = settings.window();
    this.lateness = settings.lateness();
    this.coolDown = settings.coolDown();
    this.key = settings.key();
    this.catalogue = settings.catalogue();
    this.trigger = settings.triggerRule();
    this.reach = lateness.plus(window);
    this.within = " within " + window;
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

  /**
   * {@inheritDoc}
   *
   * <p>A window covers the services it names and every service they support, through the settings' catalogue's
   * {@linkplain ServiceCatalogue#dependencies() dependencies}: maintenance on the database covers the signals of the
   * checkout it supports. A catalogue that throws refuses the signal ({@code catalogue-failed}), as in
   * {@link #observe(IncidentSignal, OpenKeys)}.
   */
  @Override
  public Detection observe(IncidentSignal signal, OpenKeys open, MaintenanceSchedule maintenance) {
    if (signal == null || open == null || maintenance == null) {
      throw new IllegalArgumentException((signal == null ? "signal" : open == null ? "open" : "maintenance")
          + " must not be null");
    }
    Optional<MaintenanceWindow> window;
    try {
      window = maintenance.windows().isEmpty() ? Optional.empty()
          : maintenance.covering(signal.service(), signal.at(), catalogue.dependencies());
    } catch (RuntimeException e) {
      LOG.warn("service catalogue {} failed for signal {}", catalogue, signal.reference(), e);
      return new Detection.Refused(SignalRefusal.CATALOGUE_FAILED,
          "the service catalogue failed for signal " + signal.reference() + ": " + e);
    }
    return window.isPresent() ? Detection.Suppressed.of(signal, window.get()) : observe(signal, open);
  }

  @Override
  public Detection observe(IncidentSignal signal, OpenKeys open) {
    if (signal == null) {
      throw new IllegalArgumentException("signal must not be null");
    }
    if (open == null) {
      throw new IllegalArgumentException("open must not be null");
    }
    if (latest != null && SignalQueue.shifted(signal.at(), lateness, latest) < 0) {
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

    CandidateProposal atOnce;
    try {
      BusinessService known = service.orElse(null);
      atOnce = !trigger.proposesAtOnce(signal, known) ? null
          : new CandidateProposal(signal.tenant(), SignalKey.serviceKey(signal), signal.source().identification(),
              Set.of(signal.service()), signal.at(), signal.at(), List.of(signal.reference()),
              trigger.reason(signal, known));
    } catch (RuntimeException e) {
      LOG.warn("trigger rule {} failed for signal {}", trigger, signal.reference(), e);
      return new Detection.Refused(SignalRefusal.TRIGGER_FAILED,
          "the trigger rule failed for signal " + signal.reference() + ": " + e);
    }

    if (latest == null || signal.at().isAfter(latest)) {
      latest = signal.at();
    }
    CandidateProposal immediate = null;
    TenantKey immediateKey = null;
    if (atOnce != null) {
      TenantKey tk = new TenantKey(signal.tenant(), atOnce.key());
      if (mayPropose(tk, signal.at(), open)) {
        remember(tk, signal.at());
        immediateKey = tk;
        immediate = atOnce;
      }
    }
    CandidateProposal surge = null;
    Object raw = rawKey(signal);
    if (raw != null) {
      SignalQueue similar = queueOf(signal, raw);
      int index = similar.add(signal, null);
      oldestFirst.add(signal, similar);
      if (!similar.key.equals(immediateKey)) {
        surge = surge(similar, index, signal, open);
        if (surge != null) {
          remember(similar.key, signal.at());
        }
      }
    }
    evict();
    if (immediate == null && surge == null) {
      return NOTHING;
    }
    return new Detection.Observed(immediate == null ? List.of(surge)
        : surge == null ? List.of(immediate) : List.of(immediate, surge));
  }

  /**
   * What the key is made of, without building the key's text: the signal's service, category, location or
   * configuration item for the keys mim ships, the host key's text otherwise; null when the signal has no key.
   */
  private Object rawKey(IncidentSignal signal) {
    if (key instanceof SignalKey.Standard standard) {
      return switch (standard) {
        case SERVICE -> signal.service();
        case CATEGORY -> signal.category();
        case LOCATION -> signal.location();
        case CONFIGURATION_ITEM -> signal.configurationItem();
      };
    }
    return key.keyOf(signal);
  }

  /** The key's queue, made (or taken back from the empty ones) on its first signal. */
  private SignalQueue queueOf(IncidentSignal signal, Object raw) {
    Map<Object, SignalQueue> tenant = byTenant.get(signal.tenant());
    if (tenant == null) {
      tenant = new HashMap<>();
      byTenant.put(signal.tenant(), tenant);
    }
    SignalQueue q = tenant.get(raw);
    if (q == null) {
      q = new SignalQueue(new TenantKey(signal.tenant(), key.keyOf(signal)), raw);
      tenant.put(raw, q);
      queues++;
    } else if (q.size == 0) {
      emptyQueues--;
    }
    return q;
  }

  /** @return the number of signals the detector holds now */
  public int retainedSignals() {
    return oldestFirst.size;
  }

  /** Key queues held, empty ones included: for the tests that hold them bounded. */
  int keyQueues() {
    return queues;
  }

  /** @return the number of keys whose cool-down the detector still tracks */
  public int rememberedProposals() {
    return coolingUntil.size();
  }

  private boolean mayPropose(TenantKey k, Instant at, OpenKeys open) {
    Instant until = coolingUntil.get(k);
    return (until == null || !at.isBefore(until)) && !open.isOpen(k.tenant(), k.key());
  }

  private void remember(TenantKey k, Instant at) {
    Cooling c = new Cooling(k, at.plus(coolDown));
    coolingUntil.put(k, c.until());
    coolingSoonestFirst.add(c);
  }

  /**
   * The proposal for the fullest window around the signal at {@code index} of {@code similar}, or null when none
   * is due. When the signal is the key's latest (the usual case), the fullest window holding it ends with it and
   * starts at the first signal no older than {@code window}, found by sliding the queue's window start forward. A
   * late signal may share a window
   * with later ones: then each window starting between {@code at - window} and {@code at} is counted.
   */
  private CandidateProposal surge(SignalQueue similar, int index, IncidentSignal signal, OpenKeys open) {
    if (!mayPropose(similar.key, signal.at(), open)) {
      return null; // cooling down or open: no window need be counted
    }
    int first = index == similar.size - 1 ? similar.firstWithinOfLatest(window, signal.at())
        : similar.firstWithin(window, signal.at());
    int bestStart = first;
    int bestEnd = similar.size;
    if (index < similar.size - 1) {
      bestStart = -1;
      bestEnd = -1;
      int end = first;
      for (int i = first; i < similar.size && !similar.at(i).isAfter(signal.at()); i++) {
        while (end < similar.size && SignalQueue.shifted(similar.at(i), window, similar.at(end)) >= 0) {
          end++;
        }
        if (end - i > bestEnd - bestStart) {
          bestStart = i;
          bestEnd = end;
        }
      }
    }
    if (bestEnd - bestStart < threshold) {
      return null;
    }
    List<String> evidence = new ArrayList<>(bestEnd - bestStart);
    Set<ServiceId> services = new TreeSet<>();
    for (int i = bestStart; i < bestEnd; i++) {
      evidence.add(similar.get(i).reference());
      services.add(similar.get(i).service());
    }
    TenantKey k = similar.key;
    return new CandidateProposal(k.tenant(), k.key(), IdentificationSource.SERVICE_DESK_VOLUME, services,
        similar.at(bestStart), signal.at(), evidence, evidence.size() + " signals with " + k.key() + within);
  }

  /** Forgets what no later signal can need: it would be older than the latest minus lateness minus window. */
  private void evict() {
    while (oldestFirst.size > 0 && SignalQueue.shifted(oldestFirst.at(0), reach, latest) < 0) {
      // Every signal of the key older than the cut-off goes in this pass, so dropping the key's oldest is
      // dropping this one or one of its time.
      SignalQueue q = oldestFirst.owner(0);
      oldestFirst.removeOldest();
      q.removeOldest();
      if (q.size == 0) {
        emptyQueues++;
      }
    }
    if (emptyQueues > 64 && emptyQueues * 2 > queues) {
      forgetEmptyQueues();
    }
    while (!coolingSoonestFirst.isEmpty() && SignalQueue.shifted(coolingSoonestFirst.peek().until(), lateness, latest) <= 0) {
      Cooling c = coolingSoonestFirst.poll();
      coolingUntil.remove(c.key(), c.until()); // unless a later proposal superseded it
    }
  }

  @Override
  public String toString() {
    return "SurgeDetector[" + threshold + " signals by " + key + " within " + window + ", lateness " + lateness
        + ", cool-down " + coolDown + ", at once: " + trigger + "]";
  }

  /** Drops the keys with no signal left, once they outnumber those with signals: memory stays bounded. */
  private void forgetEmptyQueues() {
    for (Iterator<Map<Object, SignalQueue>> t = byTenant.values().iterator(); t.hasNext(); ) {
      Map<Object, SignalQueue> tenant = t.next();
      tenant.values().removeIf(q -> q.size == 0);
      if (tenant.isEmpty()) {
        t.remove();
      }
    }
    queues -= emptyQueues;
    emptyQueues = 0;
  }

  /** Until when a proposal for {@code key} suppresses another, soonest first. */
  private record Cooling(TenantKey key, Instant until) implements Comparable<Cooling> {
    @Override
    public int compareTo(Cooling o) {
      return until.compareTo(o.until);
    }
  }

  /** A key within one tenant: signals of different tenants are never grouped. */
  record TenantKey(TenantId tenant, String key) {}
}
