package dev.mim.core.lifecycle;

import dev.mim.core.incident.CausingChange;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.ResolutionAction.ApplyPermanentFix;
import dev.mim.core.incident.ResolutionAction.ApplyWorkaround;
import dev.mim.core.incident.ResolutionAction.ConfirmRestoration;
import dev.mim.core.incident.ResolutionAction.LinkCausingChange;
import dev.mim.core.incident.ResolutionAction.Reopen;
import dev.mim.core.incident.ResolutionAction.StartResolution;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ResolutionFact.CausingChangeLinked;
import dev.mim.core.incident.ResolutionFact.IncidentReopened;
import dev.mim.core.incident.ResolutionFact.PermanentFixApplied;
import dev.mim.core.incident.ResolutionFact.ResolutionStarted;
import dev.mim.core.incident.ResolutionFact.ServiceRestored;
import dev.mim.core.incident.ResolutionFact.WorkaroundApplied;
import dev.mim.core.incident.ResolutionFact;
import dev.mim.core.incident.RestorationMeans;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the resolution stage: implement the plan as a change, apply a workaround or a permanent fix, confirm
 * restoration (with the linked children), reopen within the verification window, link the changes that caused the
 * incident. {@link #DECIDE} turns each action
 * into its fact, or refuses it; {@link #EVOLVE} checks each fact against the state it follows (a workaround or fix
 * in place before restoring, by the means in place, no reopening past the longest window) and folds it.
 */
final class ResolutionRules {

  static final ResolutionAction.Visitor<Verdict, @Nullable Fact> DECIDE = new Decide();

  static final ResolutionFact.Visitor<Step, @Nullable IncidentState> EVOLVE = new Evolve();

  private ResolutionRules() {}

  /** How restoring now would restore service: by the permanent fix when one is in place, else the workaround. */
  private static RestorationMeans restorationMeans(IncidentState s) {
    return s.resolution().fixChange() != null ? RestorationMeans.PERMANENT_FIX : RestorationMeans.WORKAROUND;
  }

  private static final class Decide implements ResolutionAction.Visitor<Verdict, @Nullable Fact> {
    @Override
    public @Nullable Fact startResolution(StartResolution a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.plan(), ViolationCode.RESOLUTION_PLAN_MISSING, "plan",
          () -> "starting resolution of incident " + s.id() + " needs a resolution plan");
      v.require(a.change(), ViolationCode.CHANGE_REFERENCE_MISSING, "change",
          () -> "starting resolution of incident " + s.id() + " needs a change reference: resolution is a change");
      if (v.refused()) {
        return null;
      }
      if (a.emergencyChange()) {
        v.advise(AdvisoryCode.EMERGENCY_CHANGE,
            "change " + a.change() + " for incident " + s.id() + " is an emergency change: get it approved");
      }
      return new ResolutionStarted(a.plan(), a.change(), a.emergencyChange());
    }

    @Override
    public @Nullable Fact applyWorkaround(ApplyWorkaround a, Verdict v) {
      v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
          () -> "a workaround for incident " + v.state().id() + " needs a description of what is in place");
      return v.refused() ? null : new WorkaroundApplied(a.description());
    }

    @Override
    public @Nullable Fact applyPermanentFix(ApplyPermanentFix a, Verdict v) {
      IncidentState s = v.state();
      v.require(a.change(), ViolationCode.CHANGE_REFERENCE_MISSING, "change",
          () -> "a permanent fix for incident " + s.id() + " needs the change that implements it");
      v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
          () -> "a permanent fix for incident " + s.id() + " needs a description of what was fixed");
      return v.refused() ? null : new PermanentFixApplied(a.change(), a.description());
    }

    @Override
    public @Nullable Fact confirmRestoration(ConfirmRestoration a, Verdict v) {
      IncidentState s = v.state();
      return new ServiceRestored(restorationMeans(s), s.children().toList(), a.note());
    }

    /** A reopen is allowed strictly before {@code restoredAt + verificationWindow}: a zero window forbids it. */
    @Override
    public @Nullable Fact reopen(Reopen a, Verdict v) {
      IncidentState s = v.state();
      PolicySet context = v.policies();
      v.require(a.reason(), ViolationCode.REASON_MISSING, "reason",
          () -> "reopening incident " + s.id() + " needs a reason, for the record");
      Instant restoredAt = s.resolution().restoredAt();
      Instant deadline = restoredAt.plus(context.verificationWindow());
      Instant at = v.command().occurredAt();
      if (!at.isBefore(deadline)) {
        v.refuseAt(ViolationCode.VERIFICATION_WINDOW_ELAPSED, "occurredAt", () -> "incident " + s.id()
            + " was restored at " + restoredAt + "; its verification window of " + context.verificationWindow()
            + " ended at " + deadline + ", not after " + at);
      }
      return v.refused() ? null : new IncidentReopened(a.reason());
    }

    @Override
    public @Nullable Fact linkCausingChange(LinkCausingChange a, Verdict v) {
      return new CausingChangeLinked(a.change(), a.confirmed(), a.note());
    }
  }

  private static final class Evolve implements ResolutionFact.Visitor<Step, @Nullable IncidentState> {
    @Override
    public @Nullable IncidentState resolutionStarted(ResolutionStarted f, Step step) {
      return step.withResolution(step.before().resolution().started(f.plan(), f.change(), f.emergencyChange(),
          step.occurredAt()));
    }

    @Override
    public @Nullable IncidentState workaroundApplied(WorkaroundApplied f, Step step) {
      return step.withResolution(step.before().resolution().withWorkaround(f.description()));
    }

    @Override
    public @Nullable IncidentState permanentFixApplied(PermanentFixApplied f, Step step) {
      return step.withResolution(step.before().resolution().withFix(f.change()));
    }

    @Override
    public @Nullable IncidentState serviceRestored(ServiceRestored f, Step step) {
      IncidentState s = step.before();
      if (!s.resolution().hasRestorationMeans()) {
        step.refuse(ViolationCode.RESTORATION_MEANS_MISSING, null, () -> "incident " + s.id()
            + " cannot be restored without a workaround or a permanent fix in place");
        return null;
      }
      RestorationMeans means = restorationMeans(s);
      if (f.means() != means) {
        step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "means", () -> "incident " + s.id()
            + " can only be restored by " + means + " (what is in place), not " + f.means());
      }
      if (!f.restoredChildren().equals(s.children().toList())) {
        step.refuse(ViolationCode.FACT_CONTRADICTS_STATE, "restoredChildren", () -> "restoring incident " + s.id()
            + " restores its " + s.children().size() + " linked children " + s.children() + ", not "
            + f.restoredChildren());
      }
      return step.refused() ? null : step.withResolution(s.resolution().restored(step.occurredAt(), f.means()));
    }

    @Override
    public @Nullable IncidentState incidentReopened(IncidentReopened f, Step step) {
      IncidentState s = step.before();
      Instant at = step.occurredAt();
      // The policy's window is trusted, but no policy allows more than the longest window.
      Instant last = s.resolution().restoredAt().plus(PolicySet.MAX_VERIFICATION_WINDOW);
      if (!at.isBefore(last)) {
        step.refuse(ViolationCode.VERIFICATION_WINDOW_ELAPSED, null, () -> "incident " + s.id()
            + " was restored at " + s.resolution().restoredAt() + "; no verification window reaches " + at);
      }
      return step.refused() ? null : step.withResolution(s.resolution().reopened(at));
    }

    @Override
    public @Nullable IncidentState causingChangeLinked(CausingChangeLinked f, Step step) {
      IncidentState s = step.before();
      CausingChange earlier = s.resolution().cause(f.change()).orElse(null);
      if (earlier != null && (earlier.confirmed() || !f.confirmed())) {
        step.refuse(ViolationCode.CAUSE_ALREADY_LINKED, "change", () -> "change " + f.change()
            + " is already linked as the " + (earlier.confirmed() ? "confirmed" : "suspected") + " cause of incident "
            + s.id());
      }
      if (earlier == null) {
        step.limit(s.resolution().causes().size(), IncidentDecider.MAX_CAUSES, "causing changes");
      }
      return step.refused() ? null
          : step.withResolution(s.resolution().withCause(new CausingChange(f.change(), f.confirmed())));
    }
  }
}
