package dev.mim.core.lifecycle;

import dev.mim.core.incident.ActionItemStatus;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.MaintenanceAction.AddReviewAction;
import dev.mim.core.incident.MaintenanceAction.AssignReviewAction;
import dev.mim.core.incident.MaintenanceAction.Close;
import dev.mim.core.incident.MaintenanceAction.CompleteReview;
import dev.mim.core.incident.MaintenanceAction.CompleteReviewAction;
import dev.mim.core.incident.MaintenanceAction.DropReviewAction;
import dev.mim.core.incident.MaintenanceAction.RecordFindings;
import dev.mim.core.incident.MaintenanceAction.StartReview;
import dev.mim.core.incident.MaintenanceAction.SubmitReview;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.MaintenanceFact.FindingsRecorded;
import dev.mim.core.incident.MaintenanceFact.IncidentClosed;
import dev.mim.core.incident.MaintenanceFact.ReviewActionAdded;
import dev.mim.core.incident.MaintenanceFact.ReviewActionAssigned;
import dev.mim.core.incident.MaintenanceFact.ReviewActionDone;
import dev.mim.core.incident.MaintenanceFact.ReviewActionDropped;
import dev.mim.core.incident.MaintenanceFact.ReviewCompleted;
import dev.mim.core.incident.MaintenanceFact.ReviewStarted;
import dev.mim.core.incident.MaintenanceFact.ReviewSubmitted;
import dev.mim.core.incident.MaintenanceFact;
import dev.mim.core.incident.Review;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.ReviewFindings;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the maintenance stage: the post-incident review, its action items, and closure. {@link #DECIDE}
 * turns each action into its fact, or refuses it; {@link #EVOLVE} checks each fact against the state it follows and
 * folds it. The review is edited until it is completed; it is submitted once, with findings that say what happened
 * and name a root cause or a problem record; it completes once submitted and when every open action item has an
 * owner and a due date; the incident closes once it is completed. Action items are assigned, done and dropped while
 * open, also after closure.
 */
final class MaintenanceRules {

  static final MaintenanceAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final MaintenanceFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private MaintenanceRules() {}

  private static final class Decide implements MaintenanceAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact startReview(StartReview a, Verdict v) {
      return new ReviewStarted(a.reviewer());
    }

    @Override
    public @Nullable Fact recordFindings(RecordFindings a, Verdict v) {
      return new FindingsRecorded(a.findings());
    }

    @Override
    public @Nullable Fact submitReview(SubmitReview a, Verdict v) {
      return new ReviewSubmitted(a.note());
    }

    @Override
    public @Nullable Fact addReviewAction(AddReviewAction a, Verdict v) {
      v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
          () -> "action item " + a.actionId() + " of incident " + v.state().id() + " needs a description");
      return v.refused() ? null
          : new ReviewActionAdded(a.actionId(), a.description(), a.owner(), a.due(), a.problem(), a.change());
    }

    @Override
    public @Nullable Fact assignReviewAction(AssignReviewAction a, Verdict v) {
      return new ReviewActionAssigned(a.actionId(), a.owner(), a.due());
    }

    @Override
    public @Nullable Fact completeReviewAction(CompleteReviewAction a, Verdict v) {
      return new ReviewActionDone(a.actionId(), a.note());
    }

    @Override
    public @Nullable Fact dropReviewAction(DropReviewAction a, Verdict v) {
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "dropping action item " + a.actionId() + " of incident " + v.state().id() + " needs a reason");
      return v.refused() ? null : new ReviewActionDropped(a.actionId(), a.reason());
    }

    @Override
    public @Nullable Fact completeReview(CompleteReview a, Verdict v) {
      return new ReviewCompleted(a.note());
    }

    @Override
    public @Nullable Fact close(Close a, Verdict v) {
      IncidentState s = v.state();
      if (!s.children().isEmpty()) {
        v.advise(AdvisoryCode.CHILDREN_LEFT_OPEN, "closing incident " + s.id() + " leaves its "
            + s.children().size() + " child incident(s) as they are; close them in the incident process");
      }
      return new IncidentClosed(a.note());
    }
  }

  private static final class Evolve implements MaintenanceFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState reviewStarted(ReviewStarted f, Step step) {
      return step.withReview(step.before().review().started(step.occurredAt(), f.reviewer()));
    }

    @Override
    public @Nullable IncidentState findingsRecorded(FindingsRecorded f, Step step) {
      notCompleted(step);
      return step.refused() ? null : step.withReview(step.before().review().withFindings(f.findings()));
    }

    @Override
    public @Nullable IncidentState reviewSubmitted(ReviewSubmitted f, Step step) {
      IncidentState s = step.before();
      notCompleted(step);
      if (s.review().submittedAt() != null) {
        step.refuse(ViolationCode.REVIEW_ALREADY_SUBMITTED, null, () -> "the review of incident " + s.id()
            + " was submitted at " + s.review().submittedAt());
        return null;
      }
      ReviewFindings findings = s.review().findings();
      if (findings == null || findings.summary() == null) {
        step.refuseAt(ViolationCode.FINDINGS_MISSING, "review.findings.summary", () -> "submitting the review of "
            + "incident " + s.id() + " needs findings that say what happened");
      }
      if (findings == null || !findings.explainsTheCause()) {
        step.refuseAt(ViolationCode.ROOT_CAUSE_MISSING, "review.findings.rootCause", () -> "submitting the review "
            + "of incident " + s.id() + " needs a root cause, or the problem record its analysis was handed to");
      }
      return step.refused() ? null : step.withReview(s.review().submitted(step.occurredAt()));
    }

    @Override
    public @Nullable IncidentState reviewActionAdded(ReviewActionAdded f, Step step) {
      IncidentState s = step.before();
      notCompleted(step);
      if (s.review().actions().containsKey(f.actionId())) {
        step.refuse(ViolationCode.REVIEW_ACTION_EXISTS, "actionId",
            () -> "review of incident " + s.id() + " already has action item " + f.actionId());
      }
      step.limit(s.review().actions().size(), IncidentDecider.MAX_REVIEW_ACTIONS, "review action items");
      return step.refused() ? null : step.withReview(s.review().withAction(f.actionId(),
          ReviewAction.open(f.description(), f.owner(), f.due(), f.problem(), f.change())));
    }

    @Override
    public @Nullable IncidentState reviewActionAssigned(ReviewActionAssigned f, Step step) {
      ReviewAction item = openItem(step, f.actionId());
      return item == null ? null : step.withReview(step.before().review().withAction(f.actionId(),
          item.assigned(f.owner(), f.due())));
    }

    @Override
    public @Nullable IncidentState reviewActionDone(ReviewActionDone f, Step step) {
      ReviewAction item = openItem(step, f.actionId());
      return item == null ? null : step.withReview(step.before().review().withAction(f.actionId(),
          item.closed(ActionItemStatus.DONE, step.occurredAt(), f.note())));
    }

    @Override
    public @Nullable IncidentState reviewActionDropped(ReviewActionDropped f, Step step) {
      ReviewAction item = openItem(step, f.actionId());
      return item == null ? null : step.withReview(step.before().review().withAction(f.actionId(),
          item.closed(ActionItemStatus.DROPPED, step.occurredAt(), f.reason())));
    }

    @Override
    public @Nullable IncidentState reviewCompleted(ReviewCompleted f, Step step) {
      IncidentState s = step.before();
      Review review = s.review();
      notCompleted(step);
      // Version-1 events come from before reviews were submitted: their completion needed no submission.
      if (step.event().schemaVersion() > 1 && review.submittedAt() == null) {
        step.refuse(ViolationCode.REVIEW_NOT_SUBMITTED, null, () -> "the review of incident " + s.id()
            + " must be submitted before it is completed");
      }
      for (Map.Entry<String, ReviewAction> item : review.actions().entrySet()) {
        if (item.getValue().isOpen() && !item.getValue().isAssigned()) {
          step.refuseAt(ViolationCode.REVIEW_ACTION_UNASSIGNED, "review.actions." + item.getKey(),
              () -> "action item " + item.getKey() + " of incident " + s.id() + " needs an owner and a due date");
        }
      }
      return step.refused() ? null : step.withReview(review.completed(step.occurredAt(), f.note()));
    }

    @Override
    public @Nullable IncidentState incidentClosed(IncidentClosed f, Step step) {
      IncidentState s = step.before();
      if (!s.review().isCompleted()) {
        step.refuse(ViolationCode.REVIEW_NOT_COMPLETED, null,
            () -> "incident " + s.id() + " cannot close before its post-incident review is completed");
      }
      return step.refused() ? null : step.ended(s.downgradeReason());
    }

    private static void notCompleted(Step step) {
      IncidentState s = step.before();
      if (s.review().isCompleted()) {
        step.refuse(ViolationCode.REVIEW_ALREADY_COMPLETED, null,
            () -> "the review of incident " + s.id() + " was completed at " + s.review().completedAt());
      }
    }

    /** @return the open action item, or null when it is unknown or closed (refused) */
    private static ReviewAction openItem(Step step, String actionId) {
      IncidentState s = step.before();
      ReviewAction item = s.review().actions().get(actionId);
      if (item == null) {
        step.refuse(ViolationCode.REVIEW_ACTION_UNKNOWN, "actionId",
            () -> "review of incident " + s.id() + " has no action item " + actionId);
        return null;
      }
      if (!item.isOpen()) {
        step.refuse(ViolationCode.REVIEW_ACTION_CLOSED, "actionId", () -> "action item " + actionId
            + " of incident " + s.id() + " is " + item.status() + " since " + item.closedAt());
        return null;
      }
      return item;
    }
  }
}
