package dev.mim.kafka.streams;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.IncidentCloudEvents;
import dev.mim.jackson.MimJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serdes of the topology's topics, for the host's producers and consumers: each value in mim's JSON, read strictly
 * with {@link MimJson}'s mapper (a value that does not read fails with Kafka's {@link SerializationException}, naming
 * the topic).
 *
 * <p>The events topic is CloudEvents in the Kafka protocol binding's binary mode: each record's value is the event's
 * JSON (the CloudEvent's data) and its headers are the CloudEvent's attributes, {@code ce_specversion}, {@code
 * ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_subject}, {@code ce_time}, {@code ce_dataschema}, {@code
 * ce_tenant}, and {@code content-type: application/json} (see {@link IncidentCloudEvents}). A consumer that reads
 * CloudEvents (the CloudEvents SDK's Kafka deserializer) reads them as such; one that does not reads the value with
 * {@link #events()}.
 */
public final class IncidentSerdes {

  private static final JsonMapper MAPPER = MimJson.mapper();

  private IncidentSerdes() {}

  /** @return the serde of the commands topic's values */
  public static Serde<IncidentCommand> commands() {
    return json(IncidentCommand.class);
  }

  /** @return the serde of the events topic's values: the events' JSON, the CloudEvents' data */
  public static Serde<IncidentEvent> events() {
    return json(IncidentEvent.class);
  }

  /** @return the serde of the rejections topic's values */
  public static Serde<Rejection> rejections() {
    return json(Rejection.class);
  }

  /** @return the serde of the due topic's values */
  public static Serde<DueItem> dueItems() {
    return json(DueItem.class);
  }

  private static <T> Serde<T> json(Class<T> type) {
    Serializer<T> serializer = (topic, value) -> value == null ? null : MAPPER.writeValueAsBytes(value);
    Deserializer<T> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return MAPPER.readValue(bytes, type);
      } catch (JacksonException | IllegalArgumentException e) {
        throw new SerializationException("a record of topic " + topic + " is not a " + type.getSimpleName()
            + " mim reads: " + e.getMessage(), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  /** The headers of an event's record: its CloudEvents attributes in the Kafka binding's binary mode. */
  static Headers cloudEventHeaders(IncidentCloudEvents cloudEvents, IncidentEvent event) {
    RecordHeaders headers = new RecordHeaders();
    for (Map.Entry<String, String> a : cloudEvents.attributes(event).entrySet()) {
      String name = a.getKey().equals("datacontenttype") ? "content-type" : "ce_" + a.getKey();
      headers.add(name, a.getValue().getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }
}
