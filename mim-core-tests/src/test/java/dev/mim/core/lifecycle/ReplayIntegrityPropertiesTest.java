package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mim.core.fixtures.RandomWalk;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replay never builds a state the decider could not reach: histories the decider made replay, and a history with
 * one field of one event changed (to a value of the right shape that the field takes elsewhere, so that only the
 * fold's rules can tell) is either refused by replay or is a history the decider could have made too.
 */
class ReplayIntegrityPropertiesTest {

  private static final int EXAMPLES = Math.max(100, Integer.getInteger("mim.property.examples", 10_000) / 5);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Per field name, values it takes in histories the decider made (and a few it never takes). */
  private static final Map<String, List<JsonNode>> POOLS = pools();

  @Test
  void replayAcceptsEveryHistoryTheDeciderMadeAndFindsItReachable() {
    // For any random walk: replaying its events gives the decider's final state, and re-deciding a command for
    // each event gives that very event (which keeps the reachability check below honest).
    qt().withExamples(EXAMPLES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      RandomWalk.Run run = RandomWalk.play(new SplittableRandom(seed), 40);
      IncidentDecider.replay(run.events());
      assertEquals(run.steps().get(run.steps().size() - 1).decision().state(), IncidentDecider.replay(run.events()));
      assertNull(Reachability.whyUnreachable(run.events()), "seed " + seed);
    });
  }

  @Test
  void aHistoryWithOneCorruptedFieldIsRefusedByReplayOrReachable() {
    // For any random walk and any one field of any one event set to another value it takes elsewhere: replay
    // refuses the history with an IllegalArgumentException that names the event and says the rule in words, or
    // the decider could have made it.
    int[] refused = {0};
    int[] reachable = {0};
    qt().withExamples(EXAMPLES * 5).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomWalk.Run run = RandomWalk.play(random, 40);
      if (run.events().isEmpty()) {
        return;
      }
      int at = random.nextInt(run.events().size());
      ObjectNode doc = (ObjectNode) Json.JACKSON3.valueToTree(run.events().get(at));
      String changed = corrupt(doc, random);
      if (changed == null) {
        return;
      }
      IncidentEvent corrupted;
      try {
        corrupted = Json.JACKSON3.treeToValue(doc, IncidentEvent.class);
      } catch (RuntimeException malformed) {
        return; // the value does not fit this event (a null where one is needed): the JSON edge refuses it
      }
      List<IncidentEvent> history = new ArrayList<>(run.events());
      history.set(at, corrupted);
      try {
        IncidentDecider.replay(history);
      } catch (IllegalArgumentException e) {
        refused[0]++;
        assertTrue(e.getMessage().startsWith("event") || e.getMessage().contains("event."), e.getMessage());
        assertFalse(e.getMessage().strip().endsWith(":"), "the rule's own words are missing: " + e.getMessage());
        return;
      }
      reachable[0]++;
      assertNull(Reachability.whyUnreachable(history), "seed " + seed + ": " + changed + " in " + doc);
    });
    assertTrue(refused[0] > EXAMPLES, "replay refused only " + refused[0] + " corrupted histories");
    assertTrue(reachable[0] > 0, "no corruption was harmless: the property would hold vacuously");
  }

  /** Sets one field of {@code doc} (or of its fact) to another value from its pool; returns what changed. */
  private static String corrupt(ObjectNode doc, SplittableRandom random) {
    ObjectNode fact = (ObjectNode) doc.get("fact");
    List<ObjectNode> holders = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ObjectNode node : new ObjectNode[] {doc, fact}) {
      for (String name : node.propertyNames()) {
        if (!name.equals("type") && !name.equals("fact") && POOLS.containsKey(name)) {
          holders.add(node);
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    int pick = random.nextInt(names.size());
    List<JsonNode> pool = POOLS.get(names.get(pick));
    JsonNode before = holders.get(pick).get(names.get(pick));
    JsonNode after = pool.get(random.nextInt(pool.size()));
    if (after.equals(before)) {
      return null;
    }
    holders.get(pick).set(names.get(pick), after);
    return names.get(pick) + ": " + before + " -> " + after;
  }

  private static Map<String, List<JsonNode>> pools() {
    Map<String, Set<JsonNode>> seen = new LinkedHashMap<>();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 400; i++) {
      for (IncidentEvent e : RandomWalk.play(random, 40).events()) {
        ObjectNode doc = (ObjectNode) Json.JACKSON3.valueToTree(e);
        collect(doc, seen);
        collect((ObjectNode) doc.get("fact"), seen);
      }
    }
    // Values the decider never writes, that a tampered history might: the incident as its own child, an empty
    // list of restored children, the other means, an unknown priority.
    seen.computeIfAbsent("child", k -> new LinkedHashSet<>()).add(NODES.stringNode(RandomWalk.MI.value()));
    seen.computeIfAbsent("restoredChildren", k -> new LinkedHashSet<>()).add(NODES.arrayNode());
    ArrayNode one = NODES.arrayNode();
    one.add("INC-9");
    seen.get("restoredChildren").add(one);
    seen.computeIfAbsent("means", k -> new LinkedHashSet<>()).add(NODES.stringNode("PERMANENT_FIX"));
    seen.get("means").add(NODES.stringNode("WORKAROUND"));
    Map<String, List<JsonNode>> pools = new LinkedHashMap<>();
    seen.forEach((k, v) -> pools.put(k, List.copyOf(v)));
    return pools;
  }

  private static void collect(ObjectNode node, Map<String, Set<JsonNode>> seen) {
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      if (!p.getKey().equals("fact") && !p.getKey().equals("type")) {
        seen.computeIfAbsent(p.getKey(), k -> new LinkedHashSet<>()).add(p.getValue());
      }
    }
  }
}
