package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.identify.CandidateProposal;
import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The surge detector against a simple quadratic oracle written here from the rules in SurgeDetector's Javadoc,
 * on random signal streams of two tenants that include out-of-order, too-late and unknown-service signals.
 */
class SurgeDetectorPropertiesTest {

  private static final int STREAMS = Math.max(1_000, Integer.getInteger("mim.property.examples", 10_000) / 10);
  private static final Instant T0 = Instant.parse("2016-02-29T00:00:00Z");
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(List.of(
      service("payments", 1), service("mail", 2), service("intranet", 3)));
  private static final List<String> SERVICES = List.of("payments", "mail", "intranet", "unlisted");
  private static final List<TenantId> TENANTS = List.of(TenantId.DEFAULT, TenantId.of("acme"));

  /** A stream: detector settings, then signals as [time step, source, service, category, open and tenant]. */
  private static final Gen<int[]> SETTINGS = Generate.intArrays(Generate.constant(5), Generate.range(0, 999));
  private static final Gen<List<int[]>> SIGNALS =
      lists().of(Generate.intArrays(Generate.constant(5), Generate.range(0, 999))).ofSizeBetween(1, 200);

  @Test
  void theDetectorProposesExactlyWhatTheQuadraticOracleDoes() {
    // For every signal of every stream, the detector's answer (refusal code or proposals) equals the oracle's.
    qt().withExamples(STREAMS).forAll(SETTINGS, SIGNALS).checkAssert((settings, stream) -> {
      Config c = config(settings);
      SurgeDetector detector = c.build();
      Oracle oracle = new Oracle(c);
      List<IncidentSignal> signals = signals(stream);
      for (int i = 0; i < signals.size(); i++) {
        OpenKeys open = stream.get(i)[4] < 100 ? OpenKeys.of(Set.of("service:payments", "category:c0"))
            : OpenKeys.none();
        Detection actual = detector.observe(signals.get(i), open);
        Object expected = oracle.observe(signals.get(i), open);
        assertEquals(expected, describe(actual), "signal " + i + " of " + signals + " with " + c);
      }
    });
  }

  @Test
  void theDetectorRetainsNoMoreThanTheSignalsOfTheWindowAndLateness() {
    // After every signal, the retained signals are at most the accepted ones no older than
    // latest - lateness - window: memory is bounded by the window, not by all signals seen.
    qt().withExamples(STREAMS).forAll(SETTINGS, SIGNALS).checkAssert((settings, stream) -> {
      Config c = config(settings);
      SurgeDetector detector = c.build();
      Oracle oracle = new Oracle(c);
      for (IncidentSignal s : signals(stream)) {
        detector.observe(s, OpenKeys.none());
        oracle.observe(s, OpenKeys.none());
        assertTrue(detector.retainedSignals() <= oracle.acceptedWithinReach(),
            detector.retainedSignals() + " retained, " + oracle.acceptedWithinReach() + " within reach");
      }
    });
  }

  @Test
  void theSameSignalsInTheSameOrderGiveTheSameProposals() {
    // Determinism: two detectors fed the same stream answer the same at every step.
    qt().withExamples(STREAMS).forAll(SETTINGS, SIGNALS).checkAssert((settings, stream) -> {
      Config c = config(settings);
      SurgeDetector a = c.build();
      SurgeDetector b = c.build();
      for (IncidentSignal s : signals(stream)) {
        assertEquals(describe(a.observe(s, OpenKeys.none())), describe(b.observe(s, OpenKeys.none())));
      }
    });
  }

  private record Config(int threshold, Duration window, Duration lateness, Duration coolDown, boolean byCategory,
      int immediateTier) {
    SurgeDetector build() {
      return SurgeDetector.of(SurgeSettings.custom().threshold(threshold).window(window).lateness(lateness)
          .coolDown(coolDown).key(byCategory ? SignalKey.byCategory() : SignalKey.byService()).catalogue(CATALOGUE)
          .immediateTier(immediateTier).build());
    }

    String keyOf(IncidentSignal s) {
      return (byCategory ? SignalKey.byCategory() : SignalKey.byService()).keyOf(s);
    }
  }

  private static Config config(int[] r) {
    return new Config(2 + r[0] % 5, Duration.ofMinutes(1 + r[1] % 30), Duration.ofMinutes(r[2] % 10),
        Duration.ofMinutes(r[3] % 40), r[4] % 2 == 0, r[4] % 3);
  }

  /** Times mostly move forward by a few minutes; some step back (out of order), a few far back (too late). */
  private static List<IncidentSignal> signals(List<int[]> stream) {
    List<IncidentSignal> out = new ArrayList<>();
    Instant clock = T0;
    int n = 0;
    for (int[] r : stream) {
      long step = r[0] < 150 ? -(r[0] % 12) : r[0] % 4;
      clock = clock.plus(Duration.ofMinutes(step));
      SignalSource source = r[1] < 200 ? SignalSource.EVENT_MONITORING : SignalSource.values()[r[1] % 5];
      String category = r[3] % 4 == 3 ? null : "c" + r[3] % 3;
      out.add(new IncidentSignal(TENANTS.get(r[4] % 2), source, ServiceId.of(SERVICES.get(r[2] % 4)), clock,
          "T" + n++, category, null, null));
    }
    return out;
  }

  private static BusinessService service(String id, int tier) {
    return new BusinessService(ServiceId.of(id), id, tier, BigDecimal.valueOf(1000), ResolverGroup.of(id + "-team"),
        Actor.of(id + "-owner"));
  }

  /** A comparable view of an answer: the refusal code, or the proposals. */
  private static Object describe(Detection d) {
    if (d instanceof Detection.Refused r) {
      return r.code();
    }
    List<List<Object>> proposals = new ArrayList<>();
    for (CandidateProposal p : d.proposals()) {
      proposals.add(List.of(p.tenant(), p.key(), p.source(), p.services(), p.proposedAt(), p.evidence()));
    }
    return proposals;
  }

  /** The rules, computed the slow and obvious way over every accepted signal. */
  private static final class Oracle {
    private final Config c;
    private final List<IncidentSignal> accepted = new ArrayList<>();
    private final Map<List<Object>, Instant> lastProposal = new HashMap<>();
    private Instant latest;

    Oracle(Config c) {
      this.c = c;
    }

    Object observe(IncidentSignal s, OpenKeys open) {
      if (latest != null && s.at().isBefore(latest.minus(c.lateness()))) {
        return dev.mim.core.identify.Detection.SignalRefusal.TOO_LATE;
      }
      if (s.service().value().equals("unlisted")) {
        return dev.mim.core.identify.Detection.SignalRefusal.UNKNOWN_SERVICE;
      }
      accepted.add(s);
      latest = latest == null || s.at().isAfter(latest) ? s.at() : latest;
      List<List<Object>> proposals = new ArrayList<>();
      String immediate = null;
      int tier = CATALOGUE.find(s.service()).orElseThrow().tier();
      if (s.source() == SignalSource.EVENT_MONITORING && tier <= c.immediateTier()
          && allowed(s.tenant(), "service:" + s.service(), s.at(), open)) {
        immediate = "service:" + s.service();
        lastProposal.put(List.of(s.tenant(), immediate), s.at());
        proposals.add(List.of(s.tenant(), immediate, IdentificationSource.EVENT_MONITORING, Set.of(s.service()),
            s.at(), List.of(s.reference())));
      }
      String key = c.keyOf(s);
      if (key != null && !key.equals(immediate)) {
        List<IncidentSignal> same = new ArrayList<>();
        for (IncidentSignal a : accepted) {
          if (key.equals(c.keyOf(a)) && a.tenant().equals(s.tenant())) {
            same.add(a);
          }
        }
        // Stable sort: equal times keep arrival order.
        same.sort(Comparator.comparing(IncidentSignal::at));
        List<IncidentSignal> best = List.of();
        for (IncidentSignal left : same) {
          Instant x = left.at();
          if (x.isBefore(s.at().minus(c.window())) || x.isAfter(s.at())) {
            continue;
          }
          List<IncidentSignal> in = new ArrayList<>();
          for (IncidentSignal b : same) {
            if (!b.at().isBefore(x) && !b.at().isAfter(x.plus(c.window()))) {
              in.add(b);
            }
          }
          if (in.size() > best.size()) {
            best = in;
          }
        }
        if (best.size() >= c.threshold() && allowed(s.tenant(), key, s.at(), open)) {
          lastProposal.put(List.of(s.tenant(), key), s.at());
          TreeSet<ServiceId> services = new TreeSet<>();
          List<String> refs = new ArrayList<>();
          for (IncidentSignal b : best) {
            services.add(b.service());
            refs.add(b.reference());
          }
          proposals.add(List.of(s.tenant(), key, IdentificationSource.SERVICE_DESK_VOLUME, services, s.at(), refs));
        }
      }
      return proposals;
    }

    private boolean allowed(TenantId tenant, String key, Instant at, OpenKeys open) {
      Instant last = lastProposal.get(List.of(tenant, key));
      return (last == null || !at.isBefore(last.plus(c.coolDown()))) && !open.isOpen(tenant, key);
    }

    int acceptedWithinReach() {
      if (latest == null) {
        return 0;
      }
      Instant cutoff = latest.minus(c.lateness()).minus(c.window());
      int n = 0;
      for (IncidentSignal a : accepted) {
        if (!a.at().isBefore(cutoff)) {
          n++;
        }
      }
      return n;
    }
  }
}
