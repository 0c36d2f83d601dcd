package dev.mim.spring.boot;

import dev.mim.core.due.DueItem;
import dev.mim.core.due.DueItems;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.store.jdbc.DueIncident;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep of what falls due: for each incident the store's due index has due, page and record its escalations
 * ({@link EscalationLoop}) and deliver the rest of what it is owed ({@link DueDelivery}). The starter runs it on a
 * schedule when {@code mim.due.enabled} is true; a bean, so an application or a test may run it itself.
 *
 * <p>A failure on one incident (a page, a delivery, a policy) is logged as a WARN and counted; the sweep goes on with
 * the next incident, and what failed is due again at the next sweep.
 */
public final class DueSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DueSweep.class);

  private final JdbcEventStore store;
  private final TenantPolicies policies;
  private final EscalationLoop.@Nullable Notifier notifier;
  private final @Nullable DueDelivery delivery;
  private final Actor actor;
  private final EscalationLoop.Recorder recorder;

  DueSweep(JdbcEventStore store, TenantPolicies policies, CommandHandler<SQLException> handler,
      EscalationLoop.@Nullable Notifier notifier, @Nullable DueDelivery delivery, Actor actor) {
    this.store = store;
    this.policies = policies;
    this.notifier = notifier;
    this.delivery = delivery;
    this.actor = actor;
    this.recorder = EscalationLoop.Recorder.storingWith(handler);
  }

  /**
   * What one sweep did.
   *
   * @param incidents the incidents it found due
   * @param escalations the escalations it paged and recorded
   * @param delivered the items it delivered
   * @param failures the incidents on which a page, a delivery or a record failed
   */
  public record Sweep(int incidents, int escalations, int delivered, int failures) {}

  /**
   * Sweeps the incidents due by {@code now}, earliest first.
   *
   * @param now the instant of the sweep: escalations are recorded at it
   * @param maxIncidents how many incidents at most
   * @return what it did
   * @throws SQLException when the due index cannot be read
   */
  public Sweep run(Instant now, int maxIncidents) throws SQLException {
    List<DueIncident> due = store.due().before(now, maxIncidents);
    int escalations = 0;
    int delivered = 0;
    int failures = 0;
    for (DueIncident d : due) {
      try {
        Optional<Incident> incident = store.loadIncident(d.tenant(), d.incident());
        if (incident.isEmpty()) {
          continue;
        }
        PolicySet p = policies.policiesFor(d.tenant());
        IncidentState state = incident.get().state();
        if (notifier != null) {
          EscalationLoop.Run run = EscalationLoop.of(p.escalation(), notifier, actor).run(state, now, recorder);
          escalations += run.recorded().size();
          state = run.incident();
          if (!run.notSent().isEmpty() || !run.refused().isEmpty()) {
            failures++;
            LOG.warn("incident {}/{}: {} escalations not paged, {} refused", d.tenant(), d.incident(),
                run.notSent().size(), run.refused().size());
          }
        }
        List<DueItem> items = DueItems.at(state, now, p).stream()
            .filter(i -> i.isDueAt(now) && (notifier == null || i.kind() != DueItem.Kind.ESCALATION)).toList();
        if (delivery != null && !items.isEmpty()) {
          delivery.deliver(state, items);
          delivered += items.size();
        }
      } catch (Exception e) {
        failures++;
        LOG.warn("incident {}/{}: the due-items sweep failed; it is due again at the next sweep", d.tenant(),
            d.incident(), e);
      }
    }
    return new Sweep(due.size(), escalations, delivered, failures);
  }

  @Override
  public String toString() {
    return "DueSweep[" + store + ", notifier " + notifier + ", delivery " + delivery + "]";
  }
}
