package dev.mim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.authorization.AuthorizationMatrix;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.testkit.contract.PolicyContracts;
import dev.mim.testkit.explore.Exploration;
import dev.mim.testkit.explore.WorkflowExplorer;
import dev.mim.testkit.fixture.IncidentFixture;
import dev.mim.testkit.generate.Generators;
import dev.mim.testkit.quicktheories.MimGen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The examples in mim's Javadoc, compiled and run here: each {@code javadoc:begin}..{@code javadoc:end} region
 * below is the {@code <pre>{@code ...}</pre>} block of the source it names, verbatim.
 */
class JavadocExamplesTest {

  private static final PolicySet DEFAULTS = PolicySet.ofDefaults();

  @Test
  void policySet() {
    // javadoc:begin mim-core/src/main/java/dev/mim/core/spi/PolicySet.java
    PolicySet policies = PolicySet.custom()
        .declarationPolicy(candidate -> candidate.classification().source() == IdentificationSource.EVENT_MONITORING)
        .majorIncidentThreshold((priority, services) -> priority.isAtLeast(Priority.of(2)))
        .build();
    // javadoc:end
    assertTrue(policies.majorIncidentThreshold().isMajor(Priority.of(2), List.of()));
  }

  @Test
  void incident() {
    PolicySet policies = DEFAULTS;
    List<IncidentEvent> store = new ArrayList<>();
    IncidentCommand command = IncidentCommand.of(IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:00:00Z"), new IdentificationAction.Identify(IdentificationSource.USER_REPORT,
            Set.of(ServiceId.of("mail")), Impact.HIGH, Urgency.HIGH, "mail down"));
    // javadoc:begin mim-core/src/main/java/dev/mim/core/lifecycle/Incident.java
    Incident incident = Incident.start();
    Incident.Step step = incident.decide(command, policies);
    store.addAll(step.newEvents()); // nothing when refused
    incident = step.incident();
    // javadoc:end
    assertEquals(incident.events(), store);
  }

  @Test
  void mimGen() {
    PolicySet policies = DEFAULTS;
    // javadoc:begin mim-testkit/src/main/java/dev/mim/testkit/quicktheories/MimGen.java
    qt().withFixedSeed(42).forAll(MimGen.of(Generators.incidents(policies)))
        .checkAssert(incident -> assertEquals(incident.state(), IncidentDecider.replay(incident.events())));
    // javadoc:end
  }

  @Test
  void policyContracts() {
    // javadoc:begin mim-testkit/src/main/java/dev/mim/testkit/contract/PolicyContracts.java
    PolicyContracts.standard().escalation(EscalationPresets.tiered());
    PolicyContracts.withSeed(42).examples(100).roleBasedAuthorization(AuthorizationMatrix.standard());
    // javadoc:end
  }

  @Test
  void incidentFixture() {
    PolicySet policies = DEFAULTS;
    // javadoc:begin mim-testkit/src/main/java/dev/mim/testkit/fixture/IncidentFixture.java
    IncidentFixture.under(policies)
        .givenHappyPathTo(IncidentStatus.CANDIDATE)
        .when(new IdentificationAction.Declare(null))
        .thenRefused(ViolationCode.VALIDATION_EVIDENCE_MISSING);
    // javadoc:end
  }

  @Test
  void workflowExplorer() {
    PolicySet policies = DEFAULTS;
    // javadoc:begin mim-testkit/src/main/java/dev/mim/testkit/explore/WorkflowExplorer.java
    Exploration e = WorkflowExplorer.under(policies).fromEveryStage().depth(2)
        .invariant("an ended incident stays as it ended", step -> !step.before().state().status().isTerminal()
            || step.after().state().status() == step.before().state().status())
        .explore();
    e.assertNoViolations();
    // javadoc:end
  }

  @Test
  void everyJavadocExampleIsQuotedFromThisClass() throws IOException {
    String self = Files.readString(ReadmeQuotes.ROOT.resolve(
        "mim-examples/src/test/java/dev/mim/examples/JavadocExamplesTest.java"), StandardCharsets.UTF_8);
    String begin = "// javadoc" + ":begin "; // not written whole, so that this line is no region's start
    String end = "// javadoc" + ":end";
    int from = 0;
    int checked = 0;
    while ((from = self.indexOf(begin, from)) >= 0) {
      int pathEnd = self.indexOf('\n', from);
      String source = self.substring(from + begin.length(), pathEnd);
      String region = self.substring(pathEnd + 1, self.indexOf(end, pathEnd)).stripIndent();
      String javadoc = Files.readString(ReadmeQuotes.ROOT.resolve(source), StandardCharsets.UTF_8);
      int start = javadoc.indexOf(" * <pre>{@code\n");
      int stop = javadoc.indexOf(" * }</pre>", start);
      StringBuilder example = new StringBuilder();
      for (String line : javadoc.substring(start + " * <pre>{@code\n".length(), stop).split("\n")) {
        example.append(line.startsWith(" * ") ? line.substring(3) : line.substring(2)).append('\n');
      }
      assertEquals(region, example.toString(), source + "'s Javadoc example must be this class's region");
      checked++;
      from = pathEnd;
    }
    assertEquals(6, checked);
  }
}
