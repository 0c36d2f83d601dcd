package dev.mim.spring.boot;

import dev.mim.core.due.DueItem;
import dev.mim.core.incident.IncidentState;
import java.util.List;

/**
 * The application's side of the due-items sweep: told what an incident is owed now (stakeholder updates, regulatory
 * reports, review action items), to send it, remind someone or open a task. Define one bean of this type.
 *
 * <p>Delivery is at least once: an item is due, and delivered at every sweep, until the incident records what
 * settles it (a {@code RecordStakeholderUpdate} for an update, for example), since what is due is derived from the
 * incident's events. Escalations are paged and recorded by the sweep itself through the application's
 * {@link dev.mim.policies.escalation.EscalationLoop.Notifier EscalationLoop.Notifier} bean; without one, they are
 * delivered here too.
 */
@FunctionalInterface
public interface DueDelivery {

  /**
   * @param incident the incident, as stored
   * @param items what it is owed now (fallen due at the sweep's instant), earliest first; never empty
   * @throws Exception when delivery failed: the sweep logs it and goes on with the next incident, and the items are
   *     delivered again at the next sweep
   */
  void deliver(IncidentState incident, List<DueItem> items) throws Exception;
}
