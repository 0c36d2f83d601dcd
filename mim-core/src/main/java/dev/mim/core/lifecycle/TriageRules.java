package dev.mim.core.lifecycle;

import dev.mim.core.incident.ChildIncidents;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TriageAction.Decline;
import dev.mim.core.incident.TriageAction.MarkDuplicate;
import dev.mim.core.incident.TriageAction.MergeDuplicate;
import dev.mim.core.incident.TriageAction;
import dev.mim.core.incident.TriageFact.CandidateDeclined;
import dev.mim.core.incident.TriageFact.DuplicateMerged;
import dev.mim.core.incident.TriageFact.MarkedDuplicate;
import dev.mim.core.incident.TriageFact;
import org.jspecify.annotations.Nullable;

/**
 * The rules of triage's other outcomes, part of identification: decline a candidate (a reason required), mark an
 * incident a duplicate of another (not of itself) and merge a duplicate into its original (its children move, its
 * earlier first signal counts). {@link #DECIDE} turns each action into its fact, or refuses it; {@link #EVOLVE}
 * checks each fact against the state it follows and folds it.
 */
final class TriageRules {

  static final TriageAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final TriageFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private TriageRules() {}

  private static final class Decide implements TriageAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact decline(Decline a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "declining candidate " + s.id() + " needs a reason, for the record");
      return v.refused() ? null : new CandidateDeclined(a.reason());
    }

    @Override
    public @Nullable Fact markDuplicate(MarkDuplicate a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "marking incident " + s.id() + " a duplicate needs a reason, for the record");
      return v.refused() ? null : new MarkedDuplicate(a.original(), s.status(), a.reason());
    }

    @Override
    public @Nullable Fact mergeDuplicate(MergeDuplicate a, Verdict v) {
      return new DuplicateMerged(a.duplicate(), a.children(), a.firstSignalAt());
    }
  }

  private static final class Evolve implements TriageFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState candidateDeclined(CandidateDeclined f, Step step) {
      return step.ended(f.reason());
    }

    @Override
    public @Nullable IncidentState markedDuplicate(MarkedDuplicate f, Step step) {
      IncidentState s = step.before();
      step.leftStatus(f.from());
      if (f.original().equals(s.id())) {
        step.refuse(ViolationCode.DUPLICATE_OF_SELF, "original",
            () -> "incident " + s.id() + " cannot be a duplicate of itself");
      }
      return step.refused() ? null : step.ended(f.reason());
    }

    @Override
    public @Nullable IncidentState duplicateMerged(DuplicateMerged f, Step step) {
      IncidentState s = step.before();
      ChildIncidents children = s.children();
      if (f.duplicate().equals(s.id())) {
        step.refuse(ViolationCode.DUPLICATE_OF_SELF, "duplicate", () -> "incident " + s.id() + " cannot merge itself");
      } else if (children.contains(f.duplicate())) {
        step.refuse(ViolationCode.CHILD_ALREADY_LINKED, "duplicate",
            () -> "incident " + f.duplicate() + " is already linked to " + s.id());
      }
      for (IncidentId child : f.children()) {
        if (child.equals(s.id())) {
          step.refuse(ViolationCode.CHILD_IS_SELF, "children", () -> "duplicate " + f.duplicate() + " has "
              + s.id() + " as a child, which cannot become its own child");
        } else if (children.contains(child)) {
          step.refuse(ViolationCode.CHILD_ALREADY_LINKED, "children",
              () -> "incident " + child + ", a child of duplicate " + f.duplicate() + ", is already linked to "
                  + s.id());
        }
      }
      step.limit(children.size() + f.children().size(), IncidentDecider.MAX_CHILDREN, "child incidents");
      if (step.refused()) {
        return null;
      }
      children = children.with(f.duplicate());
      for (IncidentId child : f.children()) {
        children = children.with(child);
      }
      return step.withClassificationAndChildren(s.classification().signalledAt(f.firstSignalAt()), children);
    }
  }
}
