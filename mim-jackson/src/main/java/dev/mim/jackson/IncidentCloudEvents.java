package dev.mim.jackson;

import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IncidentEvent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Incident events as CloudEvents 1.0, so that a host's other systems (notification services, status pages, chat
 * bridges, data warehouses) receive them in the form their tooling already reads.
 *
 * <p>Each event's context attributes:
 *
 * <ul>
 *   <li>{@code id}: {@code tenant/incident/sequence} (a {@code %} or {@code /} inside the tenant or incident id
 *       written {@code %25} or {@code %2F}), unique per source;
 *   <li>{@code source}: the host's URI reference, given to {@link #from(URI)};
 *   <li>{@code type}: {@code dev.mim.incident.} and the fact's kind in lower case with hyphens, with a leading
 *       {@code MAJOR_INCIDENT_} or {@code INCIDENT_} left out ({@code dev.mim.incident.declared}, {@code
 *       dev.mim.incident.service-restored}, {@code dev.mim.incident.closed}): see {@link #type(FactKind)};
 *   <li>{@code subject}: the incident's id; {@code time}: when the event occurred;
 *   <li>{@code datacontenttype}: {@code application/json}; {@code dataschema}: {@code
 *       urn:mim:schema:incident-event:N}, N the event's schema version;
 *   <li>{@code tenant}, an extension attribute: the event's tenant.
 * </ul>
 *
 * <p>{@code data} is the event's JSON as mim writes and stores it. {@link #write} gives the structured JSON form;
 * {@link #attributes} the attributes alone, for a binary-mode binding (Kafka or HTTP headers) that carries the data
 * as the message's body. {@link #read} reads the structured form back strictly: the attributes must be the ones mim
 * would write for the event in {@code data}. Immutable and thread-safe.
 */
public final class IncidentCloudEvents {

  /** The CloudEvents specification version of the events. */
  public static final String SPEC_VERSION = "1.0";

  /** What every event type starts with. */
  public static final String TYPE_PREFIX = "dev.mim.incident.";

  /** The media type of the events' data. */
  public static final String DATA_CONTENT_TYPE = "application/json";

  /** The extension attribute that holds the event's tenant. */
  public static final String TENANT = "tenant";

  private final URI source;
  private final JsonMapper mapper;

  private IncidentCloudEvents(URI source, JsonMapper mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  /**
   * @param source the URI reference that names the host's context, the same for all its events ({@code
   *     https://desk.example.com/mim} or {@code /mim}); not empty
   * @return the writer and reader of events from {@code source}
   * @throws IllegalArgumentException when {@code source} is null or empty
   */
  public static IncidentCloudEvents from(URI source) {
    if (source == null || source.toString().isEmpty()) {
      throw new IllegalArgumentException("source must be a URI reference that is not empty, was " + source);
    }
    return new IncidentCloudEvents(source, MimJson.mapper());
  }

  /** @return the source of the events */
  public URI source() {
    return source;
  }

  /**
   * @param kind a kind of fact
   * @return its event type, {@code dev.mim.incident.declared} for {@link FactKind#MAJOR_INCIDENT_DECLARED}
   * @throws IllegalArgumentException when {@code kind} is null
   */
  public static String type(FactKind kind) {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    String name = kind.name();
    for (String prefix : new String[] {"MAJOR_INCIDENT_", "INCIDENT_"}) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
        break;
      }
    }
    return TYPE_PREFIX + name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param schemaVersion an event schema version
   * @return the {@code dataschema} of events of that version
   */
  public static URI dataSchema(int schemaVersion) {
    return URI.create("urn:mim:schema:incident-event:" + schemaVersion);
  }

  /**
   * @param event an event
   * @return its CloudEvents id: {@code tenant/incident/sequence}
   * @throws IllegalArgumentException when {@code event} is null
   */
  public static String id(IncidentEvent event) {
    if (event == null) {
      throw new IllegalArgumentException("event must not be null");
    }
    return escaped(event.tenant().value()) + "/" + escaped(event.incidentId().value()) + "/" + event.sequence();
  }

  private static String escaped(String part) {
    return part.replace("%", "%25").replace("/", "%2F");
  }

  /**
   * The event's context attributes, for a binary-mode binding: {@code specversion}, {@code id}, {@code source},
   * {@code type}, {@code subject}, {@code time}, {@code datacontenttype}, {@code dataschema} and {@code tenant}, in
   * that order, each as its canonical string.
   *
   * @param event an event
   * @return its attributes, by name
   * @throws IllegalArgumentException when {@code event} is null
   */
  public Map<String, String> attributes(IncidentEvent event) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("specversion", SPEC_VERSION);
    a.put("id", id(event));
    a.put("source", source.toString());
    a.put("type", type(event.fact().kind()));
    a.put("subject", event.incidentId().value());
    a.put("time", event.occurredAt().toString());
    a.put("datacontenttype", DATA_CONTENT_TYPE);
    a.put("dataschema", dataSchema(event.schemaVersion()).toString());
    a.put(TENANT, event.tenant().value());
    return a;
  }

  /**
   * @param event an event
   * @return the event as a CloudEvent in the structured JSON format, its {@code data} the event's JSON
   * @throws IllegalArgumentException when {@code event} is null
   */
  public String write(IncidentEvent event) {
    ObjectNode json = mapper.createObjectNode();
    attributes(event).forEach(json::put);
    json.set("data", mapper.valueToTree(event));
    return mapper.writeValueAsString(json);
  }

  /**
   * Reads a CloudEvent in the structured JSON format that {@link #write} writes, from any source.
   *
   * @param json the CloudEvent
   * @return the event in its {@code data}
   * @throws IllegalArgumentException when {@code json} is null, is not such a CloudEvent, its data is not an event
   *     mim reads, or an attribute is not the one mim writes for that event (naming the attribute and its value)
   */
  public IncidentEvent read(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    JsonNode tree;
    IncidentEvent event;
    try {
      tree = mapper.readTree(json);
      if (!tree.isObject() || !tree.path("data").isObject()) {
        throw new IllegalArgumentException("a CloudEvent of mim's must be a JSON object with the event as its data"
            + " object, was " + abbreviated(json));
      }
      event = mapper.treeToValue(tree.get("data"), IncidentEvent.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the CloudEvent's data is not an event mim reads: "
          + e.getOriginalMessage(), e);
    }
    Map<String, String> expected = attributes(event);
    expected.remove("source");
    for (Map.Entry<String, String> a : expected.entrySet()) {
      JsonNode given = tree.get(a.getKey());
      if (given == null || !given.isString() || !given.asString().equals(a.getValue())) {
        throw new IllegalArgumentException("attribute " + a.getKey() + " must be " + a.getValue()
            + " for the event in data, was " + (given == null ? "missing" : given.toString()));
      }
    }
    JsonNode givenSource = tree.get("source");
    if (givenSource == null || !givenSource.isString() || givenSource.asString().isEmpty()) {
      throw new IllegalArgumentException("attribute source must be a URI reference that is not empty, was "
          + (givenSource == null ? "missing" : givenSource.toString()));
    }
    for (String name : tree.propertyNames()) {
      if (!name.equals("data") && !name.equals("source") && !expected.containsKey(name)) {
        throw new IllegalArgumentException("attribute " + name + " is not one mim writes; mim's are "
            + attributes(event).keySet() + " and data");
      }
    }
    return event;
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
