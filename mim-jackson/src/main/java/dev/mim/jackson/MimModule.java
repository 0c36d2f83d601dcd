package dev.mim.jackson;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for a host's own mapper: commands and events are written and read as {@link MimJson}'s mapper
 * writes and reads them, strictly, without changing the host's mapper-wide settings for its other types.
 *
 * <pre>{@code
 * JsonMapper hostMapper = JsonMapper.builder().addModule(new MimModule()).build();
 * }</pre>
 *
 * <p>An {@link IncidentCommand} or {@link IncidentEvent} anywhere in the host's values (a field of its own DTO, an
 * element of a list) is read from its JSON exactly as written, by mim's strict mapper: a property given twice, a
 * number where a text belongs, a text where a number or a flag belongs, an unknown property are refused, as a {@link
 * tools.jackson.core.JacksonException} of the host's mapper. It is written as mim writes it, whatever the host's
 * mapper is set to (naming strategy, inclusion, date format), so the JSON is the same from every mapper, and from
 * mim-jackson2's module for Jackson 2.
 */
public final class MimModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; register one on each of the host's mappers. */
  public MimModule() {
    super("mim");
    JsonMapper strict = MimJson.mapper();
    add(IncidentCommand.class, strict);
    add(IncidentEvent.class, strict);
  }

  private <T> void add(Class<T> type, JsonMapper strict) {
    addDeserializer(type, new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        StringWriter exact = new StringWriter();
        try (JsonGenerator copy = strict.createGenerator(exact)) {
          copy.copyCurrentStructureExact(p); // as given: a property twice stays twice, 1.0 stays 1.0
        }
        return strict.readValue(exact.toString(), type);
      }
    });
    addSerializer(type, new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeRawValue(strict.writeValueAsString(value));
      }
    });
  }
}
