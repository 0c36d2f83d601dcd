package dev.mim.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.service.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theExampleStoresTheIdentificationAndRefusesTheEarlyDeclaration() {
    assertEquals(1, EmbeddingExample.run().size());
  }

  @Test
  void theReadmeQuotesTheCompiledExamples() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    for (String example : new String[] {"EmbeddingExample", "DetectionExample", "CustomPoliciesExample"}) {
      String source = Files.readString(
          ROOT.resolve("mim-examples/src/main/java/dev/mim/examples/embedding/" + example + ".java"),
          StandardCharsets.UTF_8);
      String quoted = regions(source);
      assertTrue(readme.contains("```java\n" + quoted + "```\n"),
          "README.md must quote " + example + "'s readme:begin..readme:end regions verbatim:\n" + quoted);
    }
  }

  @Test
  void theCustomPolicySetAutoDeclaresPaymentsAlertsOnly() {
    PolicySet policies = CustomPoliciesExample.policies();
    assertEquals(Duration.ofHours(48), policies.verificationWindow());
    assertTrue(policies.majorIncidentThreshold().isMajor(Priority.of(2), List.of()));
    assertFalse(policies.majorIncidentThreshold().isMajor(Priority.of(3), List.of()));
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    for (String service : new String[] {"payments", "mail"}) {
      IncidentId id = IncidentId.of("MI-" + service);
      Incident incident = Incident.start().decide(IncidentCommand.of(id, Actor.of("monitoring"), t,
          new Action.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of(service)), Impact.HIGH,
              Urgency.HIGH, "down")), policies).incident();
      boolean declared = incident.decide(IncidentCommand.of(id, Actor.of("duty"), t, new Action.Declare(null)),
          policies).accepted();
      assertEquals(service.equals("payments"), declared, service);
    }
  }

  @Test
  void theDetectionExampleTurnsASurgeIntoIdentifications() {
    DetectionExample example = new DetectionExample(ServiceCatalogue.open());
    List<Action.Identify> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.addAll(example.observe(new IncidentSignal(TenantId.DEFAULT, SignalSource.SERVICE_DESK_TICKET,
          ServiceId.of("mail"), Instant.parse("2026-11-23T09:00:00Z").plusSeconds(60L * i), "INC-" + i, "Email",
          null, null), Set.of()));
    }
    assertEquals(1, all.size(), "the fifth ticket of category Email within 15 minutes proposes one candidate");
    assertEquals(Set.of(ServiceId.of("mail")), all.get(0).affectedServices());
  }

  /** The readme:begin..readme:end regions of a source, each with its common indentation removed, joined. */
  private static String regions(String source) {
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
