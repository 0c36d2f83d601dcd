package dev.mim.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that README.md quotes the compiled examples' readme:begin..readme:end regions verbatim. */
public final class ReadmeQuotes {

  /** The project's root folder, seen from mim-examples. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private ReadmeQuotes() {}

  /**
   * @param source a source file, relative to the project's root
   * @throws IOException when a file cannot be read
   */
  public static void assertQuoted(String source) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String quoted = regions(Files.readString(ROOT.resolve(source), StandardCharsets.UTF_8));
    assertTrue(!quoted.isBlank() && readme.contains("```java\n" + quoted + "```\n"),
        "README.md must quote " + source + "'s readme:begin..readme:end regions verbatim:\n" + quoted);
  }

  /** The readme:begin..readme:end regions of a source, each with its common indentation removed, joined. */
  static String regions(String source) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while ((from = source.indexOf("// readme:begin\n", from)) >= 0) {
      int start = from + "// readme:begin\n".length();
      int end = source.indexOf("// readme:end", start);
      out.append(source.substring(start, end).stripIndent());
      from = end;
    }
    return out.toString();
  }
}
