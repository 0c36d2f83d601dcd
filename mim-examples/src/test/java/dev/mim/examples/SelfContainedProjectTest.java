package dev.mim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A clone of the project works alone: nothing in it reaches for a folder beside it. */
class SelfContainedProjectTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** A path climbing out of the project to a sibling folder named shared, written so that it does not match itself. */
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./(\\.\\./)*" + "shared");

  @Test
  void noFileOfTheProjectRefersToAFolderOutsideIt() throws IOException {
    List<String> offenders = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).filter(SelfContainedProjectTest::ours)::iterator) {
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
          continue;
        }
        read++;
        if (OUTSIDE.matcher(text).find()) {
          offenders.add(ROOT.relativize(f).toString());
        }
      }
    }
    assertTrue(read > 100, "read only " + read + " files from " + ROOT);
    assertEquals(List.of(), offenders);
  }

  @Test
  void theServiceNowLogShipsWithItsAttribution() throws IOException {
    String readme = Files.readString(ROOT.resolve("data/servicenow/README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("CC BY 4.0") && readme.contains("Amaral, Fantinato"), readme);
    assertTrue(Files.size(ROOT.resolve("data/servicenow/servicenow-incident-event-log.csv")) > 1_000_000);
  }

  /** The project's own files: not git's, not build output, not the data itself. */
  private static boolean ours(Path f) {
    Path rel = ROOT.relativize(f);
    for (Path part : rel) {
      String name = part.toString();
      if (name.equals(".git") || name.equals("target") || name.equals("node_modules")) {
        return false;
      }
    }
    return !f.toString().endsWith(".csv");
  }
}
