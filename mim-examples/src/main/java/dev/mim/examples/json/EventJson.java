package dev.mim.examples.json;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.MimJson;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an incident's events as a JSON array and reads them back, with mim-jackson's {@link MimJson} mapper: mim's
 * annotations refuse unknown properties, numeric enums and times, fractions; its settings refuse the coercions
 * annotations cannot (a number where a text or flag belongs, a text where a number belongs).
 */
public final class EventJson {

  private static final TypeReference<List<IncidentEvent>> EVENTS = new TypeReference<>() {};

  private final JsonMapper mapper = MimJson.mapper();

  /** A reader and writer with mim's strict mapper. */
  public EventJson() {}

  /**
   * @param events an incident's events
   * @return them as a JSON array, in order
   */
  public String write(List<IncidentEvent> events) {
    return mapper.writeValueAsString(events);
  }

  /**
   * @param json a JSON array of events, as {@link #write} gives
   * @return the events, none of them null
   * @throws tools.jackson.core.JacksonException when the JSON is not a list of well-formed events
   * @throws IllegalArgumentException when the document or an element of it is the JSON literal {@code null}
   */
  public List<IncidentEvent> read(String json) {
    List<IncidentEvent> events = mapper.readValue(json, EVENTS);
    if (events == null || events.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("events must not be null or hold null, was " + json);
    }
    return events;
  }
}
