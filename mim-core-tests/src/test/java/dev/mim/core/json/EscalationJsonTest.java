package dev.mim.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.HandoverReason;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Escalation targets and briefings: their JSON, their names, their order. */
class EscalationJsonTest {

  private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

  private static IncidentEvent event(Fact fact) {
    return IncidentEvent.of(IncidentId.of("MI-1"), 5, T, Actor.of("pager"), fact);
  }

  @Test
  void everyKindOfTargetRoundTripsAndSaysWhatItIs() {
    List<EscalationTarget> targets = List.of(EscalationTarget.person(Actor.of("amy")),
        EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER), EscalationTarget.group(ResolverGroup.of("network")),
        EscalationTarget.onCall("managers"));
    IncidentEvent e = event(new EscalationFact.EscalationRecorded(EscalationCondition.NOT_ACKNOWLEDGED, 2, targets, "late"));
    assertEquals(e, Json.roundTrip(e));
    assertEquals("[amy, role major-incident-manager, group network, on call in managers]", targets.toString());
    assertTrue(Json.write3(e).contains("{\"type\":\"OnCall\",\"schedule\":\"managers\"}"), Json.write3(e));
  }

  @Test
  void aTargetOrABriefingWithAnUnknownPropertyIsRefusedNamingIt() {
    String target = "{\"schemaVersion\":2,\"tenant\":\"default\",\"incidentId\":\"MI-1\",\"sequence\":5,"
        + "\"occurredAt\":\"2026-11-23T09:00:00Z\",\"actor\":\"pager\",\"fact\":{\"type\":\"EscalationRecorded\","
        + "\"condition\":\"NOT_ACKNOWLEDGED\",\"level\":1,\"targets\":[{\"type\":\"OnCall\",\"schedule\":\"m\","
        + "\"layer\":\"x\"}],\"reason\":\"late\"}}";
    assertTrue(rootMessage(assertThrows(RuntimeException.class, () -> Json.read3(target, IncidentEvent.class)))
        .contains("layer"));
    String briefing = handOverJson("{\"currentStatus\":\"ok\",\"mood\":\"calm\"}");
    assertTrue(rootMessage(assertThrows(RuntimeException.class, () -> Json.read3(briefing, IncidentEvent.class)))
        .contains("mood"));
    String audience = handOverJson("{\"currentStatus\":\"ok\",\"audiences\":[{\"audience\":{\"name\":\"executives\","
        + "\"external\":false},\"lastTold\":\"on it\",\"tone\":\"calm\"}]}");
    assertTrue(rootMessage(assertThrows(RuntimeException.class, () -> Json.read3(audience, IncidentEvent.class)))
        .contains("tone"));
  }

  @Test
  void aBriefingReadsWithItsListsLeftOutAndRoundTripsWhole() {
    IncidentEvent bare = Json.read3(handOverJson("{\"currentStatus\":\"fail-over running\"}"), IncidentEvent.class);
    Briefing read = ((ContainmentFact.ManagerHandedOver) bare.fact()).briefing();
    assertEquals(Briefing.of("fail-over running"), read);
    assertEquals(List.of(), read.openHypotheses());
    Briefing whole = Briefing.builder().currentStatus("fail-over running").addOpenHypotheses("firmware")
        .addRuledOutHypotheses("network").addAudiences(new Briefing.AudienceBrief(Audience.EXECUTIVES, "on it",
            T.plusSeconds(1800))).build();
    IncidentEvent e = event(new ContainmentFact.ManagerHandedOver(Actor.of("amy"), Actor.of("omar"), HandoverReason.RELIEF,
        whole));
    assertEquals(e, Json.roundTrip(e));
    assertEquals(List.of("firmware"), whole.openHypotheses());
    assertEquals(List.of("network"), whole.ruledOutHypotheses());
    assertEquals("ruledOutHypotheses[1] must not be blank, was ' '", assertThrows(IllegalArgumentException.class,
        () -> Briefing.builder().currentStatus("x").addRuledOutHypotheses("network", " ").build()).getMessage());
  }

  @Test
  void rolesAndTenantsSortByName() {
    assertEquals(List.of(Role.of("a-role"), Role.of("b-role")),
        List.copyOf(new TreeSet<>(List.of(Role.of("b-role"), Role.of("a-role")))));
    assertEquals(List.of(TenantId.of("acme"), TenantId.DEFAULT, TenantId.of("globex")),
        List.copyOf(new TreeSet<>(List.of(TenantId.of("globex"), TenantId.DEFAULT, TenantId.of("acme")))));
  }

  private static String handOverJson(String briefing) {
    return "{\"schemaVersion\":2,\"tenant\":\"default\",\"incidentId\":\"MI-1\",\"sequence\":5,"
        + "\"occurredAt\":\"2026-11-23T09:00:00Z\",\"actor\":\"amy\",\"fact\":{\"type\":\"ManagerHandedOver\","
        + "\"previousManager\":\"amy\",\"newManager\":\"omar\",\"reason\":\"RELIEF\",\"briefing\":" + briefing + "}}";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
