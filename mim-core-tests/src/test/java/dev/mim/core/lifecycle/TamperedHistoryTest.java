package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.json.Json;
import dev.mim.core.people.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single edited events, read by Jackson 2 or Jackson 3 and replayed after a real history: each is refused with an
 * {@link IllegalArgumentException} naming the event's sequence, the field and the rule, instead of building a state
 * the decider could not reach.
 */
class TamperedHistoryTest {

  private static final Function<String, IncidentEvent> JACKSON2 = json -> Json.read2(json, IncidentEvent.class);
  private static final Function<String, IncidentEvent> JACKSON3 = json -> Json.read3(json, IncidentEvent.class);

  /** A history that stops at {@code status}, with two linked children. */
  private static IncidentDriver history(IncidentStatus status) {
    IncidentDriver d = new IncidentDriver();
    d.until(IncidentStatus.CANDIDATE);
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-1")));
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-2")));
    return d.until(status);
  }

  /** Appends the event whose fact is {@code factJson}, read by {@code reader}, and replays; returns the refusal. */
  private static String refused(IncidentDriver d, String factJson, Function<String, IncidentEvent> reader) {
    Instant at = d.now.plusSeconds(60);
    String json = "{\"schemaVersion\":" + IncidentEvent.SCHEMA_VERSION + ",\"tenant\":\"default\",\"incidentId\":\"MI-1\",\"sequence\":"
        + (d.state.version() + 1)
        + ",\"occurredAt\":\"" + at + "\",\"actor\":\"mallory\",\"fact\":" + factJson + "}";
    List<IncidentEvent> tampered = new ArrayList<>(d.events);
    tampered.add(reader.apply(json));
    return assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(tampered)).getMessage();
  }

  private static Function<String, IncidentEvent> reader(int version) {
    return version == 2 ? JACKSON2 : JACKSON3;
  }

  private static void names(String message, long sequence, String field, ViolationCode code) {
    assertTrue(message.startsWith("event " + sequence + " of incident MI-1"), message);
    assertTrue(field == null || message.contains(field), message);
    assertTrue(message.contains(code.code()), message);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void closingWithoutACompletedReviewIsRefused(int jackson) {
    IncidentDriver d = history(IncidentStatus.IN_REVIEW);
    String m = refused(d, "{\"type\":\"IncidentClosed\"}", reader(jackson));
    names(m, d.state.version() + 1, null, ViolationCode.REVIEW_NOT_COMPLETED);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void restoringByAFixNeverAppliedOrWithoutTheChildrenIsRefused(int jackson) {
    IncidentDriver d = history(IncidentStatus.RESOLVING);
    d.ok(new ResolutionAction.ApplyWorkaround("standby"));
    long next = d.state.version() + 1;
    names(refused(d, "{\"type\":\"ServiceRestored\",\"means\":\"PERMANENT_FIX\",\"restoredChildren\":"
        + "[\"INC-1\",\"INC-2\"]}", reader(jackson)), next, "fact.means", ViolationCode.FACT_CONTRADICTS_STATE);
    names(refused(d, "{\"type\":\"ServiceRestored\",\"means\":\"WORKAROUND\",\"restoredChildren\":[]}",
        reader(jackson)), next, "fact.restoredChildren", ViolationCode.FACT_CONTRADICTS_STATE);
    // The means given as a number never gets that far: only the enum's name is read.
    Throwable json = assertThrows(Throwable.class, () -> refused(d,
        "{\"type\":\"ServiceRestored\",\"means\":1,\"restoredChildren\":[]}", reader(jackson)));
    Throwable cause = json instanceof AssertionError ? json.getCause() : json;
    assertTrue(cause.getMessage().contains("means must be one of [WORKAROUND, PERMANENT_FIX], was '1'"),
        cause.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void anIncidentCannotBeItsOwnChild(int jackson) {
    IncidentDriver d = history(IncidentStatus.DECLARED);
    names(refused(d, "{\"type\":\"ChildLinked\",\"child\":\"MI-1\"}", reader(jackson)), d.state.version() + 1,
        "fact.child", ViolationCode.CHILD_IS_SELF);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void mobilisingWithoutAManagerIsRefused(int jackson) {
    IncidentDriver d = history(IncidentStatus.DECLARED);
    names(refused(d, "{\"type\":\"TeamMobilised\"}", reader(jackson)), d.state.version() + 1, null,
        ViolationCode.MANAGER_MISSING);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void factsRepeatingTheStateMustAgreeWithIt(int jackson) {
    IncidentDriver d = history(IncidentStatus.MOBILISED);
    long next = d.state.version() + 1;
    names(refused(d, "{\"type\":\"ManagerHandedOver\",\"previousManager\":\"bob\",\"newManager\":\"carol\","
        + "\"reason\":\"RELIEF\",\"briefing\":\"all yours\"}", reader(jackson)), next, "fact.previousManager",
        ViolationCode.FACT_CONTRADICTS_STATE);
    names(refused(d, "{\"type\":\"IncidentDowngraded\",\"from\":\"CANDIDATE\",\"reason\":\"not major\"}",
        reader(jackson)), next, "fact.from", ViolationCode.FACT_CONTRADICTS_STATE);
    names(refused(d, "{\"type\":\"IncidentReprioritised\",\"impact\":3,\"urgency\":3,\"priority\":5,"
        + "\"previousPriority\":3,\"reason\":\"calmer\"}", reader(jackson)), next, "fact.previousPriority",
        ViolationCode.FACT_CONTRADICTS_STATE);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void theUntamperedHistoryReplaysToTheLiveState(int jackson) {
    IncidentDriver d = history(IncidentStatus.CLOSED);
    List<IncidentEvent> read = new ArrayList<>();
    for (IncidentEvent e : d.events) {
      read.add(reader(jackson).apply(jackson == 2 ? Json.write2(e) : Json.write3(e)));
    }
    assertEquals(d.state, IncidentDecider.replay(read));
    assertEquals(Actor.of("amy"), read.get(0).actor());
  }

  /** {@code events} without the first of {@code dropped}, renumbered, with {@code relaxed} tagged schema 1. */
  private static List<IncidentEvent> dropAndTag(List<IncidentEvent> events, FactKind dropped, FactKind relaxed) {
    List<IncidentEvent> out = new ArrayList<>();
    boolean gone = false;
    for (IncidentEvent e : events) {
      if (!gone && e.fact().kind() == dropped) {
        gone = true;
        continue;
      }
      out.add(new IncidentEvent(e.fact().kind() == relaxed ? 1 : e.schemaVersion(), e.tenant(), e.incidentId(),
          out.size() + 1, e.occurredAt(), e.actor(), e.fact(), null));
    }
    return out;
  }

  @org.junit.jupiter.api.Test
  void aSchemaOneTagInsideASchemaTwoHistoryIsRefusedNotHonoured() {
    // Without its submission, a schema-2 review cannot be completed; tagging the completion as schema 1 (whose
    // events did not record a submission) must not switch that check off.
    IncidentDriver d = history(IncidentStatus.CLOSED);
    List<IncidentEvent> tampered = dropAndTag(d.events, FactKind.REVIEW_SUBMITTED, FactKind.REVIEW_COMPLETED);
    String m = assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(tampered)).getMessage();
    IncidentEvent tagged = tampered.stream().filter(e -> e.schemaVersion() == 1).findFirst().orElseThrow();
    assertTrue(m.startsWith("event " + tagged.sequence() + " of incident MI-1 (REVIEW_COMPLETED): schemaVersion must "
        + "be at least " + IncidentEvent.SCHEMA_VERSION), m);
    // Without the tag, replay refuses the completion for the rule itself, as deciding it would.
    String rule = assertThrows(IllegalArgumentException.class,
        () -> IncidentDecider.replay(dropAndTag(d.events, FactKind.REVIEW_SUBMITTED, null))).getMessage();
    assertTrue(rule.contains(ViolationCode.REVIEW_NOT_SUBMITTED.code()), rule);
  }

  @org.junit.jupiter.api.Test
  void aSchemaOneHistoryKeepsItsRelaxationsUntilItsFirstSchemaTwoEvent() {
    // A review completed without a submission, written as schema 1 (which did not record submissions), then the
    // closure as schema 2: the relaxation holds for the old events, the version goes up once, and the state
    // remembers the highest.
    IncidentDriver d = history(IncidentStatus.CLOSED);
    List<IncidentEvent> old = new ArrayList<>();
    for (IncidentEvent e : dropAndTag(d.events, FactKind.REVIEW_SUBMITTED, null)) {
      old.add(new IncidentEvent(e.fact().kind() == FactKind.INCIDENT_CLOSED ? 2 : 1, e.tenant(), e.incidentId(),
          e.sequence(), e.occurredAt(), e.actor(), e.fact(), null));
    }
    assertEquals(1, IncidentDecider.replay(old.subList(0, old.size() - 1)).schemaVersion());
    assertEquals(2, IncidentDecider.replay(old).schemaVersion());
    assertEquals(IncidentStatus.CLOSED, IncidentDecider.replay(old).status());
  }

  @org.junit.jupiter.api.Test
  void noVerificationWindowReachesBeyondItsMaximum() {
    IncidentDriver d = history(IncidentStatus.RESTORED);
    Instant restored = d.state.resolution().restoredAt();
    d.now = restored.plus(dev.mim.core.spi.PolicySet.MAX_VERIFICATION_WINDOW).minusSeconds(60);
    String m = refused(d, "{\"type\":\"IncidentReopened\",\"reason\":\"errors are back\"}", JACKSON3);
    names(m, d.state.version() + 1, null, ViolationCode.VERIFICATION_WINDOW_ELAPSED);
    // Within the longest window a stored reopen is trusted, whatever the policy of the day.
    d.now = restored.plus(dev.mim.core.spi.PolicySet.MAX_VERIFICATION_WINDOW).minusSeconds(120);
    List<IncidentEvent> ok = new ArrayList<>(d.events);
    ok.add(IncidentEvent.of(IncidentId.of("MI-1"), d.state.version() + 1, d.now.plusSeconds(60), Actor.of("a"),
        new dev.mim.core.incident.ResolutionFact.IncidentReopened("errors are back")));
    assertEquals(IncidentStatus.RESOLVING, IncidentDecider.replay(ok).status());
  }

  @org.junit.jupiter.api.Test
  void aDeclarationMustSayWhetherItHadEvidenceAsTheHistoryShows() {
    IncidentDriver withEvidence = history(IncidentStatus.CANDIDATE);
    withEvidence.ok(new IdentificationAction.RecordValidation(dev.mim.core.incident.EvidenceKind.MONITORING_CONFIRMED, null));
    names(refused(withEvidence, "{\"type\":\"MajorIncidentDeclared\",\"withoutEvidence\":true}", JACKSON2),
        withEvidence.state.version() + 1, "fact.withoutEvidence", ViolationCode.FACT_CONTRADICTS_STATE);
    IncidentDriver without = history(IncidentStatus.CANDIDATE);
    names(refused(without, "{\"type\":\"MajorIncidentDeclared\",\"withoutEvidence\":false}", JACKSON2),
        without.state.version() + 1, "fact.withoutEvidence", ViolationCode.FACT_CONTRADICTS_STATE);
    IncidentDriver refuted = history(IncidentStatus.CANDIDATE);
    refuted.ok(new IdentificationAction.RecordValidation(dev.mim.core.incident.EvidenceKind.FALSE_POSITIVE, null));
    names(refused(refuted, "{\"type\":\"MajorIncidentDeclared\",\"withoutEvidence\":false}", JACKSON2),
        refuted.state.version() + 1, null, ViolationCode.VALIDATION_REFUTED);
  }
}
