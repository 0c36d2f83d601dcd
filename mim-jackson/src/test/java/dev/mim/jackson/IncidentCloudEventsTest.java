package dev.mim.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Incident events as CloudEvents, read by the official CloudEvents SDK and by mim. */
class IncidentCloudEventsTest {

  private static final IncidentCloudEvents CLOUD = IncidentCloudEvents.from(URI.create("https://desk.example.com/mim"));
  private static final EventFormat SDK = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

  /** One event of every kind of fact, from generated incidents (fixed seed). */
  static Map<FactKind, IncidentEvent> oneOfEachKind() {
    Map<FactKind, IncidentEvent> byKind = new EnumMap<>(FactKind.class);
    Generator<Incident> incidents = Generators.incidents(PolicySet.custom()
        .escalation(EscalationPresets.tiered()).build(), 60);
    SplittableRandom random = new SplittableRandom(20261204L);
    for (int i = 0; i < 5_000 && byKind.size() < FactKind.values().length; i++) {
      for (IncidentEvent e : incidents.next(random).events()) {
        byKind.putIfAbsent(e.fact().kind(), e);
      }
    }
    assertEquals(List.of(FactKind.values()), new ArrayList<>(byKind.keySet()), "every kind of fact is generated");
    return byKind;
  }

  @Test
  void theSdkReadsEveryKindOfEventAsAValidCloudEventWithMimsAttributesAndTheEventAsData() {
    for (IncidentEvent event : oneOfEachKind().values()) {
      String json = CLOUD.write(event);
      CloudEvent read = SDK.deserialize(json.getBytes(StandardCharsets.UTF_8));
      assertEquals("1.0", read.getSpecVersion().toString());
      assertEquals(IncidentCloudEvents.id(event), read.getId());
      assertEquals(URI.create("https://desk.example.com/mim"), read.getSource());
      assertEquals(IncidentCloudEvents.type(event.fact().kind()), read.getType());
      assertEquals(event.incidentId().value(), read.getSubject());
      assertEquals(event.occurredAt(), read.getTime().toInstant());
      assertEquals("application/json", read.getDataContentType());
      assertEquals(URI.create("urn:mim:schema:incident-event:" + event.schemaVersion()), read.getDataSchema());
      assertEquals(event.tenant().value(), read.getExtension("tenant"));
      IncidentEvent data = MimJson.mapper().readValue(read.getData().toBytes(), IncidentEvent.class);
      assertEquals(event, data, json);
      // and what the SDK writes, mim reads back
      assertEquals(event, CLOUD.read(new String(SDK.serialize(read), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void typesAreTheFactKindsInLowerCaseWithoutTheirIncidentPrefix() {
    assertEquals("dev.mim.incident.declared", IncidentCloudEvents.type(FactKind.MAJOR_INCIDENT_DECLARED));
    assertEquals("dev.mim.incident.downgraded", IncidentCloudEvents.type(FactKind.INCIDENT_DOWNGRADED));
    assertEquals("dev.mim.incident.service-restored", IncidentCloudEvents.type(FactKind.SERVICE_RESTORED));
    assertEquals("dev.mim.incident.candidate-identified", IncidentCloudEvents.type(FactKind.CANDIDATE_IDENTIFIED));
    assertEquals(FactKind.values().length, java.util.Arrays.stream(FactKind.values())
        .map(IncidentCloudEvents::type).distinct().count(), "no two kinds share a type");
  }

  @Test
  void anIdNamesTheTenantTheIncidentAndTheSequenceUnambiguously() {
    IncidentEvent event = oneOfEachKind().get(FactKind.CANDIDATE_IDENTIFIED);
    assertEquals(event.tenant().value() + "/" + event.incidentId().value() + "/1", IncidentCloudEvents.id(event));
    IncidentEvent slashed = new IncidentEvent(event.schemaVersion(), dev.mim.core.incident.TenantId.of("a/b%"),
        dev.mim.core.incident.IncidentId.of("c"), 1, event.occurredAt(), event.actor(), event.fact(),
        event.policies());
    assertEquals("a%2Fb%25/c/1", IncidentCloudEvents.id(slashed));
  }

  @Test
  void readingRefusesACloudEventWhoseAttributesAreNotTheOnesMimWritesForItsData() {
    IncidentEvent event = oneOfEachKind().get(FactKind.MAJOR_INCIDENT_DECLARED);
    String json = CLOUD.write(event);
    assertEquals(event, IncidentCloudEvents.from(URI.create("/elsewhere")).read(json), "any source");
    Map<String, String> edits = Map.of(
        "\"type\":\"dev.mim.incident.declared\"", "\"type\":\"dev.mim.incident.closed\"",
        "\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"",
        "\"subject\":\"" + event.incidentId().value() + "\"", "\"subject\":\"MI-9\"",
        "\"source\":\"https://desk.example.com/mim\"", "\"source\":\"\"",
        "\"tenant\":\"" + event.tenant().value() + "\",\"data\"", "\"tenant\":\"other\",\"data\"",
        "\"datacontenttype\":\"application/json\"", "\"datacontenttype\":\"application/json\",\"extra\":\"1\"");
    for (Map.Entry<String, String> edit : edits.entrySet()) {
      assertTrue(json.contains(edit.getKey()), edit.getKey() + " in " + json);
      String edited = json.replace(edit.getKey(), edit.getValue());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLOUD.read(edited), edited);
      String attribute = edit.getKey().substring(1, edit.getKey().indexOf('"', 1));
      assertTrue(e.getMessage().startsWith("attribute " + (attribute.equals("datacontenttype") ? "extra"
          : attribute)), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> CLOUD.read("[]"));
    assertThrows(IllegalArgumentException.class, () -> CLOUD.read(json.replace("\"sequence\":", "\"sequence\":-")));
    assertThrows(IllegalArgumentException.class, () -> IncidentCloudEvents.from(URI.create("")));
  }
}
