package dev.mim.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example documents of the tests, as text. */
final class Documents {

  private Documents() {}

  static String example(String file) {
    try (InputStream in = Documents.class.getResourceAsStream("examples/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no test resource examples/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PolicyDocument acme() {
    return PolicyDocuments.read(example("acme.yaml"), DocumentFormat.YAML);
  }

  static PolicyDocument globex() {
    return PolicyDocuments.read(example("globex.json"), DocumentFormat.JSON);
  }
}
