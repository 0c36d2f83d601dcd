package dev.mim.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON that hosts persist: stable names and shapes, read by Jackson 2 and Jackson 3 alike. */
class EventJsonTest {

  private static final IncidentEvent IDENTIFIED = IncidentEvent.of(IncidentId.of("MI-1"), 1,
      Instant.parse("2026-11-23T08:00:00Z"), Actor.of("monitoring"),
      new Fact.CandidateIdentified(IdentificationSource.EVENT_MONITORING,
          Set.of(ServiceId.of("payments"), ServiceId.of("checkout")), Impact.HIGH, Urgency.MEDIUM, Priority.of(2),
          "Payments API failing"));

  private static final String IDENTIFIED_JSON = "{\"schemaVersion\":1,\"incidentId\":\"MI-1\",\"sequence\":1,"
      + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"actor\":\"monitoring\",\"fact\":{\"type\":\"CandidateIdentified\","
      + "\"source\":\"EVENT_MONITORING\",\"affectedServices\":[\"checkout\",\"payments\"],\"impact\":1,\"urgency\":2,"
      + "\"priority\":2,\"summary\":\"Payments API failing\"}}";

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
    assertEquals(List.of("CandidateIdentified", "ResolverGroupEngaged", "ValidationRecorded", "MajorIncidentDeclared",
        "IncidentDowngraded", "ManagerAssigned", "ManagerHandedOver", "TeamMemberAdded", "TeamMemberRemoved",
        "TeamMobilised", "IncidentReprioritised", "ChildLinked", "ResolutionStarted", "WorkaroundApplied",
        "PermanentFixApplied", "ServiceRestored", "IncidentReopened", "StakeholderUpdateRecorded", "ReviewStarted",
        "ReviewActionAdded", "ReviewActionAssigned", "ReviewCompleted", "IncidentClosed", "UpdatesSnoozed"),
        typeNames(Fact.class));
    assertEquals(List.of("Identify", "EngageResolverGroup", "RecordValidation", "Declare", "Downgrade",
        "AssignManager", "HandOverManager", "AddTeamMember", "RemoveTeamMember", "Mobilise", "Reprioritise",
        "LinkChild", "StartResolution", "ApplyWorkaround", "ApplyPermanentFix", "ConfirmRestoration", "Reopen",
        "RecordStakeholderUpdate", "StartReview", "AddReviewAction", "AssignReviewAction", "CompleteReview", "Close",
        "SnoozeUpdates"),
        typeNames(Action.class));
  }

  @Test
  void everyRecordIsRegisteredUnderItsOwnNameWithItsKind() {
    for (Class<?> type : Fact.class.getPermittedSubclasses()) {
      assertTrue(typeNames(Fact.class).contains(type.getSimpleName()), type + " is not registered for JSON");
    }
    for (Class<?> type : Action.class.getPermittedSubclasses()) {
      assertTrue(typeNames(Action.class).contains(type.getSimpleName()), type + " is not registered for JSON");
    }
    assertEquals(FactKind.values().length, Fact.class.getPermittedSubclasses().length);
    assertEquals(ActionKind.values().length, Action.class.getPermittedSubclasses().length);
  }

  @Test
  void aNewerSchemaVersionIsRefusedWithTheFieldNamed() {
    String future = IDENTIFIED_JSON.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
    Throwable e = assertThrows(Throwable.class, () -> Json.read3(future, IncidentEvent.class));
    assertTrue(rootMessage(e).contains("schemaVersion must be between 1 and 1, was 2"), rootMessage(e));
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
        Instant.parse("2026-11-23T08:05:00Z"), new Action.Declare("validated by phone")).expecting(3);
    String json = Json.write3(c);
    assertTrue(json.contains("\"expectedVersion\":3") && json.contains("\"type\":\"Declare\""), json);
    assertEquals(c, Json.read2(json, IncidentCommand.class));
  }

  private static List<String> typeNames(Class<?> sealed) {
    return Arrays.stream(sealed.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
