package dev.mim.core.lifecycle;

import dev.mim.core.incident.Classification;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IdentificationAction.Declare;
import dev.mim.core.incident.IdentificationAction.Downgrade;
import dev.mim.core.incident.IdentificationAction.EngageResolverGroup;
import dev.mim.core.incident.IdentificationAction.Identify;
import dev.mim.core.incident.IdentificationAction.LinkChild;
import dev.mim.core.incident.IdentificationAction.RecordValidation;
import dev.mim.core.incident.IdentificationAction.Reprioritise;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationFact.CandidateIdentified;
import dev.mim.core.incident.IdentificationFact.ChildLinked;
import dev.mim.core.incident.IdentificationFact.IncidentDowngraded;
import dev.mim.core.incident.IdentificationFact.IncidentReprioritised;
import dev.mim.core.incident.IdentificationFact.MajorIncidentDeclared;
import dev.mim.core.incident.IdentificationFact.ResolverGroupEngaged;
import dev.mim.core.incident.IdentificationFact.ValidationRecorded;
import dev.mim.core.incident.IdentificationFact;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.Team;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the identification stage: identify a candidate, engage resolver groups, validate, declare or
 * downgrade, reprioritise, link child incidents (triage's other outcomes are {@link TriageRules}'). {@link #DECIDE}
 * turns each action into its fact under the host's policies, or refuses it; {@link #EVOLVE} checks each fact
 * against the state it follows (what the history alone decides, for the decider and for a replay alike) and folds
 * it.
 */
final class IdentificationRules {

  static final IdentificationAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final IdentificationFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private IdentificationRules() {}

  private static final class Decide implements IdentificationAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact identify(Identify a, Verdict v) {
      IncidentCommand command = v.command();
      PolicySet context = v.policies();
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
      return new CandidateIdentified(a.source(), a.affectedServices(), a.impact(), a.urgency(), priority,
          a.summary(), a.firstSignalAt() != null ? a.firstSignalAt() : command.occurredAt());
    }

    @Override
    public @Nullable Fact engageResolverGroup(EngageResolverGroup a, Verdict v) {
      return new ResolverGroupEngaged(a.group(), a.primary());
    }

    @Override
    public @Nullable Fact recordValidation(RecordValidation a, Verdict v) {
      IncidentState s = v.state();
      if (s.team().primaryGroup() == null) {
        v.advise(AdvisoryCode.NO_PRIMARY_RESOLVER_GROUP, "incident " + s.id()
            + " is being validated while no primary resolver group is engaged; engage it now to save time");
      }
      return new ValidationRecorded(a.evidence(), a.detail(), a.duplicateOf());
    }

    @Override
    public @Nullable Fact declare(Declare a, Verdict v) {
      IncidentState s = v.state();
      boolean withoutEvidence = s.evidence().isEmpty();
      if (withoutEvidence) {
        if (!HostPolicies.allowsWithoutEvidence(v, v.policies(), s)) {
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
      return new MajorIncidentDeclared(withoutEvidence, a.note());
    }

    @Override
    public @Nullable Fact downgrade(Downgrade a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "downgrading incident " + s.id() + " needs a reason, for the record");
      return v.refused() ? null : new IncidentDowngraded(s.status(), a.reason(), a.evidence());
    }

    @Override
    public @Nullable Fact reprioritise(Reprioritise a, Verdict v) {
      IncidentState s = v.state();
      PolicySet context = v.policies();
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
      return new IncidentReprioritised(a.impact(), a.urgency(), after, before, a.reason());
    }

    @Override
    public @Nullable Fact linkChild(LinkChild a, Verdict v) {
      return new ChildLinked(a.child());
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

  private static final class Evolve implements IdentificationFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState candidateIdentified(CandidateIdentified f, Step step) {
      Instant at = step.occurredAt();
      Instant first = f.firstSignalAt();
      if (first != null && first.isAfter(at)) {
        step.refuse(ViolationCode.FIRST_SIGNAL_AFTER_IDENTIFICATION, "firstSignalAt", () -> "the first signal of "
            + step.event().incidentId() + " came at " + first + ", after its identification at " + at);
      }
      return step.refused() ? null : step.withClassification(new Classification(f.source(), f.affectedServices(),
          f.summary(), f.impact(), f.urgency(), f.priority(), at, first != null ? first : at));
    }

    @Override
    public @Nullable IncidentState resolverGroupEngaged(ResolverGroupEngaged f, Step step) {
      IncidentState s = step.before();
      Team team = s.team();
      if (team.resolverGroups().contains(f.group())) {
        step.refuse(ViolationCode.RESOLVER_GROUP_ALREADY_ENGAGED, "group",
            () -> "resolver group " + f.group() + " is already engaged on incident " + s.id());
      }
      if (f.primary() && team.primaryGroup() != null) {
        step.refuse(ViolationCode.PRIMARY_RESOLVER_GROUP_EXISTS, "primary",
            () -> "incident " + s.id() + " already has primary resolver group " + team.primaryGroup());
      }
      step.limit(team.resolverGroups().size(), IncidentDecider.MAX_RESOLVER_GROUPS, "resolver groups");
      return step.refused() ? null : step.withTeam(team.withGroup(f.group(), f.primary()));
    }

    @Override
    public @Nullable IncidentState validationRecorded(ValidationRecorded f, Step step) {
      Set<EvidenceKind> more = EnumSet.noneOf(EvidenceKind.class);
      more.addAll(step.before().evidence());
      more.add(f.evidence());
      return step.withEvidence(Collections.unmodifiableSet(more));
    }

    @Override
    public @Nullable IncidentState majorIncidentDeclared(MajorIncidentDeclared f, Step step) {
      IncidentState s = step.before();
      if (s.hasConfirmingEvidence()) {
        if (f.withoutEvidence()) {
          step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "withoutEvidence",
              () -> "incident " + s.id() + " has confirming evidence, so it was not declared without it");
        }
      } else if (s.hasRefutingEvidence()) {
        step.refuse(ViolationCode.VALIDATION_REFUTED, null, () -> "candidate " + s.id()
            + " has only refuting evidence " + s.evidence() + "; downgrade it, or record confirming evidence first");
      } else if (!f.withoutEvidence()) {
        step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "withoutEvidence",
            () -> "incident " + s.id() + " has no validation evidence, so it was declared without it");
      }
      return step.refused() ? null : step.declared();
    }

    @Override
    public @Nullable IncidentState incidentDowngraded(IncidentDowngraded f, Step step) {
      IncidentState s = step.before();
      step.leftStatus(f.from());
      if (f.evidence() != null && !s.evidence().contains(f.evidence())) {
        step.refuse(ViolationCode.EVIDENCE_NOT_RECORDED, "evidence", () -> "incident " + s.id()
            + " has no " + f.evidence() + " evidence recorded to cite");
      }
      return step.refused() ? null : step.ended(f.reason());
    }

    @Override
    public @Nullable IncidentState incidentReprioritised(IncidentReprioritised f, Step step) {
      IncidentState s = step.before();
      Classification c = s.classification();
      if (!f.previousPriority().equals(c.priority())) {
        step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "previousPriority", () -> "incident " + s.id() + " is "
            + c.priority() + ", not " + f.previousPriority());
      }
      if (f.impact().equals(c.impact()) && f.urgency().equals(c.urgency())) {
        step.refuse(ViolationCode.PRIORITY_UNCHANGED, null, () -> "incident " + s.id() + " already has "
            + f.impact() + " and " + f.urgency());
      }
      return step.refused() ? null
          : step.withClassification(c.reprioritised(f.impact(), f.urgency(), f.priority()));
    }

    @Override
    public @Nullable IncidentState childLinked(ChildLinked f, Step step) {
      IncidentState s = step.before();
      if (f.child().equals(s.id())) {
        step.refuse(ViolationCode.CHILD_IS_SELF, "child", () -> "incident " + s.id() + " cannot be its own child");
      } else if (s.children().contains(f.child())) {
        step.refuse(ViolationCode.CHILD_ALREADY_LINKED, "child",
            () -> "incident " + f.child() + " is already linked to " + s.id());
      }
      step.limit(s.children().size(), IncidentDecider.MAX_CHILDREN, "child incidents");
      return step.refused() ? null : step.withChildren(s.children().with(f.child()));
    }
  }
}
