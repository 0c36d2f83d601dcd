package dev.mim.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.jackson.MimJson;
import dev.mim.jackson.MimModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** mim's commands and events on a host's own Jackson 2 mapper: the same JSON as on Jackson 3, read as strictly. */
class MimJackson2ModuleTest {

  /** A host's own value holding one of mim's. */
  record Posted(int count, IncidentEvent event) {}

  /** A Spring Boot 3 host's mapper, with settings of its own that mim's types must not follow. */
  static final ObjectMapper HOST = new ObjectMapper().registerModule(new MimJackson2Module())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  static final JsonMapper JACKSON3 = JsonMapper.builder().addModule(new MimModule()).build();

  static List<IncidentEvent> lifecycle() {
    return new IncidentDriver().until(IncidentStatus.CLOSED).events;
  }

  @Test
  void everyEventAndCommandIsWrittenTheSameFromJackson2AsFromJackson3AndReadBack() throws Exception {
    List<IncidentEvent> events = lifecycle();
    for (IncidentEvent e : events) {
      String written = HOST.writeValueAsString(e);
      assertEquals(JACKSON3.writeValueAsString(e), written);
      assertEquals(MimJson.mapper().writeValueAsString(e), written);
      assertEquals(e, HOST.readValue(written, IncidentEvent.class));
    }
    IncidentCommand command = new IncidentDriver().command(IncidentDriver.identify(IdentificationSource.OTHER));
    assertEquals(JACKSON3.writeValueAsString(command), HOST.writeValueAsString(command));
    assertEquals(command, HOST.readValue(HOST.writeValueAsString(command), IncidentCommand.class));
    Posted posted = new Posted(1, events.get(0));
    assertEquals(posted, HOST.readValue(HOST.writeValueAsString(posted), Posted.class));
  }

  @Test
  void mimsTypesAreReadStrictlyWhileTheHostsOwnKeepTheHostsSettings() throws Exception {
    String event = MimJson.mapper().writeValueAsString(lifecycle().get(0));
    String twice = event.replaceFirst("\\{", "{\"sequence\":1,");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> HOST.readValue(twice, IncidentEvent.class));
    assertTrue(e.getOriginalMessage().startsWith("not a IncidentEvent mim reads: "), e.getOriginalMessage());
    String textForNumber = event.replace("\"sequence\":1", "\"sequence\":\"1\"");
    assertThrows(JsonMappingException.class, () -> HOST.readValue(textForNumber, IncidentEvent.class));
    assertThrows(JsonMappingException.class,
        () -> HOST.readValue("{\"count\":1,\"event\":" + twice + "}", Posted.class));
    assertEquals(7, HOST.readValue("{\"count\":\"7\",\"event\":" + event + "}", Posted.class).count(),
        "the host's own type keeps the host's lenient default");
  }
}
