package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;

/**
 * The decider's rules of the maintenance stage: the post-incident review, its action items, and closure. Each
 * returns the fact the action causes, or null when it refused; the {@link HistoryRules} (a completed review before
 * closing, every item assigned before completing, ...) are checked afterwards.
 */
final class MaintenanceRules {

  private MaintenanceRules() {}

  static Fact decide(Verdict v, IncidentState s) {
    Action action = v.command().action();
    switch (action.kind()) {
      case START_REVIEW:
        return new Fact.ReviewStarted(((Action.StartReview) action).reviewer());
      case ADD_REVIEW_ACTION: {
        Action.AddReviewAction a = (Action.AddReviewAction) action;
        v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
            "action item " + a.actionId() + " of incident " + s.id() + " needs a description");
        return v.refused() ? null : new Fact.ReviewActionAdded(a.actionId(), a.description(), a.owner(), a.due());
      }
      case ASSIGN_REVIEW_ACTION: {
        Action.AssignReviewAction a = (Action.AssignReviewAction) action;
        return new Fact.ReviewActionAssigned(a.actionId(), a.owner(), a.due());
      }
      case COMPLETE_REVIEW: {
        Action.CompleteReview a = (Action.CompleteReview) action;
        v.require(a.findings(), ViolationCode.FINDINGS_MISSING, "findings",
            "completing the review of incident " + s.id() + " needs its findings");
        return v.refused() ? null : new Fact.ReviewCompleted(a.findings());
      }
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
