package dev.mim.core.json;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;

/**
 * The two Jackson generations a host may bring, set up as the README recommends: Jackson 2 with the Java time
 * module and ISO dates, Jackson 3 as it comes.
 */
public final class Json {

  public static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public static final tools.jackson.databind.json.JsonMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private Json() {}

  public static String write2(Object value) {
    try {
      return JACKSON2.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("Jackson 2 could not write " + value, e);
    }
  }

  public static <T> T read2(String json, Class<T> type) {
    try {
      return JACKSON2.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("Jackson 2 could not read " + json, e);
    }
  }

  public static String write3(Object value) {
    return JACKSON3.writeValueAsString(value);
  }

  public static <T> T read3(String json, Class<T> type) {
    return JACKSON3.readValue(json, type);
  }

  /** The event after a trip through both Jacksons and back. */
  public static IncidentEvent roundTrip(IncidentEvent event) {
    IncidentEvent via2 = read2(write2(event), IncidentEvent.class);
    return read3(write3(via2), IncidentEvent.class);
  }

  /** The command after a trip through both Jacksons and back. */
  public static IncidentCommand roundTrip(IncidentCommand command) {
    IncidentCommand via2 = read2(write2(command), IncidentCommand.class);
    return read3(write3(via2), IncidentCommand.class);
  }
}
