package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.Transitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in diagrams (docs/lifecycle.md and the README) must be the one the transition table draws. To
 * refresh them after changing the table: {@code mvn -pl mim-core-tests -am test -Dtest=LifecycleDiagramTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmim.diagram.write=true}.
 */
class LifecycleDiagramTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String BEGIN = "<!-- lifecycle diagram: generated from the transition table -->\n```mermaid\n";
  private static final String END = "```\n";

  @Test
  void theCheckedInDiagramsAreTheTableDrawn() throws IOException {
    String expected = BEGIN + LifecycleDiagram.mermaid() + END;
    for (Path file : new Path[] {ROOT.resolve("docs/lifecycle.md"), ROOT.resolve("README.md")}) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int from = text.indexOf(BEGIN);
      int to = from < 0 ? -1 : text.indexOf(END, from + BEGIN.length());
      if (from < 0 || to < 0) {
        fail(file + " has no generated lifecycle diagram block starting with: " + BEGIN);
      }
      String current = text.substring(from, to + END.length());
      if (!current.equals(expected)) {
        if (Boolean.getBoolean("mim.diagram.write")) {
          Files.writeString(file, text.substring(0, from) + expected + text.substring(to + END.length()),
              StandardCharsets.UTF_8);
        } else {
          fail(file + " holds a stale lifecycle diagram; refresh it with "
              + "mvn -pl mim-core-tests -am test -Dtest=LifecycleDiagramTest"
              + " -Dsurefire.failIfNoSpecifiedTests=false -Dmim.diagram.write=true");
        }
      }
    }
  }

  @Test
  void everyMoveOfTheTableIsAnArrowOfTheDiagram() {
    String diagram = LifecycleDiagram.mermaid();
    for (IncidentStatus from : IncidentStatus.values()) {
      for (ActionKind action : ActionKind.values()) {
        IncidentStatus to = Transitions.target(from, action);
        if (to != null && to != from) {
          String arrow = (from == IncidentStatus.NONE ? "[*]" : from.name()) + " --> " + to + " : "
              + LifecycleDiagram.label(action);
          assertTrue(diagram.contains(arrow), "missing " + arrow);
        }
      }
    }
  }
}
