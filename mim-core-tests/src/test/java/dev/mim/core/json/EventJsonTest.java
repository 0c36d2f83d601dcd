package dev.mim.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON that hosts persist: stable names and shapes, read by Jackson 2 and Jackson 3 alike. */
class EventJsonTest {

  private static final IncidentEvent IDENTIFIED = IncidentEvent.of(IncidentId.of("MI-1"), 1,
      Instant.parse("2026-11-23T08:00:00Z"), Actor.of("monitoring"),
      new IdentificationFact.CandidateIdentified(IdentificationSource.EVENT_MONITORING,
          Set.of(ServiceId.of("payments"), ServiceId.of("checkout")), Impact.HIGH, Urgency.MEDIUM, Priority.of(2),
          "Payments API failing", Instant.parse("2026-11-23T07:58:00Z")));

  private static final String IDENTIFIED_JSON = "{\"schemaVersion\":3,\"tenant\":\"default\","
      + "\"incidentId\":\"MI-1\",\"sequence\":1,"
      + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"actor\":\"monitoring\",\"fact\":{\"type\":\"CandidateIdentified\","
      + "\"source\":\"EVENT_MONITORING\",\"affectedServices\":[\"checkout\",\"payments\"],\"impact\":1,\"urgency\":2,"
      + "\"priority\":2,\"summary\":\"Payments API failing\",\"firstSignalAt\":\"2026-11-23T07:58:00Z\"}}";

  @Test
  void theReadmeShowsThisShape() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..").toAbsolutePath().normalize()
        .resolve("README.md"), java.nio.charset.StandardCharsets.UTF_8);
    int start = readme.indexOf("```json\n") + "```json\n".length();
    // the README wraps the document, indenting each following line by one space
    assertEquals(IDENTIFIED_JSON, readme.substring(start, readme.indexOf("```", start)).replace("\n ", "")
        .replace("\n", ""));
  }

  @Test
  void anEventHasTheDocumentedShapeInJackson2And3() {
    assertEquals(IDENTIFIED_JSON, Json.write2(IDENTIFIED));
    assertEquals(IDENTIFIED_JSON, Json.write3(IDENTIFIED));
    assertEquals(IDENTIFIED, Json.read2(IDENTIFIED_JSON, IncidentEvent.class));
    assertEquals(IDENTIFIED, Json.read3(IDENTIFIED_JSON, IncidentEvent.class));
  }

  @Test
  void typeNamesAreStable() {
    // Renaming a fact or action breaks every host's stored history: this list may only grow.
    assertEquals(Stream.of("CandidateIdentified", "ResolverGroupEngaged", "ValidationRecorded", "MajorIncidentDeclared",
        "IncidentDowngraded", "ManagerAssigned", "ManagerHandedOver", "TeamMemberAdded", "TeamMemberRemoved",
        "TeamMobilised", "IncidentReprioritised", "ChildLinked", "ResolutionStarted", "WorkaroundApplied",
        "PermanentFixApplied", "ServiceRestored", "IncidentReopened", "StakeholderUpdateRecorded", "ReviewStarted",
        "ReviewActionAdded", "ReviewActionAssigned", "ReviewCompleted", "IncidentClosed", "UpdatesSnoozed",
        "Acknowledged", "EscalationRecorded", "EscalationsHeld", "EscalationsResumed", "FindingsRecorded",
        "ReviewSubmitted", "ReviewActionDone", "ReviewActionDropped", "CandidateDeclined", "MarkedDuplicate",
        "DuplicateMerged", "CausingChangeLinked").sorted().toList(),
        typeNames(Fact.class));
    assertEquals(Stream.of("Identify", "EngageResolverGroup", "RecordValidation", "Declare", "Downgrade",
        "AssignManager", "HandOverManager", "AddTeamMember", "RemoveTeamMember", "Mobilise", "Reprioritise",
        "LinkChild", "StartResolution", "ApplyWorkaround", "ApplyPermanentFix", "ConfirmRestoration", "Reopen",
        "RecordStakeholderUpdate", "StartReview", "AddReviewAction", "AssignReviewAction", "CompleteReview", "Close",
        "SnoozeUpdates", "Acknowledge", "RecordEscalation", "HoldEscalations", "ResumeEscalations", "RecordFindings",
        "SubmitReview", "CompleteReviewAction", "DropReviewAction", "Decline", "MarkDuplicate", "MergeDuplicate",
        "LinkCausingChange").sorted().toList(),
        typeNames(Action.class));
  }

  @Test
  void everyRecordIsRegisteredUnderItsOwnNameWithItsKind() {
    for (Class<?> type : records(Fact.class)) {
      assertTrue(typeNames(Fact.class).contains(type.getSimpleName()), type + " is not registered for JSON");
    }
    for (Class<?> type : records(Action.class)) {
      assertTrue(typeNames(Action.class).contains(type.getSimpleName()), type + " is not registered for JSON");
    }
    assertEquals(FactKind.values().length, records(Fact.class).size());
    assertEquals(ActionKind.values().length, records(Action.class).size());
  }

  @Test
  void aNewerSchemaVersionIsRefusedWithTheFieldNamed() {
    String future = IDENTIFIED_JSON.replace("\"schemaVersion\":3", "\"schemaVersion\":4");
    Throwable e = assertThrows(Throwable.class, () -> Json.read3(future, IncidentEvent.class));
    assertTrue(rootMessage(e).contains("schemaVersion must be between 1 and 3, was 4"), rootMessage(e));
  }

  @Test
  void anEventDecidedUnderAVersionedPolicySetNamesItAndOnlySchemaThreeMay() {
    IncidentEvent decided = IncidentEvent.of(IDENTIFIED.tenant(), IDENTIFIED.incidentId(), 1, IDENTIFIED.occurredAt(),
        IDENTIFIED.actor(), IDENTIFIED.fact(), new PoliciesVersion("acme", 3));
    String json = IDENTIFIED_JSON.substring(0, IDENTIFIED_JSON.length() - 1) + ",\"policies\":{\"id\":\"acme\","
        + "\"version\":3}}";
    assertEquals(json, Json.write2(decided));
    assertEquals(json, Json.write3(decided));
    assertEquals(decided, Json.read2(json, IncidentEvent.class));
    assertEquals(decided, Json.read3(json, IncidentEvent.class));
    String old = json.replace("\"schemaVersion\":3", "\"schemaVersion\":2");
    assertTrue(rootMessage(assertThrows(Throwable.class, () -> Json.read3(old, IncidentEvent.class)))
        .contains("policies needs schema version 3 or later, was 2"));
    String extra = json.replace("\"version\":3}", "\"version\":3,\"by\":\"amy\"}");
    assertTrue(rootMessage(assertThrows(Throwable.class, () -> Json.read3(extra, IncidentEvent.class)))
        .contains("by"));
  }

  @Test
  void aVersionOneEventWithoutATenantStillReadsAsTheDefaultTenantsAndVersionTwoNeedsOne() {
    String v1 = IDENTIFIED_JSON.replace(j("'schemaVersion':3,'tenant':'default',"), j("'schemaVersion':1,"));
    for (IncidentEvent e : List.of(Json.read2(v1, IncidentEvent.class), Json.read3(v1, IncidentEvent.class))) {
      assertEquals(1, e.schemaVersion());
      assertEquals(TenantId.DEFAULT, e.tenant());
      assertEquals(IDENTIFIED.fact(), e.fact());
    }
    String v1Handover = j("{'schemaVersion':1,'incidentId':'MI-1','sequence':7,'occurredAt':'2026-11-23T08:00:00Z',"
        + "'actor':'a','fact':{'type':'ManagerHandedOver','previousManager':'amy','newManager':'bob',"
        + "'reason':'RELIEF','briefing':'pool exhausted, fail-over planned'}}");
    ContainmentFact.ManagerHandedOver f = (ContainmentFact.ManagerHandedOver) Json.read3(v1Handover, IncidentEvent.class).fact();
    assertEquals("pool exhausted, fail-over planned", f.briefing().currentStatus());
    String v2WithoutTenant = IDENTIFIED_JSON.replace(j("'tenant':'default',"), "");
    Throwable e = assertThrows(Throwable.class, () -> Json.read3(v2WithoutTenant, IncidentEvent.class));
    assertTrue(rootMessage(e).contains("tenant must not be null"), rootMessage(e));
  }

  @Test
  void aMalformedEventIsRefusedWhenRead() {
    String blankActor = IDENTIFIED_JSON.replace("\"actor\":\"monitoring\"", "\"actor\":\" \"");
    Throwable e = assertThrows(Throwable.class, () -> Json.read2(blankActor, IncidentEvent.class));
    assertTrue(rootMessage(e).contains("actor must not be blank"), rootMessage(e));
  }

  @Test
  void aCommandWithAVersionGuardRoundTrips() {
    IncidentCommand c = IncidentCommand.of(IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:05:00Z"), new IdentificationAction.Declare("validated by phone")).expecting(3);
    String json = Json.write3(c);
    assertTrue(json.contains("\"expectedVersion\":3") && json.contains("\"type\":\"Declare\""), json);
    assertEquals(c, Json.read2(json, IncidentCommand.class));
  }

  /** What each mapper makes of {@code json}: the event read, or the messages of the refusal. */
  private static List<String> outcomes(String json) {
    List<String> out = new java.util.ArrayList<>();
    out.add(outcome(() -> Json.JACKSON2.readValue(json, IncidentEvent.class)));
    out.add(outcome(() -> Json.JACKSON3.readValue(json, IncidentEvent.class)));
    out.add(outcome(() -> Json.PLAIN2.readValue(json, IncidentEvent.class)));
    out.add(outcome(() -> Json.PLAIN3.readValue(json, IncidentEvent.class)));
    return out;
  }

  private interface Read {
    Object read() throws Exception;
  }

  private static String outcome(Read read) {
    try {
      return "read " + read.read();
    } catch (Exception e) {
      StringBuilder all = new StringBuilder("refused");
      for (Throwable t = e; t != null; t = t.getCause()) {
        all.append(" | ").append(t.getMessage());
      }
      return all.toString();
    }
  }

  /** Every mapper, configured or not, refuses {@code json} and names {@code what}. */
  private static void refusedByAnnotationsAlone(String json, String what) {
    for (String o : outcomes(json)) {
      assertTrue(o.startsWith("refused") && o.contains(what), o);
    }
  }

  /** JSON written with single quotes for readability. */
  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void theAnnotationsAloneRefuseUnknownPropertiesMissingFlagsEnumNumbersFractionsAndNumericTimes() {
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'actor':"), j("'actr':'x','actor':")), "'actr'");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'summary':"), j("'sumary':'x','summary':")), "'sumary'");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'source':'EVENT_MONITORING'"), j("'source':2")),
        "source must be one of");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'source':'EVENT_MONITORING'"),
        j("'source':'event_monitoring'")), "source must be one of");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'impact':1"), j("'impact':1.9")),
        "impact must be a whole number, was 1.9");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'sequence':1"), j("'sequence':1.9")),
        "sequence must be a whole number, was 1.9");
    // As it comes, a mapper turns the number into a text that is no ISO-8601 instant; configured, it refuses the
    // number itself: either way naming the field.
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'2026-11-23T08:00:00Z'"), "1795420800"), "occurredAt");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'2026-11-23T08:00:00Z'"), j("'9999999-01-01T00:00:00Z'")),
        "occurredAt must be an ISO-8601 instant");
    refusedByAnnotationsAlone(IDENTIFIED_JSON.replace(j("'2026-11-23T08:00:00Z'"), j("'1969-12-31T23:59:59Z'")),
        "occurredAt must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z");
    refusedByAnnotationsAlone(j("{'schemaVersion':1,'incidentId':'MI-1','sequence':2,'occurredAt':"
        + "'2026-11-23T08:00:00Z','actor':'a','fact':{'type':'MajorIncidentDeclared'}}"), "withoutEvidence");
    refusedByAnnotationsAlone(j("{'schemaVersion':1,'incidentId':'MI-1','sequence':2,'occurredAt':"
        + "'2026-11-23T08:00:00Z','actor':'a','fact':{'type':'UpdatesSnoozed','audience':{'name':'regulator'},"
        + "'until':'2026-11-23T09:00:00Z','reason':'r'}}"), "external");
  }

  @Test
  void theRecommendedSettingsRefuseTheCoercionsAnnotationsCannot() {
    // A flag given as a number, a text given as a number or a flag: read by a mapper as it comes, refused by the
    // settings the README recommends, in both generations.
    String[] coerced = {
        IDENTIFIED_JSON.replace(j("'summary':'Payments API failing'"), j("'summary':12")),
        j("{'schemaVersion':1,'incidentId':'MI-1','sequence':2,'occurredAt':'2026-11-23T08:00:00Z','actor':'a',"
            + "'fact':{'type':'ResolverGroupEngaged','group':'network','primary':1}}"),
        IDENTIFIED_JSON.replace(j("'summary':'Payments API failing'"), j("'summary':true")),
    };
    for (String json : coerced) {
      List<String> o = outcomes(json);
      assertTrue(o.get(0).startsWith("refused") && o.get(1).startsWith("refused"), o.toString());
      assertTrue(o.get(2).startsWith("read") && o.get(3).startsWith("read"), o.toString());
    }
  }

  @Test
  void aNullDocumentReadsAsNullSoHostsMustCheck() throws Exception {
    // No annotation can refuse the JSON literal null: the README tells hosts to check for it.
    assertEquals(null, Json.JACKSON2.readValue("null", IncidentEvent.class));
    assertEquals(null, Json.JACKSON3.readValue("null", IncidentEvent.class));
  }

  /** The names registered for JSON on {@code sealed} and, recursively, on its groups, sorted. */
  private static List<String> typeNames(Class<?> sealed) {
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type t : sealed.getAnnotation(JsonSubTypes.class).value()) {
      if (t.value().isInterface()) {
        names.addAll(typeNames(t.value()));
      } else {
        names.add(t.name());
      }
    }
    return names.stream().sorted().toList();
  }

  /** The records that implement {@code sealed}, through its groups. */
  private static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> records = new ArrayList<>();
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      if (type.isInterface()) {
        records.addAll(records(type));
      } else {
        records.add(type);
      }
    }
    return records;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  @Test
  void commandsActionsUpdatesAndAudiencesRefuseUnknownPropertiesToo() {
    IncidentCommand c = IncidentCommand.of(IncidentId.of("MI-1"), Actor.of("amy"),
        Instant.parse("2026-11-23T08:05:00Z"), new CommunicationAction.RecordStakeholderUpdate(
            dev.mim.core.comms.StakeholderUpdate.of(dev.mim.core.comms.Audience.EXECUTIVES, "status")));
    String json = Json.write3(c);
    for (String[] edit : new String[][] {
        {j("'actor':"), j("'who':'x','actor':"), "IncidentCommand has no property 'who'"},
        {j("'type':'RecordStakeholderUpdate',"), j("'type':'RecordStakeholderUpdate','urgent':true,"),
            "RecordStakeholderUpdate has no property 'urgent'"},
        {j("'summary':"), j("'tone':'calm','summary':"), "StakeholderUpdate has no property 'tone'"},
        {j("'external':false"), j("'external':false,'size':3"), "Audience has no property 'size'"}}) {
      String bad = json.replace(edit[0], edit[1]);
      for (Read read : new Read[] {() -> Json.JACKSON2.readValue(bad, IncidentCommand.class),
          () -> Json.PLAIN3.readValue(bad, IncidentCommand.class)}) {
        String o = outcome(read);
        assertTrue(o.startsWith("refused") && o.contains(edit[2]), o);
      }
    }
    assertEquals(c, Json.read2(json, IncidentCommand.class));
  }
}
