package dev.mim.benchmarks;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic stream of signals for the surge detector, the same for every run: 2,000 services whose ticket
 * volumes are skewed (a few services get most tickets), 40 categories as skewed, a signal every 100 ms on average,
 * 2 % arriving up to four minutes late, and every 10,000 signals a surge of 30 tickets on one service and category
 * within five minutes. Mostly tickets, now and then a monitoring alert.
 */
final class SignalStream {

  static final int SERVICES = 2_000;
  static final int CATEGORIES = 40;

  private SignalStream() {}

  static List<IncidentSignal> of(int size) {
    SplittableRandom random = new SplittableRandom(20261128);
    List<ServiceId> services = new ArrayList<>(SERVICES);
    for (int i = 0; i < SERVICES; i++) {
      services.add(ServiceId.of("svc-" + i));
    }
    List<IncidentSignal> stream = new ArrayList<>(size);
    Instant now = MimWorkflow.T0;
    int surgeLeft = 0;
    int surgeService = 0;
    for (int i = 0; i < size; i++) {
      now = now.plusMillis(1 + random.nextInt(200));
      int service;
      int category;
      if (i % 10_000 == 5_000) {
        surgeLeft = 30;
        surgeService = random.nextInt(SERVICES);
      }
      if (surgeLeft > 0 && random.nextInt(10) == 0) {
        surgeLeft--;
        service = surgeService;
        category = surgeService % CATEGORIES;
      } else {
        service = skewed(random, SERVICES);
        category = skewed(random, CATEGORIES);
      }
      Instant at = random.nextInt(50) == 0 ? now.minusSeconds(random.nextInt(240)) : now;
      SignalSource source = random.nextInt(100) == 0 ? SignalSource.EVENT_MONITORING : SignalSource.SERVICE_DESK_TICKET;
      stream.add(new IncidentSignal(TenantId.DEFAULT, source, services.get(service), at, "INC" + i,
          "cat-" + category, null, null));
    }
    return List.copyOf(stream);
  }

  /** An index in {@code [0, n)}, small ones far more likely: the square of a uniform draw. */
  private static int skewed(SplittableRandom random, int n) {
    double u = random.nextDouble();
    return (int) (u * u * u * n);
  }
}
