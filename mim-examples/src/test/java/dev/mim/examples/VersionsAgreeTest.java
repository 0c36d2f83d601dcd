package dev.mim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * mim's version is one property in three POMs that do not inherit from one another (the parent, the BOM, and the
 * example application on Spring Boot's parent): the snapshot and the release profile's version agree in all three.
 */
class VersionsAgreeTest {

  private static final Pattern REVISION = Pattern.compile("<revision>([^<]+)</revision>");

  private static List<String> revisions(String pom) throws IOException {
    Matcher m = REVISION.matcher(Files.readString(ReadmeQuotes.ROOT.resolve(pom)));
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void theParentTheBomAndTheExampleApplicationHaveOneVersionAndOneReleaseVersion() throws IOException {
    List<String> parent = revisions("pom.xml");
    assertEquals(2, parent.size(), "the snapshot and the release profile's version: " + parent);
    assertEquals(parent, revisions("mim-bom/pom.xml"), "mim-bom/pom.xml");
    assertEquals(parent, revisions("mim-examples-spring-boot/pom.xml"), "mim-examples-spring-boot/pom.xml");
    assertEquals(parent.get(0), parent.get(1) + "-SNAPSHOT", "main holds the snapshot of the next release");
  }
}
