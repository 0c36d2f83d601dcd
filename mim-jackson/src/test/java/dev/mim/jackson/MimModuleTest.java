package dev.mim.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** mim's commands and events on a host's own Jackson 3 mapper, through MimModule. */
class MimModuleTest {

  /** A host's own value holding one of mim's. */
  record Posted(int count, IncidentEvent event) {}

  /** A host's mapper with settings of its own, which mim's types must not follow. */
  static final JsonMapper HOST = JsonMapper.builder().addModule(new MimModule())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  static List<IncidentEvent> lifecycle() {
    return new IncidentDriver().until(IncidentStatus.CLOSED).events;
  }

  @Test
  void commandsAndEventsAreWrittenAsMimWritesThemWhateverTheHostsMapperIsSetTo() {
    for (IncidentEvent e : lifecycle()) {
      String written = HOST.writeValueAsString(e);
      assertEquals(MimJson.mapper().writeValueAsString(e), written);
      assertEquals(e, HOST.readValue(written, IncidentEvent.class));
    }
    IncidentDriver d = new IncidentDriver();
    IncidentCommand command = d.command(IncidentDriver.identify(dev.mim.core.incident.IdentificationSource.OTHER));
    assertEquals(MimJson.mapper().writeValueAsString(command), HOST.writeValueAsString(command));
    IncidentEvent first = lifecycle().get(0);
    Posted posted = new Posted(1, first);
    String json = HOST.writeValueAsString(posted);
    assertEquals("{\"count\":1,\"event\":" + MimJson.mapper().writeValueAsString(first) + "}", json);
    assertEquals(posted, HOST.readValue(json, Posted.class));
  }

  @Test
  void mimsTypesAreReadStrictlyWhileTheHostsOwnKeepTheHostsSettings() {
    IncidentEvent first = lifecycle().get(0);
    String event = MimJson.mapper().writeValueAsString(first);
    String twice = event.replaceFirst("\\{", "{\"sequence\":1,");
    assertThrows(JacksonException.class, () -> HOST.readValue(twice, IncidentEvent.class), "a property twice");
    String textForNumber = event.replace("\"sequence\":1", "\"sequence\":\"1\"");
    assertThrows(JacksonException.class, () -> HOST.readValue(textForNumber, IncidentEvent.class));
    assertThrows(JacksonException.class,
        () -> HOST.readValue("{\"count\":1,\"event\":" + twice + "}", Posted.class), "inside a host's value too");
    // the host's own type keeps the host's lenient default: a text where a number belongs is coerced
    assertEquals(7, HOST.readValue("{\"count\":\"7\",\"event\":" + event + "}", Posted.class).count());
  }
}
