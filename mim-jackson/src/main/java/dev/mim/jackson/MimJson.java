package dev.mim.jackson;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 mapper for mim's commands and events, read strictly. mim's annotations alone refuse unknown
 * properties, enums given as numbers or in another case, fractional levels and times given as numbers; these
 * settings also refuse the coercions no annotation can: a number where a text or a flag belongs, a text where a
 * number belongs; and a document that gives one property twice (a reader that kept the last value would let an
 * edited copy of a field override the one the history was checked with). Jackson 3 writes times and durations as ISO-8601 texts by default. A mapper is immutable and
 * thread-safe: make one and share it.
 */
public final class MimJson {

  private MimJson() {}

  /**
   * @return a builder with mim's settings, to add the host's own (modules, other features) before building
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"a":1,"a":2} is refused, not read as 2
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // "1" is not 1, "true" is not true
        .withCoercionConfigDefaults(c -> c // 1 is not "1" nor true, 1.5 is not 1
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** @return a new mapper with mim's settings */
  public static JsonMapper mapper() {
    return builder().build();
  }
}
