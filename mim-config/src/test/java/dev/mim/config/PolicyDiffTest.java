package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        "escalation rule 2 after: 15 min -> 10 min"), diff.changes());
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertTrue(readme.contains("```\n" + diff + "\n```\n"), "README.md shows this diff:\n" + diff);
  }

  @Test
  void aDefaultWrittenOutIsNoChange() {
    PolicyDiff diff = PolicyDiff.between(read("id: t\nversion: 1\n"),
        read("id: t\nversion: 2\nverificationWindow: PT24H\nserviceCatalogue: open\n"));
    assertTrue(diff.isEmpty(), diff::toString);
    assertEquals("t v1 -> t v2: no change", diff.toString());
  }
}
