package dev.mim.core.report;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which review action items are overdue across many incidents: a pure query over their states. */
public final class OverdueActionItems {

  private OverdueActionItems() {}

  /**
   * An open action item whose due date has passed.
   *
   * @param tenant the incident's tenant
   * @param incident the incident
   * @param actionId the item's id
   * @param item the item
   * @param daysOverdue how many days after its due date the instant asked about falls (1 the day after)
   */
  public record Overdue(TenantId tenant, IncidentId incident, String actionId, ReviewAction item,
      long daysOverdue) {}

  /**
   * Lists the open action items, of open and closed incidents alike, whose due date (the last day allowed) has
   * passed at {@code at} in {@code zone}, most overdue first, then by tenant, incident and item id.
   *
   * @param incidents the incidents' states
   * @param at the instant asked about
   * @param zone the zone due dates are read in
   * @return the overdue items
   * @throws IllegalArgumentException when a value is null or the states hold null
   */
  public static List<Overdue> at(Iterable<IncidentState> incidents, Instant at, ZoneId zone) {
    Checks.notNull("incidents", incidents);
    Checks.instant("at", at);
    Checks.notNull("zone", zone);
    LocalDate today = LocalDate.ofInstant(at, zone);
    List<Overdue> out = new ArrayList<>();
    for (IncidentState s : incidents) {
      Checks.notNull("incidents' state", s);
      for (Map.Entry<String, ReviewAction> e : s.review().actions().entrySet()) {
        if (e.getValue().isOverdueAt(at, zone)) {
          out.add(new Overdue(s.tenant(), s.id(), e.getKey(), e.getValue(),
              ChronoUnit.DAYS.between(e.getValue().due(), today)));
        }
      }
    }
    out.sort(Comparator.comparingLong(Overdue::daysOverdue).reversed()
        .thenComparing(o -> o.tenant().value()).thenComparing(o -> o.incident().value())
        .thenComparing(Overdue::actionId));
    return out;
  }
}
