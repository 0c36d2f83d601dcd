package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.policies.detection.SurgeSettings;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyDocumentsTest {

  @Test
  void aDocumentDescribesThePolicySetItIsReadInto() {
    PolicyDocument acme = Documents.acme();
    assertEquals("acme", acme.id());
    assertEquals(3, acme.version());
    PolicySet p = acme.policySet();
    assertEquals(4, p.priorityMatrix().impactLevels());
    assertEquals(Priority.of(2), p.priorityMatrix().priorityOf(Impact.of(1), Urgency.of(3)));
    assertEquals(Duration.ofHours(48), p.verificationWindow());
    assertEquals(ZoneId.of("Europe/Paris"), p.dueDateZone());
    BusinessService payments = p.serviceCatalogue().find(ServiceId.of("payments")).orElseThrow();
    assertEquals(1, payments.tier());
    assertEquals(new BigDecimal("25000.00"), payments.hourlyDowntimeCost());
    assertFalse(p.serviceCatalogue().admits(ServiceId.of("unknown")));
    assertTrue(p.majorIncidentThreshold().isMajor(Priority.of(2), List.of(payments)));
    assertFalse(p.majorIncidentThreshold().isMajor(Priority.of(2),
        List.of(p.serviceCatalogue().find(ServiceId.of("intranet")).orElseThrow())));

    ServiceImpact dbDown = p.serviceCatalogue().impactOf(Set.of(ServiceId.of("payments-db")));
    assertEquals(Set.of(ServiceId.of("payments")), dbDown.businessServices());
    assertEquals(Set.of(Audience.external("merchants")), dbDown.subscribers());
    assertEquals(Optional.of(Impact.HIGH), dbDown.proposedImpact());

    PolicySet globex = Documents.globex().policySet();
    assertEquals(PriorityMatrix.itil(), globex.priorityMatrix());
    assertEquals(Duration.ofDays(3), globex.verificationWindow());
    assertTrue(globex.serviceCatalogue().admits(ServiceId.of("anything")));
    assertTrue(globex.majorIncidentThreshold().isMajor(Priority.of(2), List.of()));
  }

  @Test
  void theCommunicationSectionGivesThePlanTheCalendarAndTheRegimes() {
    CommunicationPolicy c = Documents.acme().policySet().communication();
    assertEquals(List.of(
        new AudiencePlan(Audience.EXECUTIVES, Duration.ofMinutes(15), Duration.ofMinutes(30), false, false, true),
        new AudiencePlan(Audience.external("key-accounts"), Duration.ofMinutes(30), Duration.ofHours(1), true, true,
            true),
        new AudiencePlan(Audience.SERVICE_DESK, Duration.ofMinutes(10), Duration.ofMinutes(20), false, true, true),
        AudiencePlan.of(Audience.SUBSCRIBERS, Duration.ofMinutes(20), Duration.ofHours(1))),
        c.plan().at(Priority.of(1)));
    assertEquals(List.of(AudiencePlan.of(Audience.SERVICE_DESK, Duration.ofMinutes(30), Duration.ofHours(1))),
        c.plan().at(Priority.of(2)));
    assertEquals(new WorkingHours(ZoneId.of("Europe/Paris"), LocalTime.of(8, 30), LocalTime.of(18, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2027, 1, 1))), c.calendar());
    assertEquals(RegulatoryRegime.dora(), c.regimes().get(0));
    RegulatoryRegime supervisor = c.regimes().get(1);
    assertEquals(Audience.external("supervisor"), supervisor.audience());
    assertEquals(new RegulatoryRegime.Deadline(RegulatoryRegime.Anchor.REPORT_SENT, "supervisor:notice",
        Period.ofDays(14)), supervisor.reports().get(1).deadlines().get(0));
    assertEquals(CommunicationPolicy.ofDefaults(), PolicyDocuments.defaults("d").policySet().communication());
  }

  @Test
  void aCommunicationSectionsProblemsAreEachAtTheirValue() {
    String yaml = """
        id: x
        version: 1
        communication:
          plan:
            P1:
              - {audience: executives, firstNoticeWithin: PT30M, updateEvery: PT15M}
              - {audience: board, firstNoticeWithin: PT0S, updateEvery: PT15M, businessHoursOnly: sometimes}
            P0: []
          calendar: {zone: UTC, start: "18:00", end: "09:00", workingDays: [MONDAY, FUNDAY], holidays: [2026-02-30]}
          regimes:
            - SOX
            - name: own
              audience: regulator
              reports:
                - {id: a, title: A, legalBasis: law, deadlines: [{anchor: REPORT_SENT, within: PT1H}]}
        """;
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(yaml, DocumentFormat.YAML));
    assertEquals(List.of(
        "/communication/plan/P1/0/updateEvery: updateEvery must not be shorter than firstNoticeWithin (PT30M), was"
            + " PT15M",
        "/communication/plan/P1/1/businessHoursOnly: must be true or false, was sometimes",
        "/communication/plan/P0: must be a priority from P1 to P9, was P0",
        "/communication/calendar/workingDays/1: must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
            + " SATURDAY, SUNDAY], was FUNDAY",
        "/communication/calendar/holidays/0: must be a date such as 2026-12-25, was 2026-02-30",
        "/communication/regimes/0: must be DORA or NIS2, or an object with the regime's name, audience and reports,"
            + " was SOX",
        "/communication/regimes/1/reports/0/deadlines/0: afterReport must be given exactly when anchor"
            + " is REPORT_SENT, was null with REPORT_SENT"),
        e.problems().stream().map(DocumentProblem::toString).toList());
  }

  @Test
  void theSurgeSettingsAreTheDetectorsOnTheDocumentsCatalogue() {
    PolicyDocument document = Documents.acme();
    SurgeSettings acme = document.surge();
    assertEquals(4, acme.threshold());
    assertEquals(Duration.ofMinutes(10), acme.window());
    assertEquals(SignalKey.byCategory(), acme.key());
    assertEquals(0, acme.immediateTier());
    assertSame(document.policySet().serviceCatalogue(), acme.catalogue());
    SurgeSettings defaults = PolicyDocuments.defaults("d").surge();
    assertEquals(SurgeSettings.ofDefaults(), SurgeSettings.from(defaults).catalogue(ServiceCatalogue.open()).build());
  }

  @Test
  void everyEventDecidedUnderADocumentNamesItsIdAndVersion() {
    PolicySet acme = Documents.acme().policySet();
    assertEquals(new PoliciesVersion("acme", 3), acme.version());
    Decision decided = IncidentDecider.decide(IncidentState.initial(), Candidates.identify(), acme);
    assertEquals(new PoliciesVersion("acme", 3),
        ((Decision.Accepted) decided).events().get(0).policies());
    assertNull(Candidates.decidedInCode().policies(), "an event decided under policies built in code names none");
    InvalidPolicyDocumentException tooLong = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("id: " + "x".repeat(129) + "\nversion: 1\n", DocumentFormat.YAML));
    assertEquals("/id", tooLong.problems().get(0).pointer());
  }

  @Test
  void aDocumentWrittenAndReadBackIsEqualInEitherForm() {
    for (PolicyDocument d : List.of(Documents.acme(), Documents.globex(), PolicyDocuments.defaults("defaults"))) {
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = PolicyDocuments.write(d, format);
        PolicyDocument back = PolicyDocuments.read(written, format);
        assertEquals(d, back, () -> format + ":\n" + written);
        assertEquals(d.hashCode(), back.hashCode());
        assertNotEquals(d, PolicyDocuments.read(PolicyDocuments.write(d, DocumentFormat.YAML)
            .replaceFirst("(?m)^version: ", "version: 1"), DocumentFormat.YAML), "another version is another document");
        assertEquals(written, PolicyDocuments.write(back, format), "writing is stable");
      }
    }
  }

  @Test
  void theDefaultsWrittenOutInFullNameEveryFieldAndAreMimsDefaults() {
    PolicyDocument defaults = PolicyDocuments.defaults("starting-point");
    String yaml = PolicyDocuments.write(defaults, DocumentFormat.YAML);
    for (String field : List.of("schema: 1", "id: starting-point", "version: 1", "priorityMatrix: itil",
        "verificationWindow: PT24H", "dueDateZone: Z", "withoutEvidenceFrom: []", "priorityAtLeast: P1",
        "tier: 1", "priorityAtLeast: P2", "serviceCatalogue: open")) {
      assertTrue(yaml.contains(field), () -> field + " missing from\n" + yaml);
    }
    PolicySet p = defaults.policySet();
    PolicySet mim = PolicySet.ofDefaults();
    assertEquals(mim.priorityMatrix(), p.priorityMatrix());
    assertEquals(mim.verificationWindow(), p.verificationWindow());
    assertEquals(mim.dueDateZone(), p.dueDateZone());
    assertEquals(PolicyDocuments.preset("validate-first").policySet().verificationWindow(), p.verificationWindow());
  }

  @Test
  void aDeclarationPolicyTrustsOnlyTheSourcesItNames() {
    PolicySet acme = Documents.acme().policySet();
    PolicySet defaults = PolicyDocuments.defaults("d").policySet();
    for (IdentificationSource source : IdentificationSource.values()) {
      IncidentState candidate = Candidates.identifiedBy(source);
      boolean trusted = source == IdentificationSource.EVENT_MONITORING || source == IdentificationSource.RESOLVER_GROUP;
      assertEquals(trusted, acme.declarationPolicy().allowsDeclarationWithoutEvidence(candidate), source::name);
      assertFalse(defaults.declarationPolicy().allowsDeclarationWithoutEvidence(candidate), source::name);
    }
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPointerItsValueAndWhatWasExpected() {
    String yaml = """
        schema: 1
        id: acme
        version: 0
        colour: blue
        priorityMatrix: {cells: [[P1, P2, P3], [P2, P0, P4], [P3, P4, P5]]}
        verificationWindow: -PT5M
        dueDateZone: Mars/Olympus
        declaration: {withoutEvidenceFrom: [EVENT_MONITORING, PAGER, EVENT_MONITORING]}
        majorIncidentThreshold: {priorityAtLeast: 1, orOnTopTier: {tier: 12}}
        serviceCatalogue:
          services:
            - {id: payments, name: Payments, tier: 1, hourlyDowntimeCost: "-5", resolverGroup: pay, owner: amy}
            - {id: payments, name: Payments again, tier: 2, hourlyDowntimeCost: 1, resolverGroup: pay, owner: amy}
            - {id: web, name: " ", tier: one, hourlyDowntimeCost: lots, resolverGroup: web, owner: bob, url: x}
        """;
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(yaml, DocumentFormat.YAML));
    List<String> problems = e.problems().stream().map(DocumentProblem::toString).toList();
    assertEquals(List.of(
        "/colour: is not a field here; the fields are " + new java.util.TreeSet<>(DocumentReader.FIELDS),
        "/version: must be from 1 to 9223372036854775807, was 0",
        "/priorityMatrix/cells/1/1: must be a priority from P1 to P9, was P0",
        "/verificationWindow: must not be negative, was -PT5M",
        "/dueDateZone: must be a time zone id such as Europe/Paris or UTC, was Mars/Olympus",
        "/declaration/withoutEvidenceFrom/1: must be one of [SERVICE_DESK_VOLUME, USER_REPORT, EVENT_MONITORING,"
            + " RESOLVER_GROUP, OTHER], was PAGER",
        "/declaration/withoutEvidenceFrom/2: names source EVENT_MONITORING a second time",
        "/majorIncidentThreshold/priorityAtLeast: must be a priority from P1 to P9, was 1",
        "/majorIncidentThreshold/orOnTopTier/tier: must be from 1 to 9, was 12",
        "/majorIncidentThreshold/orOnTopTier/priorityAtLeast: is required",
        "/serviceCatalogue/services/0/hourlyDowntimeCost: must not be negative, was -5",
        "/serviceCatalogue/services/2/url: is not a field here; the fields are [hourlyDowntimeCost, id, name, owner,"
            + " resolverGroup, subscribers, supports, tier]",
        "/serviceCatalogue/services/2/name: must be a text that is not blank, was  ",
        "/serviceCatalogue/services/2/tier: must be a whole number from 1 to 9, was one",
        "/serviceCatalogue/services/2/hourlyDowntimeCost: must be a decimal number that is not negative, such as"
            + " 1200.50, was lots"),
        problems);
    assertTrue(e.getMessage().startsWith("the policy document has 15 problems:\n  /colour: "), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void dependenciesNameOnlyTheCataloguesServicesAndFormNoCycle() {
    String yaml = """
        schema: 1
        id: acme
        version: 1
        serviceCatalogue:
          services:
            - {id: db, name: Database, tier: 2, hourlyDowntimeCost: 0, resolverGroup: dba, owner: bob,
               supports: [api, crm]}
            - {id: api, name: API, tier: 1, hourlyDowntimeCost: 1, resolverGroup: web, owner: amy, supports: [db],
               subscribers: [{name: partners, external: true}, 7]}
        """;
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(yaml, DocumentFormat.YAML));
    assertEquals(List.of("/serviceCatalogue/services/1/subscribers/1: must be an object with the fields [external, "
        + "name], was 7"),
        e.problems().stream().map(DocumentProblem::toString).toList());
    e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(yaml.replace(", 7]", "]"), DocumentFormat.YAML));
    assertEquals(List.of("/serviceCatalogue/services/0/supports/1: names service crm, which the catalogue does not "
        + "hold"), e.problems().stream().map(DocumentProblem::toString).toList());
    e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(yaml.replace(", 7]", "]").replace("[api, crm]", "[api]"), DocumentFormat.YAML));
    assertEquals(List.of("/serviceCatalogue/services: service dependencies must not form a cycle, found api -> db "
        + "-> api"), e.problems().stream().map(DocumentProblem::toString).toList());
  }

  @Test
  void aDuplicateServiceIdNamesWhereItFirstAppeared() {
    String json = """
        {"id": "x", "version": 1, "serviceCatalogue": {"services": [
          {"id": "a", "name": "A", "tier": 1, "hourlyDowntimeCost": 1, "resolverGroup": "g", "owner": "o"},
          {"id": "a", "name": "A2", "tier": 2, "hourlyDowntimeCost": 1, "resolverGroup": "g", "owner": "o"}]}}
        """;
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read(json, DocumentFormat.JSON));
    assertEquals(List.of(new DocumentProblem("/serviceCatalogue/services/1/id",
        "names service a a second time (first at /serviceCatalogue/services/0)")), e.problems());
  }

  @Test
  void malformedTextIsOneProblemWithItsLineAndColumn() {
    InvalidPolicyDocumentException json = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("{\"id\": \"x\",\n \"version\": }", DocumentFormat.JSON));
    assertEquals(1, json.problems().size());
    assertTrue(json.problems().get(0).message().startsWith("is not well-formed JSON at line 2, column 13"),
        json.getMessage());
    InvalidPolicyDocumentException yaml = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("id: x\nid: y\nversion: 1\n", DocumentFormat.YAML));
    assertTrue(yaml.problems().get(0).message().contains("Duplicate"), yaml.getMessage());
    assertEquals("is empty", assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("", DocumentFormat.YAML)).problems().get(0).message());
  }

  @Test
  void aDocumentOfANewerSchemaIsRefusedSayingToUpgrade() {
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("schema: 2\nid: x\nversion: 1\n", DocumentFormat.YAML));
    assertEquals(List.of(new DocumentProblem("/schema", "this release of mim reads policy documents of schema 1 to 1,"
        + " was 2: upgrade mim to read it")), e.problems());
  }

  @Test
  void aLegacyMatrixIsReadOnlyWhenTheDocumentSaysItIsNotMonotonic() {
    String cells = "cells: [[P3, P2, P1], [P2, P3, P4], [P3, P4, P5]]";
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class,
        () -> PolicyDocuments.read("id: x\nversion: 1\npriorityMatrix: {" + cells + "}\n", DocumentFormat.YAML));
    assertEquals("/priorityMatrix/cells", e.problems().get(0).pointer());
    PolicyDocument legacy = PolicyDocuments.read("id: x\nversion: 1\npriorityMatrix: {" + cells
        + ", monotonic: false}\n", DocumentFormat.YAML);
    assertFalse(legacy.policySet().priorityMatrix().isMonotonic());
  }

  @Test
  void theReadmesExampleIsTheAcmeDocumentAndItsJavaCompilesAsQuoted() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Policies as documents"));
    String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n"));
    assertEquals(Documents.acme(), PolicyDocuments.read(yaml, DocumentFormat.YAML));
    // readme:begin policies-as-documents
    PolicyDocument acme = PolicyDocuments.read(yaml, DocumentFormat.YAML);  // or DocumentFormat.JSON
    PolicySet policies = acme.policySet();          // decide with it, or put it in a TenantDirectory
    String full = PolicyDocuments.write(acme, DocumentFormat.YAML);          // every field, defaults included
    PolicyDocument start = PolicyDocuments.defaults("new-tenant");           // mim's defaults, written out in full
    PolicyDocument preset = PolicyDocuments.preset("monitoring-first");      // PolicyPresets as documents
    // readme:end
    String quoted = section.substring(section.indexOf("```java\n") + 8);
    quoted = quoted.substring(0, quoted.indexOf("```\n"));
    String source = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/test/java/dev/mim/config/PolicyDocumentsTest.java"));
    String begin = "// readme:begin policies-as-documents\n";
    String region = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // readme:end"));
    assertEquals(quoted, region.replaceAll("(?m)^    ", ""), "README quotes this test's lines");
    assertEquals(Duration.ofHours(48), policies.verificationWindow());
    assertEquals(acme, PolicyDocuments.read(full, DocumentFormat.YAML));
    assertEquals(1, start.version());
    assertEquals("monitoring-first", preset.id());
  }

  @Test
  void nullArgumentsAreRefusedNamingThem() {
    assertThrows(IllegalArgumentException.class, () -> PolicyDocuments.read(null, DocumentFormat.JSON));
    assertThrows(IllegalArgumentException.class, () -> PolicyDocuments.write(Documents.acme(), null));
    IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
        () -> PolicyDocuments.preset("chaos"));
    assertEquals("name must be one of [validate-first, monitoring-first, managed-service-provider], was chaos",
        preset.getMessage());
  }
}
