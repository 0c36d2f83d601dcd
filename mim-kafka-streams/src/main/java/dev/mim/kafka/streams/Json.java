package dev.mim.kafka.streams;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.jackson.IncidentSnapshots;
import dev.mim.jackson.MimJson;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology's JSON: mim's own shapes for commands and events, read strictly with {@link MimJson}'s mapper; the
 * store's snapshots ({@link IncidentSnapshots}); records for rejections and due items.
 */
final class Json {

  private static final TypeReference<List<IncidentEvent>> EVENTS = new TypeReference<>() {};

  private final JsonMapper mapper = MimJson.mapper();
  private final IncidentSnapshots snapshots = IncidentSnapshots.create();

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

  /** The events of a JSON array of events; empty for null. */
  List<IncidentEvent> events(String json) {
    return json == null ? List.of() : mapper.readValue(json, EVENTS);
  }

  /**
   * The state an incident's store entry holds: a snapshot, or (as the releases before snapshots wrote) the
   * incident's events as one JSON array, replayed; the initial state for none.
   *
   * @throws RuntimeException when the entry is neither (Jackson's exception, or an IllegalArgumentException naming
   *     what is wrong)
   */
  IncidentState state(String json) {
    if (json == null) {
      return IncidentState.initial();
    }
    return json.stripLeading().startsWith("[") ? IncidentDecider.replay(events(json)) : snapshots.read(json);
  }

  /** The store entry of an incident in {@code state}. */
  String snapshot(IncidentState state) {
    return snapshots.write(state);
  }

  String write(Object value) {
    return mapper.writeValueAsString(value);
  }
}
