package dev.mim.testkit.explore;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.testkit.internal.Describe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** mim's invariants, which every exploration checks, and the host's. */
final class Invariants {

  static final String NEVER_THROWS = "the decider never throws";
  static final String REPLAY = "replay gives the state back";
  static final String REFUSAL = "a refusal changes nothing";
  static final String VERSIONS = "the version grows by one per event";
  static final String HOST_CODE = "the host's policies never fail";
  static final Set<String> BUILT_IN = Set.of(NEVER_THROWS, REPLAY, REFUSAL, VERSIONS, HOST_CODE);

  private final Map<String, StepInvariant> host;

  Invariants(Map<String, StepInvariant> host) {
    this.host = Map.copyOf(host);
  }

  /** @return the name and what was seen of each invariant {@code step} breaks; empty when it breaks none */
  Map<String, String> check(ExploredStep step) {
    Map<String, String> broken = new LinkedHashMap<>();
    IncidentState before = step.before().state();
    if (step.accepted()) {
      List<IncidentEvent> events = step.decision().events();
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).sequence() != before.version() + i + 1) {
          broken.put(VERSIONS, "event " + i + " has sequence " + events.get(i).sequence() + " after version "
              + before.version());
        }
      }
      if (step.after().state().version() != before.version() + events.size()) {
        broken.put(VERSIONS, events.size() + " events took version " + before.version() + " to "
            + step.after().state().version());
      }
      try {
        // Replay folds the events one by one from the first; the state before was checked the same way (or is a
        // starting incident, replayed whole by the explorer), so folding the new events onto it is the replay.
        IncidentState replayed = before;
        for (IncidentEvent e : events) {
          replayed = IncidentDecider.evolve(replayed, e);
        }
        if (!replayed.equals(step.after().state())) {
          broken.put(REPLAY, "the decider made " + step.after().state() + " but replay made " + replayed);
        }
      } catch (RuntimeException e) {
        broken.put(REPLAY, "replay refused the events the decider made: " + e.getMessage());
      }
    } else if (step.decision() instanceof Decision.Rejected r && r.has(ViolationCode.POLICY_FAILED)) {
      broken.put(HOST_CODE, "a host policy threw, and the decider refused the command: "
          + Describe.decision(step.decision()));
    } else if (step.decision().state() != before || !step.decision().events().isEmpty()
        || !step.after().equals(step.before())) {
      broken.put(REFUSAL, "the refusal " + Describe.decision(step.decision()) + " changed the incident");
    }
    host.forEach((name, invariant) -> {
      try {
        if (!invariant.holds(step)) {
          broken.put(name, "after it was " + Describe.decision(step.decision()));
        }
      } catch (RuntimeException e) {
        broken.put(name, "the invariant threw " + e);
      }
    });
    return broken;
  }
}
