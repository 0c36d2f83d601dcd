package dev.mim.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IncidentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredDrillTest {

  @Test
  void theDrillsEventsStoredInAnH2FileLoadBackAndReplayToTheLiveState(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    Path file = dir.resolve("drill");
    StoredDrill.Result r = StoredDrill.run(file, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertTrue(r.matches());
    assertEquals(r.drill().events(), r.loaded());
    assertEquals(IncidentStatus.CLOSED, r.replayed().status());
    assertEquals(java.util.List.of(), r.open(), "the drill's incident is closed");
    assertTrue(Files.exists(dir.resolve("drill.mv.db")));
    String out = text.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Loaded back " + r.loaded().size() + " events"), out);

    // A second run starts from empty tables: the same events, not twice as many.
    StoredDrill.Result again = StoredDrill.run(file, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    assertEquals(r.loaded(), again.loaded());
  }
}
