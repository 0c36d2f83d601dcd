package dev.mim.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invalid documents, made by breaking each value of every valid example in turn: a value of the wrong type, a field
 * that does not exist, a number, priority, duration or zone out of range.
 */
final class BrokenDocuments {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BrokenDocuments() {}

  /** A document broken at one place: how, where, and the document. */
  record Broken(String what, String pointer, JsonNode document) {}

  /** What mim's reader refuses and JSON Schema cannot say (the schema's description lists them). */
  static final Set<String> BEYOND_SCHEMA =
      Set.of("a duration over 366 days");

  /** Every valid example (acme, globex, the defaults, each preset), each broken at each value in each way. */
  static List<Broken> all() {
    List<PolicyDocument> valid = new ArrayList<>(List.of(Documents.acme(), Documents.globex(),
        PolicyDocuments.defaults("defaults")));
    PolicyDocuments.PRESETS.forEach(name -> valid.add(PolicyDocuments.preset(name)));
    List<Broken> broken = new ArrayList<>();
    for (PolicyDocument d : valid) {
      JsonNode tree = JSON.readTree(PolicyDocuments.write(d, DocumentFormat.JSON));
      breakEach(tree, tree, "", broken);
    }
    return broken;
  }

  /** Adds to {@code out} each way of breaking {@code node} (at {@code pointer} in {@code root}) and its children. */
  private static void breakEach(JsonNode root, JsonNode node, String pointer, List<Broken> out) {
    out.add(new Broken("a value of the wrong type", pointer, replaced(root, pointer, wrongType(node))));
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    for (Map.Entry<String, JsonNode> bad : outOfRange(field, node).entrySet()) {
      out.add(new Broken(bad.getKey(), pointer, replaced(root, pointer, bad.getValue())));
    }
    if (node.isObject()) {
      ObjectNode extra = ((ObjectNode) node).deepCopy();
      extra.put("unexpected", 1);
      out.add(new Broken("a field that does not exist", pointer + "/unexpected", replaced(root, pointer, extra)));
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        breakEach(root, child.getValue(), Reading.at(pointer, child.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        breakEach(root, node.get(i), Reading.at(pointer, i), out);
      }
    }
  }

  private static JsonNode wrongType(JsonNode node) {
    if (node.isObject()) {
      return NODES.numberNode(42);
    }
    if (node.isArray() || node.isBoolean() || node.isNumber()) {
      return NODES.stringNode("not this");
    }
    return NODES.objectNode().put("unexpected", true); // a text's place: an object
  }

  /** Values of the right type but out of the range the field accepts. */
  private static Map<String, JsonNode> outOfRange(String field, JsonNode node) {
    if (node.isIntegralNumber()) {
      return switch (field) {
        case "version", "schema" -> Map.of("zero", NODES.numberNode(0), "negative", NODES.numberNode(-1));
        case "tier" -> Map.of("tier 0", NODES.numberNode(0), "tier 10", NODES.numberNode(10));
        default -> Map.of();
      };
    }
    if (node.isString() && node.asString().matches("P[1-9]")) {
      return Map.of("priority P0", NODES.stringNode("P0"), "priority P10", NODES.stringNode("P10"));
    }
    if (Set.of("verificationWindow", "firstNoticeWithin", "updateEvery").contains(field)) {
      return Map.of("a negative duration", NODES.stringNode("-PT1M"), "a duration over 366 days",
          NODES.stringNode("P367D"));
    }
    if (field.equals("within")) {
      return Map.of("a negative duration", NODES.stringNode("-PT1M"), "a period of months and minutes",
          NODES.stringNode("P1MT1M"));
    }
    if (Set.of("start", "end").contains(field)) {
      return Map.of("an hour that does not exist", NODES.stringNode("24:00"), "a time with seconds",
          NODES.stringNode("09:00:30"));
    }
    if (node.isString() && node.asString().matches("\\d{4}-\\d\\d-\\d\\d")) {
      return Map.of("a date that does not exist", NODES.stringNode("2026-02-30"));
    }
    if (field.equals("dueDateZone")) {
      return Map.of("an unknown zone", NODES.stringNode("Mars/Olympus"));
    }
    return Map.of();
  }

  private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
    if (pointer.isEmpty()) {
      return value;
    }
    JsonNode copy = root.deepCopy();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return copy;
  }
}
