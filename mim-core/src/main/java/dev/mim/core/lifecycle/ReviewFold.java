package dev.mim.core.lifecycle;

import dev.mim.core.incident.ActionItemStatus;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.Review;
import dev.mim.core.incident.ReviewAction;
import java.time.Instant;

/** How the review's facts change the review; the fold's part for the maintenance stage. */
final class ReviewFold {

  private ReviewFold() {}

  static Review apply(Review review, Fact fact, Instant at) {
    switch (fact.kind()) {
      case REVIEW_STARTED:
        return review.started(at, ((Fact.ReviewStarted) fact).reviewer());
      case FINDINGS_RECORDED:
        return review.withFindings(((Fact.FindingsRecorded) fact).findings());
      case REVIEW_SUBMITTED:
        return review.submitted(at);
      case REVIEW_ACTION_ADDED: {
        Fact.ReviewActionAdded f = (Fact.ReviewActionAdded) fact;
        return review.withAction(f.actionId(), ReviewAction.open(f.description(), f.owner(), f.due(), f.problem(),
            f.change()));
      }
      case REVIEW_ACTION_ASSIGNED: {
        Fact.ReviewActionAssigned f = (Fact.ReviewActionAssigned) fact;
        return review.withAction(f.actionId(), review.actions().get(f.actionId()).assigned(f.owner(), f.due()));
      }
      case REVIEW_ACTION_DONE: {
        Fact.ReviewActionDone f = (Fact.ReviewActionDone) fact;
        return review.withAction(f.actionId(), review.actions().get(f.actionId()).closed(ActionItemStatus.DONE, at,
            f.note()));
      }
      case REVIEW_ACTION_DROPPED: {
        Fact.ReviewActionDropped f = (Fact.ReviewActionDropped) fact;
        return review.withAction(f.actionId(), review.actions().get(f.actionId()).closed(ActionItemStatus.DROPPED,
            at, f.reason()));
      }
      case REVIEW_COMPLETED:
        return review.completed(at, ((Fact.ReviewCompleted) fact).note());
      default:
        throw new IllegalStateException("not a review fact: " + fact.kind());
    }
  }
}
