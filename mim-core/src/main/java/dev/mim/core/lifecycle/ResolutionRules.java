package dev.mim.core.lifecycle;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.Fact;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;

/**
 * The decider's rules of the resolution stage: implement the plan as a change, apply a workaround or a permanent
 * fix, confirm restoration (with the linked children), reopen within the verification window. Each returns the
 * fact the action causes, or null when it refused; the {@link HistoryRules} are checked afterwards.
 */
final class ResolutionRules {

  private ResolutionRules() {}

  static Fact decide(Verdict v, IncidentState s, PolicySet context) {
    Action action = v.command().action();
    switch (action.kind()) {
      case START_RESOLUTION: {
        Action.StartResolution a = (Action.StartResolution) action;
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
        return new Fact.ResolutionStarted(a.plan(), a.change(), a.emergencyChange());
      }
      case APPLY_WORKAROUND: {
        Action.ApplyWorkaround a = (Action.ApplyWorkaround) action;
        v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
            () -> "a workaround for incident " + s.id() + " needs a description of what is in place");
        return v.refused() ? null : new Fact.WorkaroundApplied(a.description());
      }
      case APPLY_PERMANENT_FIX: {
        Action.ApplyPermanentFix a = (Action.ApplyPermanentFix) action;
        v.require(a.change(), ViolationCode.CHANGE_REFERENCE_MISSING, "change",
            () -> "a permanent fix for incident " + s.id() + " needs the change that implements it");
        v.require(a.description(), ViolationCode.DESCRIPTION_MISSING, "description",
            () -> "a permanent fix for incident " + s.id() + " needs a description of what was fixed");
        return v.refused() ? null : new Fact.PermanentFixApplied(a.change(), a.description());
      }
      case CONFIRM_RESTORATION:
        return new Fact.ServiceRestored(HistoryRules.restorationMeans(s), s.children().toList(),
            ((Action.ConfirmRestoration) action).note());
      case REOPEN:
        return reopen(v, s, (Action.Reopen) action, context);
      default:
        throw new IllegalStateException("not a resolution action: " + action.kind());
    }
  }

  /** A reopen is allowed strictly before {@code restoredAt + verificationWindow}: a zero window forbids it. */
  private static Fact reopen(Verdict v, IncidentState s, Action.Reopen a, PolicySet context) {
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
    return v.refused() ? null : new Fact.IncidentReopened(a.reason());
  }
}
