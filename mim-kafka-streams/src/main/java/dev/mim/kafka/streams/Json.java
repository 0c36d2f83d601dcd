package dev.mim.kafka.streams;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.MimJson;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology's JSON: mim's own shapes for commands and events, read strictly with {@link MimJson}'s mapper;
 * records for rejections and due items.
 */
final class Json {

  private static final TypeReference<List<IncidentEvent>> EVENTS = new TypeReference<>() {};

  private final JsonMapper mapper = MimJson.mapper();

  /** @throws IllegalArgumentException when the text is not one well-formed command */
  IncidentCommand command(String json) {
    try {
      IncidentCommand c = json == null ? null : mapper.readValue(json, IncidentCommand.class);
      if (c == null) {
        throw new IllegalArgumentException("the command is empty or the JSON literal null");
      }
      return c;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** The events held for an incident; empty for none. */
  List<IncidentEvent> events(String json) {
    return json == null ? List.of() : mapper.readValue(json, EVENTS);
  }

  String write(Object value) {
    return mapper.writeValueAsString(value);
  }
}
