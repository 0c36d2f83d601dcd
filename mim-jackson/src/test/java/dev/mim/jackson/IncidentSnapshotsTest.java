package dev.mim.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IncidentSnapshotsTest {

  private final IncidentSnapshots snapshots = IncidentSnapshots.create();

  /** Resolving, with children, updates, a snooze and a regulatory report: every part of the state holds something. */
  private static IncidentState resolving() {
    IncidentDriver d = new IncidentDriver().until(IncidentStatus.MOBILISED);
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-7")));
    d.ok(new IdentificationAction.LinkChild(IncidentId.of("INC-3")));
    d.ok(new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, "on it")));
    d.ok(new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.REGULATOR, "initial notification").asReport("dora:initial-notification")));
    d.ok(new CommunicationAction.SnoozeUpdates(Audience.AFFECTED_CUSTOMERS, Duration.ofMinutes(30), "vendor call"));
    return d.until(IncidentStatus.RESOLVING).state;
  }

  @Test
  void aStateGoesThereAndBackAndTheDocumentSaysItsSchema() {
    IncidentState state = resolving();
    String json = snapshots.write(state);
    assertTrue(json.startsWith("{\"snapshotSchema\":1,\"state\":{\"id\":\"MI-1\""), json);
    assertTrue(json.contains("\"children\":[\"INC-7\",\"INC-3\"]"), json);
    assertTrue(json.contains("\"lastUpdates\":[{\"audience\":{\"name\":\"executives\",\"external\":false},"), json);
    assertEquals(state, snapshots.read(json));
    assertEquals(IncidentState.initial(), snapshots.read(snapshots.write(IncidentState.initial())));
  }

  @Test
  void whatIsWrongIsNamedByItsPointer() {
    String json = snapshots.write(resolving());
    refused(json.replace("\"snapshotSchema\":1", "\"snapshotSchema\":2"),
        "snapshot /snapshotSchema: this version of mim reads schemas up to 1, was 2");
    refused(json.replace("\"snapshotSchema\":1", "\"snapshotSchema\":\"1\""),
        "snapshot /snapshotSchema: must be a whole number from 1, was \"1\"");
    refused(json.replace("{\"snapshotSchema\":1,", "{\"snapshotSchema\":1,\"extra\":true,"),
        "snapshot /extra: unknown property");
    refused(json.replace("\"mobilisedAt\":", "\"mobilisedOn\":null,\"mobilisedAt\":"),
        "snapshot /state/team/mobilisedOn:");
    refused(json.replace("\"mobilisedAt\":", "\"mobilisedOn\":"), "snapshot /state/team/mobilisedAt: Missing");
    refused(json.replace("\"version\":", "\"versions\":"), "snapshot /state/version: Missing");
    refused(json.replace("\"emergencyChange\":false,", ""), "snapshot /state/resolution/emergencyChange: Missing");
    refused(json.replace("\"reopenCount\":0", "\"reopenCount\":\"0\""), "snapshot /state/resolution/reopenCount:");
    refused(json.replace("\"manager\":\"amy\"", "\"manager\":\" \""), "snapshot /state/team/manager:");
    refused(json.replace("\"children\":[\"INC-7\",\"INC-3\"]", "\"children\":[\"INC-7\",\"INC-7\"]"),
        "snapshot /state/children: children must not hold one incident twice, was INC-7 twice");
    refused(json.replace("\"status\":\"RESOLVING\"", "\"status\":\"CLOSED\""),
        "snapshot /state: endedAt does not fit status CLOSED, was null");
    refused("[1]", "snapshot must be a JSON object, was [1]");
    String sixty = "\"" + "a".repeat(58) + "\"";
    assertEquals(60, sixty.length());
    assertEquals("snapshot must be a JSON object, was " + sixty,
        assertThrows(IllegalArgumentException.class, () -> snapshots.read(sixty)).getMessage());
    String longer = "\"" + "a".repeat(59) + "\"";
    assertEquals("snapshot must be a JSON object, was " + longer.substring(0, 60) + "...",
        assertThrows(IllegalArgumentException.class, () -> snapshots.read(longer)).getMessage());
    refused("{\"snapshotSchema\":1,", "snapshot is not a JSON document: ");
    refused("{\"snapshotSchema\":1}", "snapshot /state: must be an object, was null");
  }

  @Test
  void nullIsRefusedByName() {
    assertEquals("state must not be null",
        assertThrows(IllegalArgumentException.class, () -> snapshots.write(null)).getMessage());
    assertEquals("snapshot must not be null",
        assertThrows(IllegalArgumentException.class, () -> snapshots.read(null)).getMessage());
  }

  private void refused(String json, String start) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> snapshots.read(json));
    assertTrue(e.getMessage().startsWith(start), () -> "expected " + start + "\n but was " + e.getMessage());
  }
}
