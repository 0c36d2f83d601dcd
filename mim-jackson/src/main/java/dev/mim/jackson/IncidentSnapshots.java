package dev.mim.jackson;

import dev.mim.core.incident.IncidentState;
import java.util.Iterator;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot form of an incident's state: a JSON document a store keeps beside the events, so that loading an
 * incident reads the snapshot and the events after it instead of the whole history.
 *
 * <p>The document is {@code {"snapshotSchema": 1, "state": {...}}}. {@code state} holds every component of
 * {@link IncidentState}, each one written out (null where the state has none), in the same value forms as the events
 * (ids and texts as strings, instants as ISO-8601 texts, enums by name, impacts, urgencies and priorities as
 * numbers, audiences as objects); the maps keyed by audience are lists of {@code {"audience", "at"}} entries and the
 * children a list of ids in the order they were linked.
 *
 * <p>Read strictly, as a store must read what it did not check itself: an unknown or missing property, a value of
 * the wrong type, a value out of range, a state whose parts contradict its status, or a {@code snapshotSchema} newer
 * than {@link #SCHEMA_VERSION} is refused with an {@link IllegalArgumentException} naming the JSON Pointer of the
 * property and what was wrong. A store that meets one falls back to the events (they win) and writes a new snapshot.
 * A snapshot is only as trustworthy as the table it is kept in: a store trusts one only when its version is the
 * version its events say the incident had then.
 */
public final class IncidentSnapshots {

  /** The schema of the snapshots this version writes, and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final Set<String> ENVELOPE = Set.of("snapshotSchema", "state");

  private final JsonMapper mapper;

  private IncidentSnapshots(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** @return a reader and writer of snapshots, with mim's strict settings; immutable and thread-safe */
  public static IncidentSnapshots create() {
    return new IncidentSnapshots(MimJson.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build());
  }

  /**
   * Writes the snapshot of {@code state}.
   *
   * @param state the state
   * @return the document
   * @throws IllegalArgumentException when {@code state} is null
   */
  public String write(IncidentState state) {
    if (state == null) {
      throw new IllegalArgumentException("state must not be null");
    }
    ObjectNode document = mapper.createObjectNode();
    document.put("snapshotSchema", SCHEMA_VERSION);
    document.set("state", mapper.valueToTree(state));
    return mapper.writeValueAsString(document);
  }

  /**
   * Reads a snapshot.
   *
   * @param json the document
   * @return the state it holds
   * @throws IllegalArgumentException when the document is null, not JSON, of a newer schema, or does not hold a
   *     valid state; the message names the JSON Pointer of what is wrong and why
   */
  public IncidentState read(String json) {
    if (json == null) {
      throw new IllegalArgumentException("snapshot must not be null");
    }
    JsonNode document;
    try {
      document = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("snapshot is not a JSON document: " + e.getOriginalMessage(), e);
    }
    if (document == null || !document.isObject()) {
      throw new IllegalArgumentException("snapshot must be a JSON object, was " + abbreviated(json));
    }
    for (Iterator<String> names = document.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!ENVELOPE.contains(name)) {
        throw new IllegalArgumentException("snapshot /" + name + ": unknown property");
      }
    }
    JsonNode schema = document.get("snapshotSchema");
    if (schema == null || !schema.isInt() || schema.intValue() < 1) {
      throw new IllegalArgumentException("snapshot /snapshotSchema: must be a whole number from 1, was " + schema);
    }
    if (schema.intValue() > SCHEMA_VERSION) {
      throw new IllegalArgumentException("snapshot /snapshotSchema: this version of mim reads schemas up to "
          + SCHEMA_VERSION + ", was " + schema.intValue());
    }
    JsonNode state = document.get("state");
    if (state == null || !state.isObject()) {
      throw new IllegalArgumentException("snapshot /state: must be an object, was " + state);
    }
    try {
      return mapper.treeToValue(state, IncidentState.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("snapshot /state" + pointer(e) + ": " + reason(e), e);
    }
  }

  /** The JSON Pointer of where reading failed, below {@code /state}. */
  private static String pointer(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      out.append('/');
      if (r.getPropertyName() != null) {
        out.append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(r.getIndex());
      }
    }
    return out.toString();
  }

  /** What was wrong: the domain's own message when a value was refused by its constructor, else Jackson's. */
  private static String reason(JacksonException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException refused) {
      return refused.getMessage();
    }
    return e.getOriginalMessage();
  }

  private static String abbreviated(String json) {
    return json.length() <= 60 ? json : json.substring(0, 60) + "...";
  }
}
