package dev.mim.examples.json;

import dev.mim.core.incident.IncidentEvent;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes an incident's events as a JSON array and reads them back, with Jackson 3. */
public final class EventJson {

  private static final TypeReference<List<IncidentEvent>> EVENTS = new TypeReference<>() {};

  private final JsonMapper mapper = JsonMapper.builder().build();

  /**
   * @param events an incident's events
   * @return them as a JSON array, in order
   */
  public String write(List<IncidentEvent> events) {
    return mapper.writeValueAsString(events);
  }

  /**
   * @param json a JSON array of events, as {@link #write} gives
   * @return the events
   * @throws tools.jackson.core.JacksonException when the JSON is not a list of well-formed events
   */
  public List<IncidentEvent> read(String json) {
    return mapper.readValue(json, EVENTS);
  }
}
