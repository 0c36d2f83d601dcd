package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.people.Actor;
import dev.mim.policies.oncall.OnCallSchedule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cover or a swap in a document: the override keeps whose turn it takes, and is refused covering for oneself. */
class CoverDocumentsTest {

  @Test
  void anOverrideCoveringForSomeoneReadsAsACoverAndWritesBackTheSame() {
    OnCallSchedule managers = (OnCallSchedule) Documents.acme().onCall().schedule("incident-managers").orElseThrow();
    assertEquals(new OnCallSchedule.ScheduleOverride(Actor.of("amy"), Instant.parse("2026-12-31T18:00:00Z"),
        Instant.parse("2027-01-01T08:00:00Z"), Actor.of("dan")), managers.overrides().get(1));
    assertEquals(null, managers.overrides().get(0).coveringFor(), "a manual override covers for nobody named");
    String written = PolicyDocuments.write(Documents.acme(), DocumentFormat.YAML);
    assertEquals(Documents.acme(), PolicyDocuments.read(written, DocumentFormat.YAML));
  }

  @Test
  void coveringForOneselfIsAProblemAtTheOverride() {
    String doc = "schema: 1\nid: t\nversion: 1\nonCall:\n  - name: s\n    layers:\n"
        + "      - {name: l, zone: UTC, start: \"2026-11-02T09:00\", turn: P1D, people: [amy, bob]}\n"
        + "    overrides:\n      - {person: amy, from: \"2026-11-03T09:00:00Z\", until: \"2026-11-03T10:00:00Z\","
        + " coveringFor: amy}\n";
    List<DocumentProblem> problems = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(doc, DocumentFormat.YAML)).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("/onCall/0/overrides/0/coveringFor", problems.get(0).pointer());
  }
}
