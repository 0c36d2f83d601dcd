package dev.mim.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theExampleStoresTheIdentificationAndRefusesTheEarlyDeclaration() {
    assertEquals(1, EmbeddingExample.run().size());
  }

  @Test
  void theReadmeQuotesTheCompiledExample() throws IOException {
    String source = Files.readString(
        ROOT.resolve("mim-examples/src/main/java/dev/mim/examples/embedding/EmbeddingExample.java"),
        StandardCharsets.UTF_8);
    String quoted = between(source, "// readme:begin\n", "// readme:end").stripIndent();
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + quoted + "```\n"),
        "README.md must quote EmbeddingExample between readme:begin and readme:end verbatim:\n" + quoted);
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin) + begin.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
