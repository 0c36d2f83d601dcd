package dev.mim.core.lifecycle;

import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.incident.ReviewFindings;
import java.util.Map;

/**
 * The {@link HistoryRules} of the maintenance stage: what the review's facts and the closure need from the state.
 * The review is edited until it is completed; it is submitted once, with findings that say what happened and name
 * a root cause or a problem record; it completes once submitted and when every open action item has an owner and
 * a due date; the incident closes once it is completed. Action items are assigned, done and dropped while open,
 * also after closure.
 */
final class ReviewHistory {

  private ReviewHistory() {}

  static void check(IncidentState s, IncidentEvent event, Sink sink) {
    Fact fact = event.fact();
    switch (fact.kind()) {
      case FINDINGS_RECORDED -> notCompleted(s, sink);
      case REVIEW_SUBMITTED -> submitted(s, sink);
      case REVIEW_ACTION_ADDED -> {
        Fact.ReviewActionAdded f = (Fact.ReviewActionAdded) fact;
        notCompleted(s, sink);
        if (s.review().actions().containsKey(f.actionId())) {
          sink.refuse(ViolationCode.REVIEW_ACTION_EXISTS, "actionId",
              () -> "review of incident " + s.id() + " already has action item " + f.actionId());
        }
        HistoryRules.limit(s, s.review().actions().size(), IncidentDecider.MAX_REVIEW_ACTIONS,
            "review action items", sink);
      }
      case REVIEW_ACTION_ASSIGNED -> openItem(s, ((Fact.ReviewActionAssigned) fact).actionId(), sink);
      case REVIEW_ACTION_DONE -> openItem(s, ((Fact.ReviewActionDone) fact).actionId(), sink);
      case REVIEW_ACTION_DROPPED -> openItem(s, ((Fact.ReviewActionDropped) fact).actionId(), sink);
      case REVIEW_COMPLETED -> completed(s, event, sink);
      case INCIDENT_CLOSED -> {
        if (!s.review().isCompleted()) {
          sink.refuse(ViolationCode.REVIEW_NOT_COMPLETED, null,
              () -> "incident " + s.id() + " cannot close before its post-incident review is completed");
        }
      }
      default -> throw new IllegalStateException("not a review fact: " + fact.kind());
    }
  }

  private static void submitted(IncidentState s, Sink sink) {
    notCompleted(s, sink);
    if (s.review().submittedAt() != null) {
      sink.refuse(ViolationCode.REVIEW_ALREADY_SUBMITTED, null, () -> "the review of incident " + s.id()
          + " was submitted at " + s.review().submittedAt());
      return;
    }
    ReviewFindings findings = s.review().findings();
    if (findings == null || findings.summary() == null) {
      sink.refuseAt(ViolationCode.FINDINGS_MISSING, "review.findings.summary", () -> "submitting the review of incident " + s.id()
          + " needs findings that say what happened");
    }
    if (findings == null || !findings.explainsTheCause()) {
      sink.refuseAt(ViolationCode.ROOT_CAUSE_MISSING, "review.findings.rootCause", () -> "submitting the review of incident "
          + s.id() + " needs a root cause, or the problem record its analysis was handed to");
    }
  }

  private static void completed(IncidentState s, IncidentEvent event, Sink sink) {
    notCompleted(s, sink);
    // Version-1 events come from before reviews were submitted: their completion needed no submission.
    if (event.schemaVersion() > 1 && s.review().submittedAt() == null) {
      sink.refuse(ViolationCode.REVIEW_NOT_SUBMITTED, null, () -> "the review of incident " + s.id()
          + " must be submitted before it is completed");
    }
    for (Map.Entry<String, ReviewAction> item : s.review().actions().entrySet()) {
      if (item.getValue().isOpen() && !item.getValue().isAssigned()) {
        sink.refuseAt(ViolationCode.REVIEW_ACTION_UNASSIGNED, "review.actions." + item.getKey(), () -> "action item "
            + item.getKey() + " of incident " + s.id() + " needs an owner and a due date");
      }
    }
  }

  private static void notCompleted(IncidentState s, Sink sink) {
    if (s.review().isCompleted()) {
      sink.refuse(ViolationCode.REVIEW_ALREADY_COMPLETED, null,
          () -> "the review of incident " + s.id() + " was completed at " + s.review().completedAt());
    }
  }

  private static void openItem(IncidentState s, String actionId, Sink sink) {
    ReviewAction item = s.review().actions().get(actionId);
    if (item == null) {
      sink.refuse(ViolationCode.REVIEW_ACTION_UNKNOWN, "actionId",
          () -> "review of incident " + s.id() + " has no action item " + actionId);
    } else if (!item.isOpen()) {
      sink.refuse(ViolationCode.REVIEW_ACTION_CLOSED, "actionId", () -> "action item " + actionId + " of incident "
          + s.id() + " is " + item.status() + " since " + item.closedAt());
    }
  }
}
