package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.ActionItemStatus;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.incident.ReviewStatus;
import dev.mim.core.json.Json;
import dev.mim.core.people.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The post-incident review from draft to completed, and its action items before and after closure. */
class ReviewTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 4);
  private final IncidentDriver d = new IncidentDriver();

  @Test
  void aReviewGoesFromDraftToInReviewToCompleted() {
    d.until(IncidentStatus.RESTORED);
    assertEquals(ReviewStatus.NOT_STARTED, d.state.review().status());
    d.ok(new MaintenanceAction.StartReview(IncidentDriver.BOB));
    assertEquals(ReviewStatus.DRAFT, d.state.review().status());
    d.no(ViolationCode.REVIEW_NOT_SUBMITTED, new MaintenanceAction.CompleteReview(null));
    d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
    d.ok(new MaintenanceAction.SubmitReview("to the CAB"));
    assertEquals(ReviewStatus.IN_REVIEW, d.state.review().status());
    assertEquals(d.now, d.state.review().submittedAt());
    d.no(ViolationCode.REVIEW_ALREADY_SUBMITTED, new MaintenanceAction.SubmitReview(null));
    // reviewers may still correct the findings while it is in review
    ReviewFindings corrected = IncidentDriver.FINDINGS.withWentWell(List.of("fail-over worked"));
    d.ok(new MaintenanceAction.RecordFindings(corrected));
    d.ok(new MaintenanceAction.CompleteReview("approved by the CAB"));
    assertEquals(ReviewStatus.COMPLETED, d.state.review().status());
    assertEquals(corrected, d.state.review().findings());
    assertEquals("approved by the CAB", d.state.review().conclusion());
    d.no(ViolationCode.REVIEW_ALREADY_COMPLETED, new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
    d.no(ViolationCode.REVIEW_ALREADY_COMPLETED, new MaintenanceAction.SubmitReview(null));
  }

  @Test
  void submittingNeedsASummaryAndARootCauseOrAProblemRecord() {
    d.until(IncidentStatus.IN_REVIEW);
    Decision.Rejected none = d.no(ViolationCode.FINDINGS_MISSING, new MaintenanceAction.SubmitReview(null));
    assertTrue(none.has(ViolationCode.ROOT_CAUSE_MISSING), none.violations().toString());
    assertEquals(List.of("review.findings.summary", "review.findings.rootCause"),
        none.violations().stream().map(Violation::field).toList());
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("payments down").build()));
    Decision.Rejected noCause = d.no(ViolationCode.ROOT_CAUSE_MISSING, new MaintenanceAction.SubmitReview(null));
    assertEquals(1, noCause.violations().size());
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().rootCause("pool too small").build()));
    d.no(ViolationCode.FINDINGS_MISSING, new MaintenanceAction.SubmitReview(null));
    d.ok(new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("payments down")
        .problem(ProblemRef.of("PRB-9")).build()));
    d.ok(new MaintenanceAction.SubmitReview(null));
  }

  @Test
  void openItemsNeedOwnersToCompleteButDoneAndDroppedOnesDoNot() {
    d.until(IncidentStatus.IN_REVIEW);
    d.ok(new MaintenanceAction.AddReviewAction("A1", "alert on pool size", null, null, ProblemRef.of("PRB-9"),
        ChangeRef.of("CHG-7")));
    d.ok(new MaintenanceAction.AddReviewAction("A2", "rehearse fail-over", null, null));
    d.ok(new MaintenanceAction.AddReviewAction("A3", "buy more disks", null, null));
    d.ok(new MaintenanceAction.RecordFindings(IncidentDriver.FINDINGS));
    d.ok(new MaintenanceAction.SubmitReview(null));
    Decision.Rejected r = d.no(ViolationCode.REVIEW_ACTION_UNASSIGNED, new MaintenanceAction.CompleteReview(null));
    assertEquals(3, r.violations().size());
    d.ok(new MaintenanceAction.CompleteReviewAction("A1", "alert in place"));
    d.ok(new MaintenanceAction.DropReviewAction("A3", "the new array has room"));
    d.no(ViolationCode.REASON_MISSING, new MaintenanceAction.DropReviewAction("A2", " "));
    d.no(ViolationCode.REVIEW_ACTION_CLOSED, new MaintenanceAction.CompleteReviewAction("A1", null));
    d.no(ViolationCode.REVIEW_ACTION_CLOSED, new MaintenanceAction.DropReviewAction("A3", "again"));
    d.no(ViolationCode.REVIEW_ACTION_UNKNOWN, new MaintenanceAction.CompleteReviewAction("A9", null));
    Decision.Rejected onlyA2 = d.no(ViolationCode.REVIEW_ACTION_UNASSIGNED, new MaintenanceAction.CompleteReview(null));
    assertEquals("review.actions.A2", onlyA2.violations().get(0).field());
    assertEquals(1, onlyA2.violations().size());
    d.ok(new MaintenanceAction.AssignReviewAction("A2", IncidentDriver.AMY, DUE));
    d.ok(new MaintenanceAction.CompleteReview(null));
    ReviewAction a1 = d.state.review().actions().get("A1");
    assertEquals(ActionItemStatus.DONE, a1.status());
    assertEquals("alert in place", a1.closingNote());
    assertEquals(ProblemRef.of("PRB-9"), a1.problem());
    assertEquals(ChangeRef.of("CHG-7"), a1.change());
    assertEquals(ActionItemStatus.DROPPED, d.state.review().actions().get("A3").status());
  }

  @Test
  void itemsAreTrackedAfterClosureAndTheHistoryReplays() {
    d.until(IncidentStatus.IN_REVIEW);
    d.ok(new MaintenanceAction.AddReviewAction("A1", "alert on pool size", IncidentDriver.AMY, DUE));
    d.ok(new MaintenanceAction.AddReviewAction("A2", "rehearse fail-over", IncidentDriver.AMY, DUE));
    d.until(IncidentStatus.CLOSED);
    d.ok(new MaintenanceAction.AssignReviewAction("A1", Actor.of("kim"), DUE.plusDays(7)));
    d.ok(new MaintenanceAction.CompleteReviewAction("A1", "done"));
    d.ok(new MaintenanceAction.DropReviewAction("A2", "superseded by the new platform"));
    d.no(ViolationCode.ILLEGAL_TRANSITION, new MaintenanceAction.AddReviewAction("A3", "late idea", null, null));
    assertEquals(IncidentStatus.CLOSED, d.state.status());
    assertEquals(d.state, IncidentDecider.replay(d.events));
    assertEquals(d.state, IncidentDecider.replay(d.events.stream().map(Json::roundTrip).toList()));
    assertNull(Reachability.whyUnreachable(d.events));
  }

  @Test
  void aVersionOneHistoryCompletesItsReviewWithoutSubmittingItAndItsFindingsReadAsTheNote() {
    d.until(IncidentStatus.IN_REVIEW);
    List<IncidentEvent> v1 = new ArrayList<>();
    for (IncidentEvent e : d.events) {
      v1.add(new IncidentEvent(1, e.tenant(), e.incidentId(), e.sequence(), e.occurredAt(), e.actor(), e.fact(), null));
    }
    String completed = "{\"schemaVersion\":1,\"incidentId\":\"MI-1\",\"sequence\":" + (v1.size() + 1)
        + ",\"occurredAt\":\"" + d.now.plusSeconds(60) + "\",\"actor\":\"amy\",\"fact\":{\"type\":\"ReviewCompleted\","
        + "\"findings\":\"capacity alarm missing\"}}";
    v1.add(Json.read3(completed, IncidentEvent.class));
    assertEquals("capacity alarm missing", IncidentDecider.replay(v1).review().conclusion());
    // The same completion in a version-2 history needs the submission it lacks.
    List<IncidentEvent> v2 = new ArrayList<>(d.events);
    v2.add(IncidentEvent.of(IncidentDriver.MI, v2.size() + 1, d.now.plusSeconds(60), IncidentDriver.AMY,
        v1.get(v1.size() - 1).fact()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncidentDecider.replay(v2));
    assertTrue(e.getMessage().contains("review-not-submitted"), e.getMessage());
    assertTrue(assertThrows(RuntimeException.class, () -> Json.read3(completed.replace("\"findings\"",
        "\"note\":\"x\",\"findings\""), IncidentEvent.class)).getMessage().contains("give one"));
  }

  @Test
  void theFirstSignalMayNotComeAfterTheIdentification() {
    IdentificationAction.Identify late = new IdentificationAction.Identify(dev.mim.core.incident.IdentificationSource.USER_REPORT,
        java.util.Set.of(dev.mim.core.service.ServiceId.of("mail")), dev.mim.core.priority.Impact.HIGH,
        dev.mim.core.priority.Urgency.HIGH, "mail down", d.now.plusSeconds(3600));
    Decision.Rejected r = d.no(ViolationCode.FIRST_SIGNAL_AFTER_IDENTIFICATION, late);
    assertEquals("action.firstSignalAt", r.violations().get(0).field());
    IdentificationAction.Identify earlier = new IdentificationAction.Identify(late.source(), late.affectedServices(), late.impact(),
        late.urgency(), late.summary(), IncidentDriver.T0.minusSeconds(600));
    d.ok(earlier);
    assertEquals(IncidentDriver.T0.minusSeconds(600), d.state.classification().firstSignalAt());
    IncidentDriver plain = new IncidentDriver();
    plain.until(IncidentStatus.CANDIDATE);
    assertEquals(plain.state.classification().identifiedAt(), plain.state.classification().firstSignalAt());
  }
}
