package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;

/**
 * The decider's rules of the maintenance stage: the post-incident review, its action items, and closure. Each
 * returns the fact the action causes, or null when it refused; the {@link ReviewHistory} rules (findings with a
 * root cause before submitting, submitted and every open item assigned before completing, a completed review
 * before closing, ...) are checked afterwards.
 */
final class MaintenanceRules {

  private MaintenanceRules() {}

  static Fact decide(Verdict v, IncidentState s) {
    Action action = v.command().action();
    switch (action.kind()) {
      case START_REVIEW:
        return new Fact.ReviewStarted(((Action.StartReview) action).reviewer());
      case RECORD_FINDINGS:
        return new Fact.FindingsRecorded(((Action.RecordFindings) action).findings());
      case SUBMIT_REVIEW:
        return new Fact.ReviewSubmitted(((Action.SubmitReview) action).note());
      case ADD_REVIEW_ACTION: {
        Action.AddReviewAction a = (Action.AddReviewAction) action;
        v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
            () -> "action item " + a.actionId() + " of incident " + s.id() + " needs a description");
        return v.refused() ? null : new Fact.ReviewActionAdded(a.actionId(), a.description(), a.owner(), a.due(),
            a.problem(), a.change());
      }
      case ASSIGN_REVIEW_ACTION: {
        Action.AssignReviewAction a = (Action.AssignReviewAction) action;
        return new Fact.ReviewActionAssigned(a.actionId(), a.owner(), a.due());
      }
      case COMPLETE_REVIEW_ACTION: {
        Action.CompleteReviewAction a = (Action.CompleteReviewAction) action;
        return new Fact.ReviewActionDone(a.actionId(), a.note());
      }
      case DROP_REVIEW_ACTION: {
        Action.DropReviewAction a = (Action.DropReviewAction) action;
        v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
            () -> "dropping action item " + a.actionId() + " of incident " + s.id() + " needs a reason");
        return v.refused() ? null : new Fact.ReviewActionDropped(a.actionId(), a.reason());
      }
      case COMPLETE_REVIEW:
        return new Fact.ReviewCompleted(((Action.CompleteReview) action).note());
      case CLOSE: {
        if (!s.children().isEmpty()) {
          v.advise(AdvisoryCode.CHILDREN_LEFT_OPEN, "closing incident " + s.id() + " leaves its "
              + s.children().size() + " child incident(s) as they are; close them in the incident process");
        }
        return new Fact.IncidentClosed(((Action.Close) action).note());
      }
      default:
        throw new IllegalStateException("not a maintenance action: " + action.kind());
    }
  }
}
