package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.MimJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Events to and from mim's own JSON shape, read strictly with {@link MimJson}'s mapper. */
final class EventCodec {

  private final JsonMapper mapper = MimJson.mapper();

  String write(IncidentEvent event) {
    return mapper.writeValueAsString(event);
  }

  /**
   * @throws IllegalArgumentException when {@code json} is not one well-formed event
   */
  IncidentEvent read(String json) {
    try {
      IncidentEvent event = mapper.readValue(json, IncidentEvent.class);
      if (event == null) {
        throw new IllegalArgumentException("the payload is the JSON literal null");
      }
      return event;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
