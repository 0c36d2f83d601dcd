package dev.mim.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class MimJsonTest {

  private final JsonMapper mapper = MimJson.mapper();

  private static final String COMMAND = "{\"tenant\":\"acme\",\"incidentId\":\"MI-1\",\"actor\":\"amy\","
      + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"action\":{\"type\":\"RecordStakeholderUpdate\",\"update\":"
      + "{\"audience\":{\"name\":\"executives\",\"external\":false},\"summary\":\"on it\","
      + "\"workaroundAvailable\":false}}}";

  @Test
  void commandsAndEventsGoThereAndBack() {
    IncidentCommand command = mapper.readValue(COMMAND, IncidentCommand.class);
    assertEquals(command, mapper.readValue(mapper.writeValueAsString(command), IncidentCommand.class));
    IncidentCommand identify = IncidentCommand.of(IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:00:00Z"), new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing"));
    Decision d = IncidentDecider.decide(IncidentDecider.initialState(), identify, PolicySet.ofDefaults());
    assertEquals(1, d.events().size(), d.toString());
    IncidentEvent e = d.events().get(0);
    assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), IncidentEvent.class));
  }

  @Test
  void coercionsNoAnnotationCanRefuseAreRefused() {
    for (String[] bad : new String[][] {
        {"\"external\":false", "\"external\":0"},          // a number where a flag belongs
        {"\"summary\":\"on it\"", "\"summary\":42"},       // a number where a text belongs
        {"\"workaroundAvailable\":false", "\"workaroundAvailable\":\"false\""}}) { // a text where a flag belongs
      String json = COMMAND.replace(bad[0], bad[1]);
      assertTrue(json.contains(bad[1]), json);
      assertThrows(JacksonException.class, () -> mapper.readValue(json, IncidentCommand.class), json);
    }
    IncidentCommand lenient = JsonMapper.builder().build().readValue(
        COMMAND.replace("\"summary\":\"on it\"", "\"summary\":0"), IncidentCommand.class);
    assertEquals("0", ((CommunicationAction.RecordStakeholderUpdate) lenient.action()).update().summary(),
        "a mapper without these settings takes a number for a text: what they are for");
  }

  @Test
  void theBuilderKeepsTheSettingsAndTakesTheHostsOwn() {
    JsonMapper own = MimJson.builder().build();
    assertThrows(JacksonException.class,
        () -> own.readValue(COMMAND.replace("\"summary\":\"on it\"", "\"summary\":42"), IncidentCommand.class));
  }

  @Test
  void aDocumentGivingAPropertyTwiceIsRefused() {
    // An edited event that repeats its sequence (or any field) must not be read last-wins.
    IncidentCommand identify = IncidentCommand.of(IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:00:00Z"), new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "Payments failing"));
    IncidentEvent e = IncidentDecider.decide(IncidentDecider.initialState(), identify, PolicySet.ofDefaults())
        .events().get(0);
    String twice = mapper.writeValueAsString(e).replace("\"sequence\":1,", "\"sequence\":1,\"sequence\":7,");
    assertTrue(twice.contains("\"sequence\":7"), twice);
    JacksonException refused = assertThrows(JacksonException.class, () -> mapper.readValue(twice, IncidentEvent.class));
    assertTrue(refused.getMessage().contains("Duplicate Object property \"sequence\""), refused.getMessage());
    assertEquals(7, JsonMapper.builder().build().readValue(twice, IncidentEvent.class).sequence(),
        "a mapper without the setting reads the last value: what it is for");
  }
}
