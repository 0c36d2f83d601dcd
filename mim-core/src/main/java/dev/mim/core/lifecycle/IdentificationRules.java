package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.PolicySet;
import java.util.List;

/**
 * The decider's rules of the identification stage: identify a candidate, engage resolver groups, validate,
 * declare or downgrade, reprioritise, link child incidents. Each returns the fact the action causes, or null when
 * it refused; the {@link HistoryRules} are checked afterwards.
 */
final class IdentificationRules {

  private IdentificationRules() {}

  static Fact decide(Verdict v, IncidentState s, PolicySet context) {
    IncidentCommand command = v.command();
    Action action = command.action();
    switch (action.kind()) {
      case IDENTIFY:
        return identify(v, (Action.Identify) action, context);
      case ENGAGE_RESOLVER_GROUP: {
        Action.EngageResolverGroup a = (Action.EngageResolverGroup) action;
        return new Fact.ResolverGroupEngaged(a.group(), a.primary());
      }
      case RECORD_VALIDATION: {
        Action.RecordValidation a = (Action.RecordValidation) action;
        if (s.team().primaryGroup() == null) {
          v.advise(AdvisoryCode.NO_PRIMARY_RESOLVER_GROUP, "incident " + s.id()
              + " is being validated while no primary resolver group is engaged; engage it now to save time");
        }
        return new Fact.ValidationRecorded(a.evidence(), a.detail(), a.duplicateOf());
      }
      case DECLARE:
        return declare(v, s, (Action.Declare) action, context);
      case DOWNGRADE: {
        Action.Downgrade a = (Action.Downgrade) action;
        v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
            () -> "downgrading incident " + s.id() + " needs a reason, for the record");
        return v.refused() ? null : new Fact.IncidentDowngraded(s.status(), a.reason(), a.evidence());
      }
      case REPRIORITISE:
        return reprioritise(v, s, (Action.Reprioritise) action, context);
      case LINK_CHILD:
        return new Fact.ChildLinked(((Action.LinkChild) action).child());
      default:
        throw new IllegalStateException("not an identification action: " + action.kind());
    }
  }

  private static Fact identify(Verdict v, Action.Identify a, PolicySet context) {
    IncidentCommand command = v.command();
    v.require(a.summary(), ViolationCode.SUMMARY_MISSING, "summary",
        () -> "identifying incident " + command.incidentId() + " needs a summary of what is happening");
    PriorityMatrix matrix = context.priorityMatrix();
    checkMatrix(v, matrix, a.impact(), a.urgency());
    List<BusinessService> services =
        HostPolicies.services(v, context, a.affectedServices(), command.incidentId(), true);
    if (v.refused()) {
      return null;
    }
    Priority priority = matrix.priorityOf(a.impact(), a.urgency());
    if (!HostPolicies.isMajor(v, context, priority, services, command.incidentId())) {
      v.advise(AdvisoryCode.BELOW_MAJOR_THRESHOLD, "candidate " + command.incidentId() + " is " + priority
          + " on " + a.affectedServices() + ", below the major-incident threshold ("
          + context.majorIncidentThreshold() + "); validate it and downgrade it if it is not major");
    }
    return new Fact.CandidateIdentified(a.source(), a.affectedServices(), a.impact(), a.urgency(), priority,
        a.summary(), a.firstSignalAt() != null ? a.firstSignalAt() : command.occurredAt());
  }

  private static Fact declare(Verdict v, IncidentState s, Action.Declare a, PolicySet context) {
    boolean withoutEvidence = s.evidence().isEmpty();
    if (withoutEvidence) {
      if (!HostPolicies.allowsWithoutEvidence(v, context, s)) {
        v.refuse(ViolationCode.VALIDATION_EVIDENCE_MISSING, null, () -> "candidate " + s.id()
            + " has no validation evidence and the declaration policy does not allow declaring without it");
        return null;
      }
      v.advise(AdvisoryCode.DECLARED_WITHOUT_EVIDENCE,
          "incident " + s.id() + " was declared without validation evidence, as the declaration policy allows");
    } else if (s.hasConfirmingEvidence() && s.hasRefutingEvidence()) {
      v.advise(AdvisoryCode.CONFLICTING_EVIDENCE, "incident " + s.id() + " was declared on confirming evidence "
          + "although refuting evidence is recorded too: " + s.evidence());
    }
    return new Fact.MajorIncidentDeclared(withoutEvidence, a.note());
  }

  private static Fact reprioritise(Verdict v, IncidentState s, Action.Reprioritise a, PolicySet context) {
    v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
        () -> "reprioritising incident " + s.id() + " needs a reason, for the record");
    PriorityMatrix matrix = context.priorityMatrix();
    checkMatrix(v, matrix, a.impact(), a.urgency());
    if (v.refused()) {
      return null;
    }
    Priority before = s.classification().priority();
    Priority after = matrix.priorityOf(a.impact(), a.urgency());
    List<BusinessService> services =
        HostPolicies.services(v, context, s.classification().affectedServices(), s.id(), false);
    boolean wasMajor = HostPolicies.isMajor(v, context, before, services, s.id());
    boolean isMajor = HostPolicies.isMajor(v, context, after, services, s.id());
    if (wasMajor != isMajor) {
      v.advise(AdvisoryCode.CROSSED_MAJOR_THRESHOLD, "incident " + s.id() + " moved from " + before + " to "
          + after + ", " + (isMajor ? "up across" : "down below") + " the major-incident threshold ("
          + context.majorIncidentThreshold() + ")" + (isMajor ? "" : "; consider a downgrade"));
    }
    return new Fact.IncidentReprioritised(a.impact(), a.urgency(), after, before, a.reason());
  }

  private static void checkMatrix(Verdict v, PriorityMatrix matrix, Impact impact, Urgency urgency) {
    IncidentId id = v.command().incidentId();
    if (impact.level() > matrix.impactLevels()) {
      v.refuse(ViolationCode.OUTSIDE_PRIORITY_MATRIX, "impact", () -> "the impact of incident " + id
          + " must be between 1 and " + matrix.impactLevels() + " for the priority matrix in use, was "
          + impact.level());
    }
    if (urgency.level() > matrix.urgencyLevels()) {
      v.refuse(ViolationCode.OUTSIDE_PRIORITY_MATRIX, "urgency", () -> "the urgency of incident " + id
          + " must be between 1 and " + matrix.urgencyLevels() + " for the priority matrix in use, was "
          + urgency.level());
    }
  }
}
