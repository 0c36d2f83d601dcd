package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.lifecycle.Advisory;
import dev.mim.core.lifecycle.AdvisoryCode;
import dev.mim.core.lifecycle.Violation;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.MajorIncidentThreshold;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What hosts print, sort and compare: ids, levels, codes and the state's parts. */
class ModelValuesTest {

  @Test
  void identifiersPrintAsTheirValueAndSortByIt() {
    assertEquals("MI-7", IncidentId.of("MI-7").toString());
    assertEquals("amy", Actor.of("amy").toString());
    assertEquals("network", ResolverGroup.of("network").toString());
    assertEquals("CHG-1", ChangeRef.of("CHG-1").toString());
    assertEquals("payments", ServiceId.of("payments").toString());
    assertEquals(List.of(IncidentId.of("A"), IncidentId.of("B")),
        List.copyOf(new TreeSet<>(Set.of(IncidentId.of("B"), IncidentId.of("A")))));
    assertTrue(ChangeRef.of("CHG-1").compareTo(ChangeRef.of("CHG-2")) < 0);
    assertTrue(ChangeRef.of("CHG-2").compareTo(ChangeRef.of("CHG-1")) > 0);
  }

  @Test
  void levelsPrintAndSortFromTheMostSevere() {
    assertEquals("impact 2", Impact.MEDIUM.toString());
    assertEquals("urgency 3", Urgency.LOW.toString());
    assertEquals("P1", Priority.of(1).toString());
    assertTrue(Impact.HIGH.compareTo(Impact.LOW) < 0);
    assertTrue(Urgency.LOW.compareTo(Urgency.HIGH) > 0);
    assertTrue(Priority.of(1).isAtLeast(Priority.of(1)));
    assertFalse(Priority.of(2).isAtLeast(Priority.of(1)));
  }

  @Test
  void violationsAndAdvisoriesPrintTheirCodeFieldAndMessage() {
    assertEquals("version-conflict [expectedVersion]: stale",
        new Violation(ViolationCode.VERSION_CONFLICT, "stale", "expectedVersion").toString());
    assertEquals("manager-missing: none", new Violation(ViolationCode.MANAGER_MISSING, "none", null).toString());
    assertEquals("emergency-change: approve it", new Advisory(AdvisoryCode.EMERGENCY_CHANGE, "approve it").toString());
    assertEquals("children-left-open", AdvisoryCode.CHILDREN_LEFT_OPEN.code());
    assertEquals("P1, or P2 on a tier-1 service", MajorIncidentThreshold.standard().toString());
    assertEquals("message must not be blank", assertThrows(IllegalArgumentException.class,
        () -> new Violation(ViolationCode.VERSION_CONFLICT, " ", null)).getMessage());
  }

  @Test
  void timeRangeHoldsTheYears1970To9999() {
    assertTrue(TimeRange.contains(TimeRange.EARLIEST));
    assertTrue(TimeRange.contains(TimeRange.LATEST));
    assertFalse(TimeRange.contains(TimeRange.EARLIEST.minusNanos(1)));
    assertFalse(TimeRange.contains(TimeRange.LATEST.plusNanos(1)));
    assertFalse(TimeRange.contains(null));
  }

  @Test
  void childIncidentsPrintHashAndCompareByContent() {
    ChildIncidents one = ChildIncidents.none().with(IncidentId.of("INC-1"));
    ChildIncidents two = one.with(IncidentId.of("INC-2"));
    assertEquals("[INC-1, INC-2]", two.toString());
    assertEquals(List.of(IncidentId.of("INC-1"), IncidentId.of("INC-2")).hashCode(), two.hashCode());
    assertNotEquals(one, two);
    assertNotEquals(two, ChildIncidents.none().with(IncidentId.of("INC-1")).with(IncidentId.of("INC-3")));
    assertNotEquals(one, "INC-1");
    assertEquals(two, two);
  }

  @Test
  void aStateWhosePartsContradictItsStatusIsRefused() {
    IncidentState s = IncidentState.initial();
    TenantId tenant = TenantId.DEFAULT;
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    IncidentId id = IncidentId.of("MI-1");
    Classification c = new Classification(IdentificationSource.OTHER, Set.of(ServiceId.of("s")), "x", Impact.HIGH,
        Urgency.HIGH, Priority.of(1), t, t);
    Team team = s.team();
    Resolution r = s.resolution();
    assertEquals("version does not fit status CANDIDATE, was 0", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, tenant, IncidentStatus.CANDIDATE, 0, t, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("id does not fit status CANDIDATE, was null", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(null, tenant, IncidentStatus.CANDIDATE, 1, t, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("tenant does not fit status CANDIDATE, was null", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, null, IncidentStatus.CANDIDATE, 1, t, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("lastEventAt does not fit status CANDIDATE, was null", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, tenant, IncidentStatus.CANDIDATE, 1, null, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("classification does not fit status CANDIDATE, was null", assertThrows(
        IllegalArgumentException.class, () -> new IncidentState(id, tenant, IncidentStatus.CANDIDATE, 1, t, null, Set.of(),
            null, team, r, s.children(), s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("declaredAt does not fit status MOBILISED, was null", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, tenant, IncidentStatus.MOBILISED, 3, t, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("endedAt does not fit status CLOSED, was null", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, tenant, IncidentStatus.CLOSED, 9, t, c, Set.of(), t, team, r.restored(t,
            RestorationMeans.WORKAROUND), s.children(), s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    assertEquals("downgradeReason does not fit status DOWNGRADED, was null", assertThrows(
        IllegalArgumentException.class, () -> new IncidentState(id, tenant, IncidentStatus.DOWNGRADED, 2, t, c, Set.of(),
            null, team, r, s.children(), s.review(), s.communications(), s.escalations(), t, null, 2)).getMessage());
    assertEquals("resolution.restoredAt does not fit status RESTORED, was null", assertThrows(
        IllegalArgumentException.class, () -> new IncidentState(id, tenant, IncidentStatus.RESTORED, 7, t, c, Set.of(), t,
            team, r, s.children(), s.review(), s.communications(), s.escalations(), null, null, 2)).getMessage());
    // Consistent ones pass.
    new IncidentState(id, tenant, IncidentStatus.DOWNGRADED, 2, t, c, Set.of(), null, team, r, s.children(), s.review(),
        s.communications(), s.escalations(), t, "momentary", 2);
    int newer = IncidentEvent.SCHEMA_VERSION + 1;
    assertEquals("schemaVersion does not fit status DOWNGRADED, was " + newer, assertThrows(
        IllegalArgumentException.class, () -> new IncidentState(id, tenant, IncidentStatus.DOWNGRADED, 2, t, c,
            Set.of(), null, team, r, s.children(), s.review(), s.communications(), s.escalations(), t, "momentary",
            newer)).getMessage());
    assertEquals("schemaVersion does not fit status DOWNGRADED, was 0", assertThrows(IllegalArgumentException.class,
        () -> new IncidentState(id, tenant, IncidentStatus.DOWNGRADED, 2, t, c, Set.of(), null, team, r, s.children(),
            s.review(), s.communications(), s.escalations(), t, "momentary", 0)).getMessage());
    assertEquals(Map.of(), s.communications().snoozes());
    assertEquals(null, s.communications().snoozedUntil(Audience.EXECUTIVES));
  }
}
