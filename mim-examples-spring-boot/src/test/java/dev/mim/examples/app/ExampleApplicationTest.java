package dev.mim.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.jackson.MimJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The example application as a host runs it: a Spring Boot 4 project with the starter and its properties, on H2,
 * over HTTP. It declares the Monday-morning incident, is refused a closure, escalates through the scheduled sweep,
 * publishes every event through the outbox, and serves its review, what is due, its health and its metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"mim.due.interval=100ms", "mim.outbox.relay.interval=100ms"})
class ExampleApplicationTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final IncidentId MI = IncidentId.of("MI-0417");
  private static final Actor DESK = Actor.of("desk:priya");
  private static final Actor DANA = Actor.of("mim:dana");

  private final HttpClient http = HttpClient.newHttpClient();

  /** The application's clock in this test: the system's, moved forward when the test says. */
  @TestConfiguration
  static class MovableClock {
    static volatile Duration ahead = Duration.ZERO;

    @Bean
    Clock clock() {
      return new Clock() {
        @Override
        public Instant instant() {
          return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          throw new UnsupportedOperationException();
        }
      };
    }
  }

  @Value("${local.server.port}")
  private int port;

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A command at the current time: the scheduled sweep records escalations at the current time too. */
  private HttpResponse<String> command(Actor actor, Action action) throws Exception {
    IncidentCommand command = IncidentCommand.of(ACME, MI, actor, Instant.now(), action);
    return post("/incidents/acme/MI-0417/commands", MimJson.mapper().writeValueAsString(command));
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(done.getAsBoolean()).as(what).isTrue();
  }

  private boolean bodyContains(String path, String text) {
    try {
      return get(path).body().contains(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void declaresEscalatesPublishesAndServesItsIncidentsHealthAndMetrics() throws Exception {
    HttpResponse<String> identified = command(DESK, new IdentificationAction.Identify(
        IdentificationSource.SERVICE_DESK_VOLUME, Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH,
        "Card payments failing in all stores"));
    assertThat(identified.statusCode()).as(identified.body()).isEqualTo(200);
    HttpResponse<String> validated = command(DANA, new IdentificationAction.RecordValidation(
        EvidenceKind.AFFECTED_USERS_CONFIRMED, "three stores called"));
    assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
    HttpResponse<String> declared = command(DANA, new IdentificationAction.Declare(null));
    assertThat(declared.body()).contains("\"outcome\":\"stored\"", "\"version\":3", "\"type\":\"MajorIncidentDeclared\"");

    HttpResponse<String> closed = command(DANA, new MaintenanceAction.Close(null));
    assertThat(closed.statusCode()).isEqualTo(422);
    assertThat(closed.body()).contains("\"outcome\":\"refused\"", "\"code\":\"");

    HttpResponse<String> other = post("/incidents/acme/MI-9/commands", MimJson.mapper().writeValueAsString(
        IncidentCommand.of(ACME, MI, DESK, Instant.now(), new IdentificationAction.Declare(null))));
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("the command is for acme/MI-0417, not acme/MI-9");

    MovableClock.ahead = Duration.ofHours(2); // nobody acknowledged or mobilised for two hours
    await("escalated by the scheduled sweep", () -> bodyContains("/incidents/acme/MI-0417", "\"EscalationRecorded\""));
    await("every event published through the outbox",
        () -> bodyContains("/incidents/published", "\"acme/MI-0417/4\""));
    assertThat(get("/incidents/published").body()).contains("dev.mim.incident.declared");

    HttpResponse<String> incident = get("/incidents/acme/MI-0417");
    assertThat(incident.body()).contains("\"status\":\"DECLARED\"", "\"priority\":1");
    assertThat(get("/incidents/nobody/MI-1").statusCode()).isEqualTo(404);
    assertThat(get("/incidents/acme/MI-0417/review.md").body()).contains("MI-0417", "Card payments failing");
    assertThat(get("/incidents/due").body()).contains("\"id\":\"MI-0417\"", "STAKEHOLDER_UPDATE");

    HttpResponse<String> health = get("/actuator/health/mim");
    assertThat(health.body()).contains("\"status\":\"UP\"", "outboxPending");
    HttpResponse<String> metrics = get("/actuator/metrics/mim.commands");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("\"outcome\"", "stored", "refused");
  }
}
