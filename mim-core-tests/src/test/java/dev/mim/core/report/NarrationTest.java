package dev.mim.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.ContainmentFact;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationFact;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences facts read as, with and without their optional parts, and durations in words. */
class NarrationTest {

  private static final ResolverGroup NETWORK = ResolverGroup.of("network");

  @Test
  void factsReadWithAndWithoutTheirOptionalParts() {
    assertEquals("resolver group network engaged", FactNarration.describe(new IdentificationFact.ResolverGroupEngaged(NETWORK,
        false)));
    assertEquals("validation: FALSE_POSITIVE", FactNarration.describe(new IdentificationFact.ValidationRecorded(
        EvidenceKind.FALSE_POSITIVE, null, null)));
    assertEquals("declared a MAJOR INCIDENT without validation evidence", FactNarration.describe(
        new IdentificationFact.MajorIncidentDeclared(true, null)));
    assertEquals("major incident team mobilised (bridge open)", FactNarration.describe(
        new ContainmentFact.TeamMobilised("bridge open")));
    assertEquals("resolution started as emergency change CHG-1: fail over", FactNarration.describe(
        new ResolutionFact.ResolutionStarted("fail over", ChangeRef.of("CHG-1"), true)));
    assertEquals("SERVICE RESTORED by WORKAROUND; children restored with it: [INC-1]", FactNarration.describe(
        new ResolutionFact.ServiceRestored(RestorationMeans.WORKAROUND, List.of(IncidentId.of("INC-1")), null)));
    assertEquals("post-incident review started", FactNarration.describe(new MaintenanceFact.ReviewStarted(null)));
    assertEquals("review action A1: rehearse (no owner yet)", FactNarration.describe(new MaintenanceFact.ReviewActionAdded(
        "A1", "rehearse", null, null, null, null)));
    assertEquals("review action A1 done: rehearsed", FactNarration.describe(new MaintenanceFact.ReviewActionDone("A1",
        "rehearsed")));
    assertEquals("review action A1 done", FactNarration.describe(new MaintenanceFact.ReviewActionDone("A1", null)));
    assertEquals("review findings recorded", FactNarration.describe(new MaintenanceFact.FindingsRecorded(
        ReviewFindings.builder().rootCause("pool").build())));
    assertEquals("review submitted for approval (to the CAB)", FactNarration.describe(
        new MaintenanceFact.ReviewSubmitted("to the CAB")));
    assertEquals("review completed", FactNarration.describe(new MaintenanceFact.ReviewCompleted(null)));
    assertEquals("acknowledged for group network", FactNarration.describe(new EscalationFact.Acknowledged(NETWORK)));
    assertEquals("acknowledged as the Major Incident Manager", FactNarration.describe(new EscalationFact.Acknowledged(null)));
    assertEquals("escalation level 2 of NOT_RESTORED sent to [role resolver]", FactNarration.describe(
        new EscalationFact.EscalationRecorded(EscalationCondition.NOT_RESTORED, 2, List.of(EscalationTarget.role(
            Role.RESOLVER)), null)));
    assertEquals("escalation level 1 of NOT_RESTORED sent to [role resolver]: paged", FactNarration.describe(
        new EscalationFact.EscalationRecorded(EscalationCondition.NOT_RESTORED, 1, List.of(EscalationTarget.role(
            Role.RESOLVER)), "paged")));
  }

  @Test
  void durationsReadInWords() {
    MarkdownText md = new MarkdownText(ZoneOffset.UTC);
    assertEquals("not reached", md.duration(null));
    assertEquals("45 s", md.duration(Duration.ofSeconds(45)));
    assertEquals("1 min", md.duration(Duration.ofSeconds(60)));
    assertEquals("59 min", md.duration(Duration.ofMinutes(59)));
    assertEquals("1 h", md.duration(Duration.ofMinutes(60)));
    assertEquals("23 h 59 min", md.duration(Duration.ofMinutes(24 * 60 - 1)));
    assertEquals("1 day", md.duration(Duration.ofHours(24)));
    assertEquals("3 days 4 h", md.duration(Duration.ofHours(76)));
    assertEquals("", md.time(null));
    assertEquals("2026-11-23 08:00", md.time(java.time.Instant.parse("2026-11-23T08:00:59Z")));
    assertEquals("PRB-1", ProblemRef.of("PRB-1").toString());
    assertEquals(-1, Integer.signum(ProblemRef.of("PRB-1").compareTo(ProblemRef.of("PRB-2"))));
  }
}
