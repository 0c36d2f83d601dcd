package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events to and from mim's own JSON shape, with Jackson 3 configured as mim's README recommends: mim's annotations
 * refuse unknown properties, numeric enums and malformed times; these settings refuse the coercions annotations
 * cannot (a number where a text or flag belongs, a text where a number belongs).
 */
final class EventCodec {

  private final JsonMapper mapper = JsonMapper.builder()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfigDefaults(c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

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
