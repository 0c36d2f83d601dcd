package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.PolicySet;
import org.junit.jupiter.api.Test;

/** Validation may find that a candidate is not a major incident; a downgrade cites what it found. */
class ValidationEvidenceTest {

  private final IncidentDriver d = new IncidentDriver();

  private void candidate() {
    d.ok(IncidentDriver.identify(IdentificationSource.EVENT_MONITORING));
    d.ok(new IdentificationAction.EngageResolverGroup(ResolverGroup.of("network"), true));
  }

  @Test
  void eachKindOfEvidenceEitherConfirmsOrRefutes() {
    for (EvidenceKind k : EvidenceKind.values()) {
      assertTrue(k.confirms() != k.refutes(), k.toString());
    }
    assertTrue(EvidenceKind.MOMENTARY_ALERT.refutes());
    assertTrue(EvidenceKind.FALSE_POSITIVE.refutes());
    assertTrue(EvidenceKind.BELOW_THRESHOLD.refutes());
    assertTrue(EvidenceKind.DUPLICATE.refutes());
    assertTrue(EvidenceKind.RESOLVER_GROUP_CONFIRMED.confirms());
  }

  @Test
  void declaringWithOnlyRefutingEvidenceIsRefusedAndTheDowngradeCitesIt() {
    candidate();
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.MOMENTARY_ALERT, "checks green again after 40 s"));
    Decision.Rejected r = d.no(ViolationCode.VALIDATION_REFUTED, new IdentificationAction.Declare(null));
    assertTrue(r.violations().get(0).message().contains("MOMENTARY_ALERT"), r.violations().toString());

    Decision.Accepted a = d.ok(new IdentificationAction.Downgrade("momentary alert", EvidenceKind.MOMENTARY_ALERT));
    assertEquals(IncidentStatus.DOWNGRADED, a.state().status());
    assertEquals(EvidenceKind.MOMENTARY_ALERT, ((IdentificationFact.IncidentDowngraded) a.events().get(0).fact()).evidence());
  }

  @Test
  void aPolicyThatAllowsDeclaringWithoutEvidenceDoesNotOverruleRefutingEvidence() {
    d.policies = PolicySet.custom()
        .declarationPolicy(DeclarationPolicy.autoDeclareFrom(IdentificationSource.EVENT_MONITORING)).build();
    candidate();
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.FALSE_POSITIVE, "probe misconfigured"));
    d.no(ViolationCode.VALIDATION_REFUTED, new IdentificationAction.Declare(null));
  }

  @Test
  void aDowngradeMayCiteOnlyEvidenceThatWasRecorded() {
    candidate();
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.BELOW_THRESHOLD, "two users"));
    Decision.Rejected r = d.no(ViolationCode.EVIDENCE_NOT_RECORDED,
        new IdentificationAction.Downgrade("false positive", EvidenceKind.FALSE_POSITIVE));
    assertEquals("action.evidence", r.violations().get(0).field());
    d.ok(new IdentificationAction.Downgrade("only two users", EvidenceKind.BELOW_THRESHOLD));
  }

  @Test
  void aDowngradeCannotCiteConfirmingEvidence() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new IdentificationAction.Downgrade("why", EvidenceKind.AFFECTED_USERS_CONFIRMED)).getMessage()
        .startsWith("evidence must be a refuting kind"));
  }

  @Test
  void confirmingEvidenceOutweighsRefutingEvidenceWithAnAdvisory() {
    candidate();
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.MOMENTARY_ALERT, "recovered"));
    d.ok(new IdentificationAction.RecordValidation(EvidenceKind.AFFECTED_USERS_CONFIRMED, "stores still down"));
    Decision.Accepted a = d.ok(new IdentificationAction.Declare(null));
    assertEquals(AdvisoryCode.CONFLICTING_EVIDENCE, a.advisories().get(0).code());
    assertEquals(false, ((IdentificationFact.MajorIncidentDeclared) a.events().get(0).fact()).withoutEvidence());
  }

  @Test
  void aDuplicateNamesTheIncidentItDuplicates() {
    assertEquals("duplicateOf must name the incident duplicated for evidence DUPLICATE",
        assertThrows(IllegalArgumentException.class,
            () -> new IdentificationAction.RecordValidation(EvidenceKind.DUPLICATE, "same outage")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentificationAction.RecordValidation(
        EvidenceKind.FALSE_POSITIVE, null, IncidentId.of("MI-7"))).getMessage()
        .startsWith("duplicateOf must be null for evidence FALSE_POSITIVE"));
    candidate();
    Decision.Accepted a = d.ok(new IdentificationAction.RecordValidation(EvidenceKind.DUPLICATE, "same outage",
        IncidentId.of("MI-7")));
    assertEquals(IncidentId.of("MI-7"), ((IdentificationFact.ValidationRecorded) a.events().get(0).fact()).duplicateOf());
    d.ok(new IdentificationAction.Downgrade("duplicate of MI-7", EvidenceKind.DUPLICATE));
  }
}
