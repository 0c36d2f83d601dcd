package dev.mim.core.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IdentificationAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every published module states its nullness with JSpecify: {@code @NullMarked}, so that what is
 * not {@code @Nullable} is never null, and the annotations reach the class files hosts compile against.
 */
class NullnessTest {

  private static final List<String> PUBLISHED = List.of("mim-core", "mim-policies", "mim-testkit", "mim-jackson",
      "mim-store-jdbc", "mim-kafka-streams");

  @Test
  void everyPackageOfEveryPublishedModuleIsNullMarked() throws IOException {
    int packages = 0;
    for (String module : PUBLISHED) {
      Path sources = Path.of("..").toAbsolutePath().normalize().resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path info : files.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
          String text = Files.readString(info, StandardCharsets.UTF_8);
          assertTrue(text.contains("@NullMarked\npackage "), info + " must be @NullMarked");
          packages++;
        }
      }
    }
    assertTrue(packages >= 30, "found only " + packages + " packages");
  }

  @Test
  void theAnnotationsAreInTheClassFiles() throws Exception {
    Class<?> declare = dev.mim.core.incident.IdentificationAction.Declare.class;
    var note = declare.getRecordComponents()[0].getAnnotatedType();
    assertTrue(note.isAnnotationPresent(org.jspecify.annotations.Nullable.class), "Declare.note is @Nullable");
    assertTrue(declare.getPackage().isAnnotationPresent(org.jspecify.annotations.NullMarked.class));
    assertTrue(dev.mim.core.incident.IncidentState.class.getRecordComponents()[0].getAnnotatedType()
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class), "IncidentState.id is @Nullable");
  }
}
