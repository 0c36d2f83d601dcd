package dev.mim.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.examples.drill.MondayMorningDrill;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonOnTheModulePathTest {

  @Test
  void theDrillsEventsSurviveJacksonOnTheModulePath() {
    // mim-core, mim-examples and Jackson are named modules here: mim-core's module-info must open its model
    // packages to Jackson for this to work.
    assertEquals("dev.mim.core", IncidentEvent.class.getModule().getName());
    assertEquals("dev.mim.examples", EventJson.class.getModule().getName());
    assertTrue(tools.jackson.databind.json.JsonMapper.class.getModule().isNamed());

    List<IncidentEvent> events = MondayMorningDrill.run(new PrintStream(OutputStream.nullOutputStream())).events();
    EventJson json = new EventJson();
    List<IncidentEvent> back = json.read(json.write(events));
    assertEquals(events, back);
    assertEquals(IncidentDecider.replay(events), IncidentDecider.replay(back));
  }

  @Test
  void nullsAndCoercionsAreRefused() {
    EventJson json = new EventJson();
    assertThrows(IllegalArgumentException.class, () -> json.read("null"));
    assertThrows(IllegalArgumentException.class, () -> json.read("[null]"));
    String one = json.write(MondayMorningDrill.run(new PrintStream(OutputStream.nullOutputStream())).events()
        .subList(0, 1));
    assertThrows(tools.jackson.core.JacksonException.class,
        () -> json.read(one.replace("\"summary\":\"", "\"summary\":5,\"x\":\"")));
  }
}
