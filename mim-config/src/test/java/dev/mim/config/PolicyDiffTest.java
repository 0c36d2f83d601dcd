package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read(yaml, DocumentFormat.YAML);
  }

  @Test
  void whatChangesBetweenTwoVersionsIsSaidInWordsInDocumentOrder() throws java.io.IOException {
    PolicyDocument v3 = Documents.acme();
    String yaml = Documents.example("acme.yaml")
        .replace("version: 3", "version: 4")
        .replace("    - [P1, P2, P3, P4]", "    - [P1, P1, P3, P4]")
        .replace("verificationWindow: PT48H", "verificationWindow: PT72H")
        .replace("{audience: executives, firstNoticeWithin: PT15M, updateEvery: PT30M,",
            "{audience: executives, firstNoticeWithin: PT15M, updateEvery: PT15M,")
        .replace("      - {audience: service-desk, firstNoticeWithin: PT30M, updateEvery: PT1H}\n",
            "      - {audience: service-desk, firstNoticeWithin: PT30M, updateEvery: PT1H}\n"
                + "      - {audience: executives, firstNoticeWithin: PT1H, updateEvery: PT2H}\n")
        .replace("{id: intranet, name: Intranet, tier: 3,", "{id: intranet, name: Intranet, tier: 2,")
        .replace("withoutEvidenceFrom: [EVENT_MONITORING, RESOLVER_GROUP]", "withoutEvidenceFrom: [EVENT_MONITORING]")
        .replace("      after: PT15M\n", "      after: PT10M\n");
    PolicyDiff diff = PolicyDiff.between(v3, read(yaml));
    assertEquals(List.of(
        "priority matrix row 2 column 2: P2 -> P1",
        "verification window: 2 d -> 3 d",
        "declaration without evidence from RESOLVER_GROUP: removed",
        "service catalogue intranet tier: 3 -> 2",
        "P1 executives: every 30 min -> every 15 min",
        "P2 executives: added",
        "escalation rule 3 after: 15 min -> 10 min"), diff.changes());
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertTrue(readme.contains("```\n" + diff + "\n```\n"), "README.md shows this diff:\n" + diff);
  }

  @Test
  void durationsAndListsAreSaidInWords() {
    PolicyDiff diff = PolicyDiff.between(read("""
        id: t
        version: 1
        verificationWindow: PT0S
        declaration: {withoutEvidenceFrom: [USER_REPORT]}
        surge: {window: PT45S, coolDown: PT1H30M, lateness: PT2M}
        """), read("""
        id: t
        version: 2
        verificationWindow: P3D
        declaration: {withoutEvidenceFrom: [USER_REPORT, OTHER]}
        surge: {window: PT1H, coolDown: PT90M, lateness: PT2M5S}
        """));
    assertEquals(List.of(
        "verification window: 0 min -> 3 d",
        "declaration without evidence from OTHER: added",
        "surge window: 45 s -> 1 h",
        "surge lateness: 2 min -> 2 min 5 s"), diff.changes());
    assertFalse(diff.isEmpty());
    assertEquals(List.of("surge key: SERVICE -> CATEGORY"), PolicyDiff.between(read("id: t\nversion: 1\n"),
        read("id: t\nversion: 2\nsurge: {key: CATEGORY}\n")).changes());
    assertEquals(List.of("authorization: permitAll -> standard", "roles amy: added [major-incident-manager]"),
        PolicyDiff.between(read("id: t\nversion: 1\n"),
            read("id: t\nversion: 2\nauthorization: standard\nroles: {amy: [major-incident-manager]}\n"))
            .changes());
  }

  @Test
  void aDefaultWrittenOutIsNoChange() {
    PolicyDiff diff = PolicyDiff.between(read("id: t\nversion: 1\n"),
        read("id: t\nversion: 2\nverificationWindow: PT24H\nserviceCatalogue: open\n"));
    assertTrue(diff.isEmpty(), diff::toString);
    assertEquals("t v1 -> t v2: no change", diff.toString());
  }
}
