package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored events are untrusted input. At least 10,000 mutated event documents per run ({@code -Dmim.fuzz.documents}) (a field removed,
 * set to null or to a value of another shape, a fraction, a time as a number or out of range, an enum in another
 * case or as a number, an unknown or misspelt property, another type name), each read by Jackson 2 and Jackson 3
 * configured as the README recommends. Each document is either refused by both, naming the field, or read by both
 * as the same valid event; and a history holding it either fails to replay with an {@link IllegalArgumentException}
 * or is one the decider could have made. The seed is {@code -Dmim.fuzz.seed=N}, random otherwise, and printed on
 * failure.
 */
class HostileJsonFuzzTest {

  private static final int DOCUMENTS = Integer.getInteger("mim.fuzz.documents", 10_000);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private enum Mutation {
    REMOVE, NULL, NUMBER, FRACTION, TEXT, FLAG, ARRAY, OBJECT, EPOCH_TIME, TIME_OUT_OF_RANGE, ENUM_LOWER_CASE,
    ENUM_AS_NUMBER, UNKNOWN_PROPERTY, MISSPELT_PROPERTY, OTHER_TYPE, UNKNOWN_TYPE
  }

  @Test
  void mutatedEventDocumentsAreRefusedNamingTheFieldOrAreValidAndReplaySafely() {
    long seed = Long.getLong("mim.fuzz.seed", new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(seed);
    int documents = 0;
    int refused = 0;
    int read = 0;
    while (documents < DOCUMENTS) {
      RandomWalk.Run run = RandomWalk.play(random, 30);
      if (run.events().isEmpty()) {
        continue;
      }
      int at = random.nextInt(run.events().size());
      ObjectNode doc = (ObjectNode) Json.JACKSON3.valueToTree(run.events().get(at));
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      String field = mutate(doc, mutation, random);
      if (field == null) {
        continue;
      }
      documents++;
      String json = doc.toString();
      String context = "seed " + seed + ", " + mutation + " of '" + field + "' in " + json;
      Object by2 = read(() -> Json.JACKSON2.readValue(json, IncidentEvent.class));
      Object by3 = read(() -> Json.JACKSON3.readValue(json, IncidentEvent.class));
      if (by2 instanceof Exception || by3 instanceof Exception) {
        refused++;
        for (Object outcome : new Object[] {by2, by3}) {
          if (!(outcome instanceof Exception e)) {
            fail("one Jackson read it and the other did not: " + outcome + "; " + context);
            return;
          }
          String messages = messages(e);
          assertTrue(messages.contains(field), "the refusal names " + field + ": " + messages + "; " + context);
        }
        continue;
      }
      read++;
      assertEquals(by2, by3, context);
      List<IncidentEvent> history = new ArrayList<>(run.events());
      history.set(at, (IncidentEvent) by3);
      try {
        IncidentDecider.replay(history);
      } catch (IllegalArgumentException clean) {
        continue;
      }
      assertNull(Reachability.whyUnreachable(history), context);
    }
    assertTrue(refused > DOCUMENTS / 2 && read > 0, "refused " + refused + ", read " + read + " (seed " + seed + ")");
  }

  /** Applies {@code mutation} at a random place; returns the property name involved, or null when it does not apply. */
  private static String mutate(ObjectNode doc, Mutation mutation, SplittableRandom random) {
    ObjectNode target = random.nextBoolean() ? (ObjectNode) doc.get("fact") : doc;
    List<String> names = new ArrayList<>();
    for (String n : target.propertyNames()) {
      if (!n.equals("fact") && !n.equals("type")) {
        names.add(n);
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    String name = names.get(random.nextInt(names.size()));
    JsonNode value = target.get(name);
    switch (mutation) {
      case REMOVE -> {
        if (value.isNull()) {
          return null; // an optional field left out: still a valid event
        }
        target.remove(name);
      }
      case NULL -> {
        if (value.isNull()) {
          return null;
        }
        target.putNull(name);
      }
      case NUMBER -> target.put(name, value.isNumber() ? value.asLong() + 1_000_003 : 7);
      case FRACTION -> target.put(name, value.isNumber() ? value.asDouble() + 0.9 : 1.9);
      case TEXT -> {
        if (value.isString()) {
          return null;
        }
        target.put(name, value.isNumber() ? value.asString() : "text");
      }
      case FLAG -> {
        if (value.isBoolean()) {
          return null;
        }
        target.put(name, true);
      }
      case ARRAY -> {
        if (value.isArray()) {
          return null;
        }
        target.set(name, NODES.arrayNode().add(value));
      }
      case OBJECT -> target.set(name, NODES.objectNode().set("value", value));
      case EPOCH_TIME, TIME_OUT_OF_RANGE -> {
        if (!name.equals("occurredAt") && !name.equals("until") && !name.equals("nextUpdateAt")) {
          return null;
        }
        if (mutation == Mutation.EPOCH_TIME) {
          target.put(name, 1_795_000_000L);
        } else {
          target.put(name, random.nextBoolean() ? "+10000-01-01T00:00:00Z" : "1969-12-31T23:59:59Z");
        }
      }
      case ENUM_LOWER_CASE, ENUM_AS_NUMBER -> {
        if (!value.isString() || !value.asString().matches("[A-Z][A-Z_]+")) {
          return null;
        }
        if (mutation == Mutation.ENUM_LOWER_CASE) {
          target.put(name, value.asString().toLowerCase(Locale.ROOT));
        } else {
          target.put(name, 1);
        }
      }
      case UNKNOWN_PROPERTY -> {
        String unknown = "extra" + random.nextInt(100);
        target.put(unknown, "x");
        return unknown;
      }
      case MISSPELT_PROPERTY -> {
        // Refused either as unknown (naming the misspelt name) or as missing (naming the right one): the misspelt
        // name holds the right one, so the right one is what the refusal must name.
        target.remove(name);
        target.set(name + "s", value);
        return name;
      }
      case OTHER_TYPE, UNKNOWN_TYPE -> {
        // Refused as an unknown type id, or for a property the other type lacks or needs: the refusal names the
        // type read.
        String type = mutation == Mutation.UNKNOWN_TYPE ? "Unheard" + random.nextInt(10)
            : List.of("ChildLinked", "IncidentClosed", "TeamMobilised", "ServiceRestored", "ManagerAssigned")
                .get(random.nextInt(5));
        ((ObjectNode) doc.get("fact")).put("type", type);
        return type;
      }
      default -> throw new AssertionError(mutation);
    }
    return name;
  }

  /** The value read, or the exception thrown. */
  private static Object read(Reader reader) {
    try {
      return reader.read();
    } catch (Exception e) {
      return e;
    }
  }

  private interface Reader {
    Object read() throws Exception;
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
