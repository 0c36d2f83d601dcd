package dev.mim.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Malformed values are refused when built, with a message naming the field and the value. */
class BadInputTest {

  private static String fails(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  @Test
  void blankOrNullIdsNameTheField() {
    assertEquals("incidentId must not be blank, was '  '", fails(() -> IncidentId.of("  ")));
    assertEquals("actor must not be null", fails(() -> Actor.of(null)));
    assertEquals("serviceId must not be blank, was ''", fails(() -> ServiceId.of("")));
    assertEquals("audience must not be blank, was ' '", fails(() -> Audience.internal(" ")));
  }

  @Test
  void overLongTextsAreRefusedWithTheirLength() {
    String longId = "x".repeat(129);
    assertTrue(fails(() -> ResolverGroup.of(longId)).startsWith("resolverGroup must be at most 128 characters, was 129"));
    String longText = "y".repeat(4001);
    String message = fails(() -> new IdentificationAction.Downgrade(longText));
    assertTrue(message.startsWith("reason must be at most 4000 characters, was 4001 ('yyyy"), message);
    assertTrue(message.length() < 200, "the message shows only the start of the value");
  }

  @Test
  void nullEnumsAndOutOfRangeLevelsAreNamed() {
    assertEquals("source must not be null", fails(() -> new IdentificationAction.Identify(null, Set.of(ServiceId.of("s")),
        Impact.HIGH, Urgency.HIGH, "x")));
    assertEquals("impact must be between 1 and 5, was 0", fails(() -> Impact.of(0)));
    assertEquals("urgency must be between 1 and 5, was 6", fails(() -> Urgency.of(6)));
    assertEquals("priority must be between 1 and 9, was 10", fails(() -> Priority.of(10)));
  }

  @Test
  void emptyOrNullHoldingServiceSetsAreRefused() {
    assertEquals("affectedServices must not be empty", fails(() -> new IdentificationAction.Identify(IdentificationSource.OTHER,
        Set.of(), Impact.HIGH, Urgency.HIGH, "x")));
    Set<ServiceId> withNull = new HashSet<>(Arrays.asList(ServiceId.of("a"), null));
    assertTrue(fails(() -> new IdentificationAction.Identify(IdentificationSource.OTHER, withNull, Impact.HIGH, Urgency.HIGH,
        "x")).startsWith("affectedServices must not hold null"));
  }

  @Test
  void commandsNeedTheirEnvelope() {
    Instant t = Instant.parse("2026-11-23T08:00:00Z");
    assertEquals("occurredAt must not be null", fails(() -> IncidentCommand.of(IncidentId.of("MI-1"),
        Actor.of("a"), null, new IdentificationAction.Declare(null))));
    assertEquals("expectedVersion must not be negative, was -1", fails(() -> new IncidentCommand(TenantId.DEFAULT,
        IncidentId.of("MI-1"), Actor.of("a"), t, -1L, new IdentificationAction.Declare(null))));
    assertEquals("sequence must be at least 1, was 0", fails(() -> IncidentEvent.of(IncidentId.of("MI-1"), 0, t,
        Actor.of("a"), new MaintenanceFact.IncidentClosed(null))));
  }

  @Test
  void aNegativeVerificationWindowIsRefused() {
    assertEquals("verificationWindow must not be negative, was PT-1H",
        fails(() -> PolicySet.custom().verificationWindow(Duration.ofHours(-1)).build()));
    assertEquals("priorityMatrix must not be null", fails(() -> PolicySet.custom().priorityMatrix(null).build()));
  }

  @Test
  void evolveRefusesAHistoryThatDoesNotFollow() {
    Instant t = Instant.parse("2026-11-23T08:00:00Z");
    IncidentEvent declared = IncidentEvent.of(IncidentId.of("MI-1"), 1, t, Actor.of("a"),
        new IdentificationFact.MajorIncidentDeclared(false, null));
    assertEquals("event 1 of incident MI-1 (MAJOR_INCIDENT_DECLARED): fact: illegal-transition: incident MI-1 "
        + "cannot DECLARE in status NONE; legal there: [IDENTIFY]", fails(() -> IncidentDecider.evolve(IncidentState.initial(), declared)));
    IncidentEvent second = IncidentEvent.of(IncidentId.of("MI-1"), 2, t, Actor.of("a"),
        new MaintenanceFact.IncidentClosed(null));
    assertEquals("event 2 of incident MI-1 (INCIDENT_CLOSED): sequence: version-conflict: incident MI-1 is at "
        + "version 0, the event expected version 1",
        fails(() -> IncidentDecider.evolve(IncidentState.initial(), second)));
  }
}
