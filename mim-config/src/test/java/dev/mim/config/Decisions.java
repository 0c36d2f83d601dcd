package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.generate.CommandSequence;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Decisions under a policy set in code and under its document: the same, but for the document's name on events. */
final class Decisions {

  private Decisions() {}

  /**
   * Plays {@code sequences} command sequences generated under {@code code} from {@code seed}, under both sets, and
   * asserts each decision the same but for the document's name on events.
   */
  static void sameOnGeneratedSequences(PolicySet code, PolicySet document, long seed, int sequences, String what) {
    Generator<CommandSequence> generator = Generators.commandSequences(code, Generators.DEFAULT_LENGTH);
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < sequences; n++) {
      CommandSequence sequence = generator.next(random);
      List<Incident.Step> expected = sequence.play(code);
      List<Incident.Step> actual = sequence.play(document);
      for (int i = 0; i < expected.size(); i++) {
        int index = n;
        int step = i;
        sameButNamed(expected.get(i).decision(), actual.get(i).decision(), document.version(),
            () -> what + ", seed " + seed + ", sequence " + index + ", step " + step + ": " + sequence);
      }
    }
  }

  /**
   * Asserts that {@code fromDocument} is {@code fromCode} with each event naming the document's {@code version}:
   * the same facts, state and advisories, or the same refusal.
   */
  static void sameButNamed(Decision fromCode, Decision fromDocument, PoliciesVersion version,
      Supplier<String> where) {
    if (fromCode instanceof Decision.Accepted code && fromDocument instanceof Decision.Accepted doc) {
      List<IncidentEvent> named = code.events().stream().map(e -> new IncidentEvent(e.schemaVersion(), e.tenant(),
          e.incidentId(), e.sequence(), e.occurredAt(), e.actor(), e.fact(), version)).toList();
      assertEquals(named, doc.events(), where);
      assertEquals(code.state(), doc.state(), where);
      assertEquals(code.advisories(), doc.advisories(), where);
    } else {
      assertEquals(fromCode, fromDocument, where);
    }
  }
}
