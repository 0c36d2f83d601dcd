package dev.mim.core.comms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regulatory regimes and audiences: what they accept and refuse. */
class CommsModelTest {

  private static RegulatoryRegime.Deadline within(java.time.temporal.TemporalAmount amount) {
    return new RegulatoryRegime.Deadline(RegulatoryRegime.Anchor.CLASSIFIED_MAJOR, null, amount);
  }

  @Test
  void deadlinesReachFromZeroToTenYears() {
    within(Duration.ZERO);
    within(Duration.ofDays(3660));
    within(Period.ofMonths(120));
    within(Period.ofDays(3660));
    for (java.time.temporal.TemporalAmount bad : List.of(Duration.ofDays(3661), Duration.ofSeconds(-1),
        Period.ofMonths(121), Period.ofDays(3661), Period.ofDays(-1))) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> within(bad)).getMessage()
          .startsWith("within must be a Duration or Period from zero to ten years"), bad.toString());
    }
  }

  @Test
  void aRegimeNamesEachReportOnce() {
    RegulatoryRegime.Report one = new RegulatoryRegime.Report("x:one", "one", List.of(within(Duration.ofHours(4))),
        "Art. 1");
    RegulatoryRegime.Report other = new RegulatoryRegime.Report("x:two", "two", List.of(within(Duration.ofHours(8))),
        "Art. 2");
    assertEquals(2, new RegulatoryRegime("X", Audience.REGULATOR, List.of(one, other)).reports().size());
    assertEquals("reports must have distinct ids, found x:one twice", assertThrows(IllegalArgumentException.class,
        () -> new RegulatoryRegime("X", Audience.REGULATOR, List.of(one, other, one))).getMessage());
  }

  @Test
  void audiencesAreInternalOrExternal() {
    assertTrue(Audience.REGULATOR.external());
    assertTrue(Audience.external("press").external());
    assertTrue(!Audience.internal("ops").external());
    assertTrue(Audience.internal("x").compareTo(Audience.external("x")) < 0, "internal before external");
  }

  @Test
  void aPlanAnswersEachPriorityWithItsOwnAudiencesAndNobodyForAPriorityWithoutAPlan() {
    AudiencePlan desk = AudiencePlan.of(Audience.SERVICE_DESK, Duration.ofMinutes(15), Duration.ofMinutes(30));
    AudiencePlan execs = AudiencePlan.of(Audience.EXECUTIVES, Duration.ofMinutes(60), Duration.ofMinutes(120));
    CommunicationPlan plan = CommunicationPlan.custom().priority(dev.mim.core.priority.Priority.of(2), desk)
        .priority(dev.mim.core.priority.Priority.of(4), execs, desk).build();
    assertEquals(List.of(), plan.at(dev.mim.core.priority.Priority.of(1)));
    assertEquals(List.of(desk), plan.at(dev.mim.core.priority.Priority.of(2)));
    assertEquals(List.of(), plan.at(dev.mim.core.priority.Priority.of(3)));
    assertEquals(List.of(execs, desk), plan.at(dev.mim.core.priority.Priority.of(4)));
    assertEquals(List.of(), plan.at(dev.mim.core.priority.Priority.of(5)));
    assertEquals(List.of(), CommunicationPlan.custom().build().at(dev.mim.core.priority.Priority.of(1)));
    assertEquals(plan, CommunicationPlan.from(plan).build(), "the table by level is no part of equality");
    assertEquals(List.of(desk), CommunicationPlan.from(plan).build().at(dev.mim.core.priority.Priority.of(2)));
  }
}
