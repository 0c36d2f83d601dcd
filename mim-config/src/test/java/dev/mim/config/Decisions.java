package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.lifecycle.Decision;
import java.util.List;
import java.util.function.Supplier;

/** Decisions under a policy set in code and under its document: the same, but for the document's name on events. */
final class Decisions {

  private Decisions() {}

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
