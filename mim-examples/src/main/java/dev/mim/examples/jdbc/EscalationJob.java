package dev.mim.examples.jdbc;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A host's escalation job on the JDBC store, as README shows it: at each tick, for every open incident of a
 * tenant, page what is due through the host's pager and record it with {@link EscalationLoop}.
 */
public final class EscalationJob {

  /** The host's pager, chat or phone integration. */
  @FunctionalInterface
  public interface Pager {
    /**
     * @param incident the incident
     * @param escalation whom to page and why
     * @throws Exception when the page was not sent (it is paged again at the next tick)
     */
    void page(IncidentId incident, Escalation escalation) throws Exception;
  }

  private EscalationJob() {}

  // readme:begin
  /** One tick of the job: pages and records what is due now on every open incident of the tenant. */
  public static List<EscalationLoop.Run> tick(JdbcEventStore store, PolicySet policies, TenantId tenant,
      Pager pager, Instant now) throws SQLException {
    CommandHandler<SQLException> handler = store.commandHandler(policies, 5);
    EscalationLoop loop = EscalationLoop.of(policies.escalation(),
        (incident, escalation) -> pager.page(incident.id(), escalation), Actor.of("escalation-job"));
    List<EscalationLoop.Run> runs = new ArrayList<>();
    for (IncidentId id : store.openIncidents(tenant)) {
      Incident incident = store.loadIncident(tenant, id).orElseThrow();
      runs.add(loop.run(incident.state(), now, EscalationLoop.Recorder.storingWith(handler)));
    }
    return runs;
  }
  // readme:end
}
