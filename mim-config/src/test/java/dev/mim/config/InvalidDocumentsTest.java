package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mim.config.BrokenDocuments.Broken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every document of {@link BrokenDocuments} is refused with the documented exception, and one of its problems points
 * at the value broken or inside it.
 */
class InvalidDocumentsTest {

  @Test
  void everyBrokenValueOfEveryValidDocumentIsRefusedWithItsPointer(TestReporter reporter) {
    List<Broken> broken = BrokenDocuments.all();
    for (Broken b : broken) {
      String text = BrokenDocuments.JSON.writeValueAsString(b.document());
      try {
        PolicyDocuments.read(text, DocumentFormat.JSON);
        fail("accepted, " + b.what() + " at " + b.pointer() + ": " + text);
      } catch (InvalidPolicyDocumentException e) {
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith(b.pointer())),
            () -> b.what() + " at " + b.pointer() + " gave only " + e.problems());
      }
    }
    reporter.publishEntry("invalid documents", broken.size() + ", each refused with a problem at the value broken");
    assertTrue(broken.size() >= 200, "at least 200 invalid documents, made " + broken.size());
  }

}
