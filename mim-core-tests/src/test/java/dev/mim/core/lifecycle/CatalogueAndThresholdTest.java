package dev.mim.core.lifecycle;

import static dev.mim.core.fixtures.IncidentDriver.AMY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ServiceCatalogue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueAndThresholdTest {

  private static final BusinessService PAYMENTS = new BusinessService(ServiceId.of("payments"), "Payments", 1,
      new BigDecimal("250000"), ResolverGroup.of("payments-platform"), Actor.of("cfo"));
  private static final BusinessService WIKI = new BusinessService(ServiceId.of("wiki"), "Wiki", 4,
      BigDecimal.ZERO, ResolverGroup.of("collaboration"), Actor.of("cio"));
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(List.of(PAYMENTS, WIKI));

  private final IncidentDriver d = new IncidentDriver();

  private static IdentificationAction.Identify identify(String service, Impact impact, Urgency urgency) {
    return new IdentificationAction.Identify(IdentificationSource.USER_REPORT, Set.of(ServiceId.of(service)), impact, urgency,
        "trouble");
  }

  @Test
  void aServiceOutsideTheCatalogueIsRefusedByName() {
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    Decision.Rejected r = d.no(ViolationCode.UNKNOWN_SERVICE, identify("crm", Impact.HIGH, Urgency.HIGH));
    assertEquals("action.affectedServices", r.violations().get(0).field());
    assertTrue(r.violations().get(0).message().contains("service crm"), r.violations().toString());
    assertEquals("unknown-service", r.violations().get(0).code().code());
  }

  @Test
  void theOpenCatalogueAdmitsAnyService() {
    d.ok(identify("crm", Impact.HIGH, Urgency.HIGH));
  }

  @Test
  void aCandidateBelowTheThresholdCarriesAnAdvisory() {
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    Decision.Accepted a = d.ok(identify("wiki", Impact.MEDIUM, Urgency.HIGH));
    assertEquals(AdvisoryCode.BELOW_MAJOR_THRESHOLD, a.advisories().get(0).code());
    assertTrue(a.advisories().get(0).message().contains("P2"), a.advisories().toString());
  }

  @Test
  void p2OnATierOneServiceIsMajorByTheStandardThreshold() {
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    assertTrue(d.ok(identify("payments", Impact.MEDIUM, Urgency.HIGH)).advisories().isEmpty());
  }

  @Test
  void reprioritisingAcrossTheThresholdAdvisesBothWays() {
    d.policies = PolicySet.custom().serviceCatalogue(CATALOGUE).build();
    d.ok(identify("wiki", Impact.HIGH, Urgency.HIGH));
    Decision.Accepted down = d.ok(new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.MEDIUM, "one team only"));
    assertEquals(AdvisoryCode.CROSSED_MAJOR_THRESHOLD, down.advisories().get(0).code());
    assertTrue(down.advisories().get(0).message().contains("down below"), down.advisories().toString());
    Decision.Accepted within = d.ok(new IdentificationAction.Reprioritise(Impact.MEDIUM, Urgency.LOW, "fewer still"));
    assertTrue(within.advisories().isEmpty());
    Decision.Accepted up = d.ok(new IdentificationAction.Reprioritise(Impact.HIGH, Urgency.HIGH, "it spread"));
    assertTrue(up.advisories().get(0).message().contains("up across"), up.advisories().toString());
    assertTrue(down.advisories().get(0).message().endsWith("; consider a downgrade"));
    assertTrue(!up.advisories().get(0).message().contains("downgrade"));
  }

  @Test
  void aFailingHostCatalogueIsARefusal() {
    d.policies = PolicySet.custom().serviceCatalogue(id -> {
      throw new IllegalStateException("CMDB unreachable");
    }).build();
    RecordingLogs.clear();
    Decision.Rejected r = d.no(ViolationCode.POLICY_FAILED, identify("payments", Impact.HIGH, Urgency.HIGH));
    assertTrue(r.violations().get(0).message().contains("CMDB unreachable"));
    assertEquals(IncidentStatus.NONE, d.state.status());
    assertEquals(1, RecordingLogs.warnings().size(), "one WARN per failure");
    assertEquals("CMDB unreachable", RecordingLogs.warnings().get(0).thrown().getMessage());
  }

  @Test
  void thresholdsByPriorityAndTier() {
    MajorIncidentThreshold p1 = MajorIncidentThreshold.priorityAtLeast(Priority.of(1));
    assertTrue(p1.isMajor(Priority.of(1), List.of()));
    assertFalse(p1.isMajor(Priority.of(2), List.of(PAYMENTS)));
    MajorIncidentThreshold standard = MajorIncidentThreshold.standard();
    assertTrue(standard.isMajor(Priority.of(2), List.of(WIKI, PAYMENTS)));
    assertFalse(standard.isMajor(Priority.of(2), List.of(WIKI)));
    assertFalse(standard.isMajor(Priority.of(3), List.of(PAYMENTS)));
  }

  @Test
  void aThresholdMadeByAFactoryIsSaidInWordsAndEqualsOneMadeAlike() {
    assertEquals("P1", MajorIncidentThreshold.priorityAtLeast(Priority.of(1)).toString());
    assertEquals("P1 to P3", MajorIncidentThreshold.priorityAtLeast(Priority.of(3)).toString());
    assertEquals("P1 to P2, or P3 on a service of tier 1 to 2",
        MajorIncidentThreshold.priorityAtLeastOrOnTopTier(Priority.of(2), 2, Priority.of(3)).toString());
    assertEquals(MajorIncidentThreshold.standard().toString(),
        MajorIncidentThreshold.priorityAtLeastOrOnTopTier(Priority.of(1), 1, Priority.of(2)).toString());
    assertEquals(MajorIncidentThreshold.priorityAtLeast(Priority.of(2)),
        MajorIncidentThreshold.priorityAtLeast(Priority.of(2)));
    MajorIncidentThreshold tiered = MajorIncidentThreshold.priorityAtLeastOrOnTopTier(Priority.of(1), 2, Priority.of(3));
    assertTrue(tiered.isMajor(Priority.of(3), List.of(WIKI, PAYMENTS)));
    assertFalse(tiered.isMajor(Priority.of(4), List.of(PAYMENTS)));
    assertFalse(tiered.isMajor(Priority.of(2), List.of()));
  }

  @Test
  void aCatalogueNamesEachServiceOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServiceCatalogue.of(List.of(PAYMENTS, PAYMENTS)));
    assertEquals("services must name each id once, found payments twice", e.getMessage());
    assertEquals("tier must be between 1 and 9, was 0", assertThrows(IllegalArgumentException.class,
        () -> new BusinessService(ServiceId.of("x"), "X", 0, BigDecimal.ONE, ResolverGroup.of("g"), AMY)).getMessage());
    assertEquals("hourlyDowntimeCost must not be negative, was -1", assertThrows(IllegalArgumentException.class,
        () -> new BusinessService(ServiceId.of("x"), "X", 1, BigDecimal.ONE.negate(), ResolverGroup.of("g"), AMY))
        .getMessage());
  }

  @Test
  void anInMemoryCatalogueFindsEachOfItsServices() {
    ServiceCatalogue two = ServiceCatalogue.of(List.of(PAYMENTS, WIKI));
    assertEquals(PAYMENTS, two.find(ServiceId.of("payments")).orElseThrow());
    assertEquals(WIKI, two.find(ServiceId.of("wiki")).orElseThrow());
    assertTrue(two.find(ServiceId.of("crm")).isEmpty());
    assertFalse(two.admits(ServiceId.of("crm")));
  }

  @Test
  void aServiceMayCostNothingButNotLessThanNothing() {
    assertEquals(java.math.BigDecimal.ZERO, PAYMENTS.withHourlyDowntimeCost(java.math.BigDecimal.ZERO)
        .hourlyDowntimeCost());
    assertEquals("hourlyDowntimeCost must not be negative, was -0.01", assertThrows(IllegalArgumentException.class,
        () -> PAYMENTS.withHourlyDowntimeCost(new java.math.BigDecimal("-0.01"))).getMessage());
  }
}
