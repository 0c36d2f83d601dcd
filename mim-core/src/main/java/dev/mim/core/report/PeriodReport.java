package dev.mim.core.report;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.internal.Checks;
import dev.mim.core.metrics.DurationSummary;
import dev.mim.core.metrics.Metric;
import dev.mim.core.service.ServiceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of the incidents identified in a period, in all and grouped by priority, by affected service, by
 * tenant and by month. Incidents that triage declined or marked duplicates
 * ({@link IncidentStatus#isKeptOutOfAggregates()}) count in no figure and are listed in {@link #keptOut()} instead.
 * An incident that affected several services counts in each of their groups, with its service's share of the
 * outage's cost and the whole of its responders' effort. Serialises to JSON as {@link IncidentReport} does.
 *
 * @param from the period's start (included)
 * @param until the period's end (excluded)
 * @param zone the zone months are read in
 * @param all the figures of every incident in the period
 * @param byPriority per priority ("P1", ...)
 * @param byService per affected service
 * @param byTenant per tenant
 * @param byMonth per month of identification ("2026-11")
 * @param keptOut the incidents of the period kept out of every figure, by outcome ({@code DECLINED},
 *     {@code DUPLICATE}), in the order given
 */
public record PeriodReport(Instant from, Instant until, ZoneId zone, Figures all, Map<String, Figures> byPriority,
    Map<String, Figures> byService, Map<String, Figures> byTenant, Map<String, Figures> byMonth,
    Map<IncidentStatus, List<IncidentId>> keptOut) {

  /**
   * Nothing, in cents as every amount of a report: an empty group's cost reads back from JSON as the decimal it was
   * written as (a bare {@code 0} would be an integer, which a strict reader does not coerce).
   */
  private static final BigDecimal NO_COST = new BigDecimal("0.00");

  /** @throws IllegalArgumentException when a value is null */
  public PeriodReport {
    Checks.notNull("from", from);
    Checks.notNull("until", until);
    Checks.notNull("zone", zone);
    Checks.notNull("all", all);
    byPriority = sorted("byPriority", byPriority);
    byService = sorted("byService", byService);
    byTenant = sorted("byTenant", byTenant);
    byMonth = sorted("byMonth", byMonth);
    Checks.notNull("keptOut", keptOut);
    Map<IncidentStatus, List<IncidentId>> out = new EnumMap<>(IncidentStatus.class);
    keptOut.forEach((status, ids) -> {
      if (!Checks.notNull("keptOut status", status).isKeptOutOfAggregates()) {
        throw new IllegalArgumentException("keptOut must hold only DECLINED and DUPLICATE, held " + status);
      }
      out.put(status, List.copyOf(Checks.noNulls("keptOut " + status, ids)));
    });
    keptOut = Collections.unmodifiableMap(out);
  }

  /**
   * @param incidents reports of incidents, of any period
   * @param from the period's start (included)
   * @param until the period's end (excluded); after {@code from}
   * @param zone the zone months are read in
   * @return the figures of those identified in the period
   * @throws IllegalArgumentException when a value is null or the period is empty
   */
  public static PeriodReport of(Collection<IncidentReport> incidents, Instant from, Instant until, ZoneId zone) {
    Checks.noNulls("incidents", incidents);
    Checks.instant("from", from);
    Checks.instant("until", until);
    Checks.notNull("zone", zone);
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("until must be after from (" + from + "), was " + until);
    }
    List<IncidentReport> in = new ArrayList<>();
    Map<IncidentStatus, List<IncidentId>> keptOut = new EnumMap<>(IncidentStatus.class);
    for (IncidentReport r : incidents) {
      Instant identified = r.metrics().identifiedAt();
      if (identified.isBefore(from) || !identified.isBefore(until)) {
        continue;
      }
      IncidentStatus status = r.metrics().status();
      if (status.isKeptOutOfAggregates()) {
        keptOut.computeIfAbsent(status, k -> new ArrayList<>()).add(r.metrics().incident());
      } else {
        in.add(r);
      }
    }
    Map<String, List<IncidentReport>> byPriority = new TreeMap<>();
    Map<String, List<IncidentReport>> byService = new TreeMap<>();
    Map<String, List<IncidentReport>> byTenant = new TreeMap<>();
    Map<String, List<IncidentReport>> byMonth = new TreeMap<>();
    for (IncidentReport r : in) {
      add(byPriority, r.metrics().priority().toString(), r);
      for (ServiceId s : r.metrics().services()) {
        add(byService, s.value(), r);
      }
      add(byTenant, r.metrics().tenant().value(), r);
      add(byMonth, YearMonth.from(r.metrics().identifiedAt().atZone(zone)).toString(), r);
    }
    return new PeriodReport(from, until, zone, figures(in, r -> r.cost().total()), group(byPriority),
        groupByService(byService), group(byTenant), group(byMonth), keptOut);
  }

  private static void add(Map<String, List<IncidentReport>> groups, String key, IncidentReport r) {
    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
  }

  private static Map<String, Figures> group(Map<String, List<IncidentReport>> groups) {
    Map<String, Figures> out = new TreeMap<>();
    groups.forEach((k, rs) -> out.put(k, figures(rs, r -> r.cost().total())));
    return out;
  }

  private static Map<String, Figures> groupByService(Map<String, List<IncidentReport>> groups) {
    Map<String, Figures> out = new TreeMap<>();
    groups.forEach((k, rs) -> out.put(k, figures(rs,
        r -> r.cost().byService().getOrDefault(ServiceId.of(k), NO_COST))));
    return out;
  }

  /** The figures of a group: summaries per metric, counts and cost. */
  static Figures figures(List<IncidentReport> group, Function<IncidentReport, BigDecimal> cost) {
    Map<Metric, DurationSummary> times = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      List<Duration> values = new ArrayList<>();
      for (IncidentReport r : group) {
        Duration d = m.of(r.metrics());
        if (d != null) {
          values.add(d);
        }
      }
      times.put(m, DurationSummary.of(values));
    }
    int reopens = 0;
    int escalations = 0;
    int unpriced = 0;
    BigDecimal total = NO_COST;
    Duration effort = Duration.ZERO;
    BigDecimal responseCost = NO_COST;
    for (IncidentReport r : group) {
      reopens += r.metrics().reopenCount();
      escalations += r.metrics().escalationsFired();
      unpriced += r.cost().complete() ? 0 : 1;
      total = total.add(cost.apply(r));
      effort = effort.plus(r.responseCost().effort());
      responseCost = responseCost.add(r.responseCost().total());
    }
    return new Figures(group.size(), times, reopens, escalations, total, unpriced, effort, responseCost);
  }

  private static Map<String, Figures> sorted(String field, Map<String, Figures> groups) {
    Checks.notNull(field, groups);
    return Collections.unmodifiableMap(new TreeMap<>(groups));
  }
}
