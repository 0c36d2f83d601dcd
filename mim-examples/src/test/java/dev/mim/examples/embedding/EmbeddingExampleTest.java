package dev.mim.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.examples.ReadmeQuotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void theExampleStoresTheIdentificationAndRefusesTheEarlyDeclaration() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(1, EmbeddingExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8)).size());
    assertEquals("validation-evidence-missing: candidate MI-1042 has no validation evidence and the declaration "
        + "policy does not allow declaring without it" + System.lineSeparator(),
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeQuotesTheCompiledExamples() throws IOException {
    for (String example : new String[] {"EmbeddingExample", "DetectionExample", "CustomPoliciesExample",
        "CustomEscalationExample"}) {
      ReadmeQuotes.assertQuoted("mim-examples/src/main/java/dev/mim/examples/embedding/" + example + ".java");
    }
    ReadmeQuotes.assertQuoted("mim-examples/src/test/java/dev/mim/examples/testing/OurPoliciesTest.java");
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
          new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of(service)), Impact.HIGH,
              Urgency.HIGH, "down")), policies).incident();
      boolean declared = incident.decide(IncidentCommand.of(id, Actor.of("duty"), t, new IdentificationAction.Declare(null)),
          policies).accepted();
      assertEquals(service.equals("payments"), declared, service);
    }
  }

  @Test
  void theCustomEscalationPagesTheOwnerThenTheCtoWhileAP2WaitsForMobilisation() {
    PolicySet policies = PolicySet.custom().escalation(new CustomEscalationExample.NotMobilised()).build();
    IncidentId id = IncidentId.of("MI-7");
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    Incident incident = Incident.start()
        .decide(IncidentCommand.of(id, Actor.of("desk"), t, new IdentificationAction.Identify(IdentificationSource.USER_REPORT,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.MEDIUM, "card payments slow")), policies)
        .incident()
        .decide(IncidentCommand.of(id, Actor.of("desk"), t, new IdentificationAction.RecordValidation(
            EvidenceKind.AFFECTED_USERS_CONFIRMED, "stores confirm")), policies).incident()
        .decide(IncidentCommand.of(id, Actor.of("desk"), t, new IdentificationAction.Declare(null)), policies).incident();
    assertEquals(IncidentStatus.DECLARED, incident.state().status());
    EscalationPolicy escalation = policies.escalation();
    assertTrue(escalation.due(incident.state(), t.plus(Duration.ofMinutes(9))).stream()
        .noneMatch(e -> e.isDueAt(t.plus(Duration.ofMinutes(9)))));
    List<Escalation> at10 = escalation.due(incident.state(), t.plus(Duration.ofMinutes(10)));
    // level 1 due now; level 2 listed as the next, not due yet
    assertEquals(List.of(1, 2), at10.stream().map(Escalation::level).toList());
    assertEquals("not mobilised within 10 min", at10.get(0).reason());
    assertFalse(at10.get(1).isDueAt(t.plus(Duration.ofMinutes(10))));
    // The host records the page; the decider accepts it because the policy has it due, then owes level 2 at 30 min.
    incident = incident.decide(IncidentCommand.of(id, Actor.of("pager"), t.plus(Duration.ofMinutes(10)),
        new EscalationAction.RecordEscalation(at10.get(0).condition(), 1, at10.get(0).targets(), at10.get(0).reason())),
        policies).incident();
    List<Escalation> later = escalation.due(incident.state(), t.plus(Duration.ofHours(1)));
    assertEquals(List.of(2), later.stream().map(Escalation::level).toList());
    assertEquals(t.plus(Duration.ofMinutes(30)), later.get(0).dueAt());
    assertEquals(List.of(EscalationTarget.role(Role.of("cto"))), later.get(0).targets());
    // Held from 09:20 to 09:50: level 2 comes 30 minutes later.
    incident = incident.decide(IncidentCommand.of(id, Actor.of("mim"), t.plus(Duration.ofMinutes(20)),
        new EscalationAction.HoldEscalations("vendor on site")), policies).incident();
    assertEquals(List.of(), escalation.due(incident.state(), t.plus(Duration.ofHours(1))));
    incident = incident.decide(IncidentCommand.of(id, Actor.of("mim"), t.plus(Duration.ofMinutes(50)),
        new EscalationAction.ResumeEscalations(null)), policies).incident();
    assertEquals(t.plus(Duration.ofMinutes(60)), escalation.due(incident.state(), t.plus(Duration.ofHours(2)))
        .get(0).dueAt());
    // A P3 never escalates under this policy.
    Incident minor = Incident.start().decide(IncidentCommand.of(IncidentId.of("MI-8"), Actor.of("desk"), t,
        new IdentificationAction.Identify(IdentificationSource.USER_REPORT, Set.of(ServiceId.of("mail")), Impact.MEDIUM,
            Urgency.MEDIUM, "mail slow")), policies).incident();
    assertEquals(List.of(), escalation.due(minor.state(), t.plus(Duration.ofDays(1))));
  }

  @Test
  void theDetectionExampleTurnsASurgeIntoIdentifications() {
    DetectionExample example = new DetectionExample(ServiceCatalogue.open());
    List<IdentificationAction.Identify> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.addAll(example.observe(new IncidentSignal(TenantId.DEFAULT, SignalSource.SERVICE_DESK_TICKET,
          ServiceId.of("mail"), Instant.parse("2026-11-23T09:00:00Z").plusSeconds(60L * i), "INC-" + i, "Email",
          null, null), Set.of()));
    }
    assertEquals(1, all.size(), "the fifth ticket of category Email within 15 minutes proposes one candidate");
    assertEquals(Set.of(ServiceId.of("mail")), all.get(0).affectedServices());
  }
}
