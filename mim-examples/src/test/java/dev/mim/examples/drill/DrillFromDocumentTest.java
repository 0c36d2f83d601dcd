package dev.mim.examples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.config.DocumentFormat;
import dev.mim.config.PolicyDocument;
import dev.mim.config.PolicyDocuments;
import dev.mim.core.incident.IncidentEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The drill under mim-examples' policy documents: policies/acme.yaml is the drill's host, as its code is. */
class DrillFromDocumentTest {

  private static PolicyDocument document(String file) throws IOException {
    return PolicyDocuments.read(Files.readString(Path.of("policies", file)), DocumentFormat.YAML);
  }

  @Test
  void theDrillUnderTheAcmeDocumentPrintsTheSameTimelineAndEndsInTheSameStateAsUnderTheHostsCode()
      throws IOException {
    ByteArrayOutputStream fromCode = new ByteArrayOutputStream();
    MondayMorningDrill.Result code = MondayMorningDrill.run(new PrintStream(fromCode, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream fromDocument = new ByteArrayOutputStream();
    MondayMorningDrill.Result doc = MondayMorningDrill.run(new PrintStream(fromDocument, true, StandardCharsets.UTF_8),
        MondayMorningDrill.Store.NONE, document("acme.yaml"));
    assertEquals(fromCode.toString(StandardCharsets.UTF_8), fromDocument.toString(StandardCharsets.UTF_8));
    PolicyDocument acme = document("acme.yaml");
    assertEquals(code.events(), doc.events().stream().map(e -> new IncidentEvent(e.schemaVersion(), e.tenant(),
        e.incidentId(), e.sequence(), e.occurredAt(), e.actor(), e.fact(), null)).toList());
    assertTrue(doc.events().stream().allMatch(e -> acme.policySet().version().equals(e.policies())),
        "every event names the document it was decided under");
    assertEquals(code.live(), doc.live());
    assertEquals(code.refusals(), doc.refusals());
  }

  @Test
  void theSecondTenantsDocumentReadsAndDiffersFromTheFirst() throws IOException {
    PolicyDocument globex = document("globex.yaml");
    assertEquals("globex", globex.id());
    assertEquals(4, globex.version());
    assertNotEquals(document("acme.yaml"), globex);
    assertEquals(globex, PolicyDocuments.read(PolicyDocuments.write(globex, DocumentFormat.JSON),
        DocumentFormat.JSON));
  }
}
