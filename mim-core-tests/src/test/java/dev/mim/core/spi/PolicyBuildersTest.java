package dev.mim.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The generated builders keep the library's promises: defaults, copies, and errors naming field and value. */
class PolicyBuildersTest {

  private static String fails(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  @Test
  void aPolicySetStartsFromTheDefaultsAndFromKeepsWhatItIsNotTold() {
    PolicySet defaults = PolicySet.ofDefaults();
    assertSame(PriorityMatrix.itil(), defaults.priorityMatrix());
    assertEquals(PolicySet.DEFAULT_VERIFICATION_WINDOW, defaults.verificationWindow());
    DeclarationPolicy always = candidate -> true;
    PolicySet custom = PolicySet.custom().declarationPolicy(always).build();
    PolicySet longer = PolicySet.from(custom).verificationWindow(Duration.ofHours(72)).build();
    assertSame(always, longer.declarationPolicy());
    assertEquals(Duration.ofHours(72), longer.verificationWindow());
    assertEquals(Duration.ofHours(24), custom.verificationWindow(), "the base is unchanged");
    assertNotSame(custom, longer);
    assertEquals(Duration.ofHours(1), longer.withVerificationWindow(Duration.ofHours(1)).verificationWindow());
  }

  @Test
  void badSettingsAreRefusedAtBuildNamingFieldAndValue() {
    assertEquals("verificationWindow must not be negative, was PT-1S",
        fails(() -> PolicySet.custom().verificationWindow(Duration.ofSeconds(-1)).build()));
    assertEquals("declarationPolicy must not be null", fails(() -> PolicySet.custom().declarationPolicy(null).build()));
    assertEquals("base must not be null", fails(() -> PolicySet.from(null)));
    assertEquals("calendar must not be null", fails(() -> CommunicationPolicy.custom().calendar(null).build()));
    assertEquals("regime must not be null", fails(() -> CommunicationPolicy.custom().regime(null)));
  }

  @Test
  void aCommunicationPlanNamesEachAudienceOncePerPriority() {
    AudiencePlan desk = AudiencePlan.of(Audience.SERVICE_DESK, Duration.ofMinutes(10), Duration.ofMinutes(20));
    assertEquals("plans must name each audience once per priority, found service-desk twice at P1",
        fails(() -> CommunicationPlan.custom().priority(Priority.of(1), desk, desk).build()));
    CommunicationPlan plan = CommunicationPlan.from(CommunicationPlan.defaults())
        .priority(Priority.of(2), desk).build();
    assertEquals(1, plan.at(Priority.of(2)).size(), "priority() replaces the plans at that priority");
    assertEquals(3, plan.at(Priority.of(1)).size(), "the others are kept");
    assertEquals(Priority.of(1), plan.byPriority().firstKey(), "most severe first");
  }

  @Test
  void communicationPoliciesKeepTheirRegimesInOrder() {
    CommunicationPolicy both = CommunicationPolicy.custom().regime(RegulatoryRegime.dora())
        .regime(RegulatoryRegime.nis2()).build();
    assertEquals("DORA", both.regimes().get(0).name());
    assertEquals("NIS2", CommunicationPolicy.from(both).build().regimes().get(1).name());
  }

  @Test
  void valueBuildersCheckLikeTheConstructors() {
    StakeholderUpdate u = StakeholderUpdate.builder().audience(Audience.EXECUTIVES).summary("Payments down")
        .workaroundAvailable(true).build();
    assertTrue(u.workaroundAvailable());
    assertEquals("Payments restored", u.withSummary("Payments restored").summary());
    assertEquals("internalNotes must be empty in an update to external audience affected-customers, was 'DBA paged'",
        fails(() -> StakeholderUpdate.builder().audience(Audience.AFFECTED_CUSTOMERS).summary("s")
            .internalNotes("DBA paged").build()));
    assertEquals("audience must not be null", fails(() -> StakeholderUpdate.builder().summary("s").build()));
    AudiencePlan plan = AudiencePlan.builder().audience(Audience.EXECUTIVES).firstNoticeWithin(Duration.ofMinutes(15))
        .updateEvery(Duration.ofMinutes(30)).build();
    assertTrue(plan.inBusinessHoursOnly().businessHoursOnly());
    assertEquals("updateEvery must not be shorter than firstNoticeWithin (PT15M), was PT5M",
        fails(() -> plan.withUpdateEvery(Duration.ofMinutes(5))));
  }
}
