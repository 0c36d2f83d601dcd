package dev.mim.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.MimJson;
import java.io.IOException;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 2 module for a host's own mapper (a Spring Boot 3 application's, for example): commands and events are
 * written and read as mim-jackson's strict mapper writes and reads them, without changing the host's mapper-wide
 * settings for its other types.
 *
 * <pre>{@code
 * ObjectMapper hostMapper = new ObjectMapper().registerModule(new MimJackson2Module());
 * }</pre>
 *
 * <p>An {@link IncidentCommand} or {@link IncidentEvent} anywhere in the host's values is read from its JSON exactly
 * as given, by mim's strict reader: a property given twice, a number where a text belongs, a text where a number or
 * a flag belongs, an unknown property are refused, as a {@link JsonMappingException} of the host's mapper. It is
 * written exactly as mim writes it, so the JSON is the same as from mim-jackson's {@code MimModule} on a Jackson 3
 * mapper. mim's reader is Jackson 3, which this module brings beside the host's Jackson 2 (their packages differ).
 */
public final class MimJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; register one on each of the host's mappers. */
  public MimJackson2Module() {
    super("mim");
    JsonMapper strict = MimJson.mapper();
    JsonFactory copies = new JsonFactory();
    add(IncidentCommand.class, strict, copies);
    add(IncidentEvent.class, strict, copies);
  }

  private <T> void add(Class<T> type, JsonMapper strict, JsonFactory copies) {
    addDeserializer(type, new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        StringWriter exact = new StringWriter();
        try (JsonGenerator copy = copies.createGenerator(exact)) {
          copy.copyCurrentStructure(p); // as given: a property twice stays twice
        }
        try {
          return strict.readValue(exact.toString(), type);
        } catch (JacksonException | IllegalArgumentException e) {
          throw JsonMappingException.from(p, "not a " + type.getSimpleName() + " mim reads: " + e.getMessage(), e);
        }
      }
    });
    addSerializer(type, new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeRawValue(strict.writeValueAsString(value));
      }
    });
  }
}
