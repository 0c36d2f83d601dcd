package dev.mim.examples.app;

import dev.mim.core.due.DueItems;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.report.IncidentReport;
import dev.mim.core.report.ReviewMarkdown;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.store.jdbc.DueIncident;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API: commands in, incidents, review documents and what is due out. Every command goes through the
 * starter's command handler; what it refuses is answered 422 with the refusal's stable codes.
 */
@RestController
@RequestMapping("/incidents")
public class IncidentController {

  private final CommandHandler<SQLException> handler;
  private final JdbcEventStore store;
  private final TenantPolicies policies;
  private final Integrations.Published published;
  private final Clock clock;

  /**
   * @param handler the starter's command handler
   * @param store the starter's store
   * @param policies each tenant's policies
   * @param published what the outbox relay published
   * @param clock the application's clock, if it has one (the one mim's sweep uses); else the system's in UTC
   */
  public IncidentController(CommandHandler<SQLException> handler, JdbcEventStore store, TenantPolicies policies,
      Integrations.Published published, ObjectProvider<Clock> clock) {
    this.clock = clock.getIfUnique(Clock::systemUTC);
    this.handler = handler;
    this.store = store;
    this.policies = policies;
    this.published = published;
  }

  /**
   * Decides a command and stores its events.
   *
   * @return 200 with the events stored and the incident's version; 422 with the refusal's violations; 409 when other
   *     writers kept appending first; 400 when the command names another incident than the path
   */
  @PostMapping("/{tenant}/{id}/commands")
  public ResponseEntity<Map<String, Object>> handle(@PathVariable String tenant, @PathVariable String id,
      @RequestBody IncidentCommand command) throws SQLException {
    if (!command.tenant().equals(TenantId.of(tenant)) || !command.incidentId().equals(IncidentId.of(id))) {
      return ResponseEntity.badRequest().body(Map.of("error", "the command is for " + command.tenant() + "/"
          + command.incidentId() + ", not " + tenant + "/" + id));
    }
    Handled handled = handler.handle(command);
    Map<String, Object> body = new LinkedHashMap<>();
    if (handled instanceof Handled.Stored stored) {
      body.put("outcome", "stored");
      body.put("version", stored.decision().state().version());
      body.put("events", stored.decision().events());
      return ResponseEntity.ok(body);
    }
    if (handled instanceof Handled.Refused refused) {
      body.put("outcome", "refused");
      List<Map<String, Object>> violations = new ArrayList<>();
      for (Violation v : refused.decision().violations()) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("code", v.code().code());
        violation.put("field", v.field());
        violation.put("message", v.message());
        violations.add(violation);
      }
      body.put("violations", violations);
      return ResponseEntity.unprocessableContent().body(body);
    }
    body.put("outcome", "not-stored");
    body.put("attempts", handled.attempts());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  /** @return the incident's state in brief and its events; 404 when there is no such incident */
  @GetMapping("/{tenant}/{id}")
  public ResponseEntity<Map<String, Object>> incident(@PathVariable String tenant, @PathVariable String id)
      throws SQLException {
    List<IncidentEvent> events = store.load(TenantId.of(tenant), IncidentId.of(id));
    if (events.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    IncidentState state = store.incident(TenantId.of(tenant), IncidentId.of(id)).state();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tenant", tenant);
    body.put("id", id);
    body.put("status", state.status());
    body.put("priority", state.classification() == null ? null : state.classification().priority());
    body.put("version", state.version());
    body.put("events", events);
    return ResponseEntity.ok(body);
  }

  /** @return the incident's review document in Markdown, as of now; 404 when there is no such incident */
  @GetMapping(value = "/{tenant}/{id}/review.md", produces = "text/markdown")
  public ResponseEntity<String> review(@PathVariable String tenant, @PathVariable String id) throws SQLException {
    TenantId t = TenantId.of(tenant);
    List<IncidentEvent> events = store.load(t, IncidentId.of(id));
    if (events.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(ReviewMarkdown.render(IncidentReport.of(events, clock.instant(),
        policies.policiesFor(t))));
  }

  /** @return the incidents with something due now, each with what has fallen due (up to 100 incidents) */
  @GetMapping("/due")
  public List<Map<String, Object>> due() throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DueIncident d : store.due().before(clock.instant(), 100)) {
      IncidentState state = store.incident(d.tenant(), d.incident()).state();
      Map<String, Object> incident = new LinkedHashMap<>();
      incident.put("tenant", d.tenant().value());
      incident.put("id", d.incident().value());
      Instant now = clock.instant();
      incident.put("items", DueItems.at(state, now, policies.policiesFor(d.tenant())).stream()
          .filter(item -> item.isDueAt(now)).toList());
      out.add(incident);
    }
    return out;
  }

  /** @return what the outbox relay published: each message's CloudEvents id and type, in order */
  @GetMapping("/published")
  public List<Map<String, String>> published() {
    return published.messages().stream().map(m -> Map.of("id", m.id(), "type", m.type())).toList();
  }

  /**
   * @param e what a value of the request was refused with (a tenant or incident id out of bounds, for example)
   * @return 400 with the message, which names the field and the value
   */
  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }
}
