package dev.mim.examples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.config.DocumentFormat;
import dev.mim.config.PolicyDocuments;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DefaultPoliciesTest {

  @Test
  void thePrintedDefaultsAreAValidDocumentOfMimsDefaultsInEitherForm() {
    for (DocumentFormat format : DocumentFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DefaultPolicies.print(new PrintStream(out, true, StandardCharsets.UTF_8), format);
      assertEquals(PolicyDocuments.defaults("my-tenant"),
          PolicyDocuments.read(out.toString(StandardCharsets.UTF_8), format));
    }
  }
}
