package dev.mim.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;

/**
 * The two Jackson generations a host may bring, set up exactly as the README recommends (section "Events as
 * JSON"): no coercion of scalars (a text is not a number, a number is not a text or a flag), and with Jackson 2 the
 * Java time module, ISO times and durations, and no null for a primitive. Also each generation as it comes, to
 * check what the annotations alone achieve.
 */
public final class Json {

  /** Jackson 2, configured as the README recommends. */
  public static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .withCoercionConfigDefaults(c -> c
              .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                  com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
              .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                  com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
              .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
                  com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
          .build();

  /** Jackson 3, configured as the README recommends. */
  public static final tools.jackson.databind.json.JsonMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(tools.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfigDefaults(c -> c
              .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer,
                  tools.jackson.databind.cfg.CoercionAction.Fail)
              .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Float,
                  tools.jackson.databind.cfg.CoercionAction.Fail)
              .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Boolean,
                  tools.jackson.databind.cfg.CoercionAction.Fail))
          .build();

  /** Jackson 2 with only what it needs to write ISO times: what the annotations achieve alone. */
  public static final com.fasterxml.jackson.databind.ObjectMapper PLAIN2 =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Jackson 3 as it comes: what the annotations achieve alone. */
  public static final tools.jackson.databind.json.JsonMapper PLAIN3 =
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
