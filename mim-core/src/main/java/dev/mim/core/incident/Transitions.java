package dev.mim.core.incident;

import static dev.mim.core.incident.ActionKind.*;
import static dev.mim.core.incident.IncidentStatus.*;

import dev.mim.core.internal.Checks;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The major-incident lifecycle as data: for each status, which actions are legal and which status each leads to.
 * This one table drives the decider (an action not in it is refused as an illegal transition), the fold of
 * events into state, and the generated lifecycle diagram, so the three cannot disagree.
 *
 * <p>Lookups are array reads indexed by the enums' ordinals.
 */
public final class Transitions {

  private static final IncidentStatus[][] TABLE = build();

  private Transitions() {}

  private static IncidentStatus[][] build() {
    IncidentStatus[][] t = new IncidentStatus[IncidentStatus.values().length][ActionKind.values().length];
    move(t, NONE, IDENTIFY, CANDIDATE);

    stay(t, CANDIDATE, ENGAGE_RESOLVER_GROUP, RECORD_VALIDATION, ASSIGN_MANAGER, HAND_OVER_MANAGER,
        ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER, REPRIORITISE, LINK_CHILD);
    move(t, CANDIDATE, DECLARE, DECLARED);
    move(t, CANDIDATE, DOWNGRADE, DOWNGRADED);
    move(t, CANDIDATE, DECLINE, DECLINED);

    for (IncidentStatus s : new IncidentStatus[] {DECLARED, MOBILISED, RESOLVING}) {
      stay(t, s, ENGAGE_RESOLVER_GROUP, ASSIGN_MANAGER, HAND_OVER_MANAGER, ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER,
          REPRIORITISE, LINK_CHILD, APPLY_WORKAROUND, RECORD_STAKEHOLDER_UPDATE);
      move(t, s, DOWNGRADE, DOWNGRADED);
    }
    // Triage: a duplicate ends before restoration; an original takes duplicates in while it is open.
    for (IncidentStatus s : new IncidentStatus[] {CANDIDATE, DECLARED, MOBILISED, RESOLVING}) {
      move(t, s, MARK_DUPLICATE, DUPLICATE);
    }
    for (IncidentStatus s : new IncidentStatus[] {CANDIDATE, DECLARED, MOBILISED, RESOLVING, RESTORED, IN_REVIEW}) {
      stay(t, s, MERGE_DUPLICATE);
    }
    // The cause may be found at any time, review and problem management included.
    for (IncidentStatus s : new IncidentStatus[] {CANDIDATE, DECLARED, MOBILISED, RESOLVING, RESTORED, IN_REVIEW,
        CLOSED}) {
      stay(t, s, LINK_CAUSING_CHANGE);
    }
    move(t, DECLARED, MOBILISE, MOBILISED);
    move(t, MOBILISED, START_RESOLUTION, RESOLVING);
    stay(t, RESOLVING, APPLY_PERMANENT_FIX);
    move(t, RESOLVING, CONFIRM_RESTORATION, RESTORED);

    stay(t, RESTORED, ASSIGN_MANAGER, HAND_OVER_MANAGER, ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER, APPLY_PERMANENT_FIX,
        RECORD_STAKEHOLDER_UPDATE);
    move(t, RESTORED, REOPEN, RESOLVING);
    move(t, RESTORED, START_REVIEW, IN_REVIEW);

    stay(t, IN_REVIEW, HAND_OVER_MANAGER, RECORD_FINDINGS, SUBMIT_REVIEW, ADD_REVIEW_ACTION, ASSIGN_REVIEW_ACTION,
        COMPLETE_REVIEW_ACTION, DROP_REVIEW_ACTION, COMPLETE_REVIEW, RECORD_STAKEHOLDER_UPDATE);
    move(t, IN_REVIEW, CLOSE, CLOSED);

    for (IncidentStatus s : new IncidentStatus[] {DECLARED, MOBILISED, RESOLVING, RESTORED, IN_REVIEW}) {
      stay(t, s, SNOOZE_UPDATES);
    }
    // Escalations and their acknowledgement, for as long as the incident is open.
    for (IncidentStatus s : new IncidentStatus[] {CANDIDATE, DECLARED, MOBILISED, RESOLVING, RESTORED, IN_REVIEW}) {
      stay(t, s, ACKNOWLEDGE, RECORD_ESCALATION, HOLD_ESCALATIONS, RESUME_ESCALATIONS);
    }

    // Final notices to stakeholders after the end; action items stay tracked after closure.
    stay(t, CLOSED, RECORD_STAKEHOLDER_UPDATE, ASSIGN_REVIEW_ACTION, COMPLETE_REVIEW_ACTION, DROP_REVIEW_ACTION);
    stay(t, DOWNGRADED, RECORD_STAKEHOLDER_UPDATE);
    stay(t, DUPLICATE, RECORD_STAKEHOLDER_UPDATE);
    return t;
  }

  private static void move(IncidentStatus[][] t, IncidentStatus from, ActionKind action, IncidentStatus to) {
    t[from.ordinal()][action.ordinal()] = to;
  }

  private static void stay(IncidentStatus[][] t, IncidentStatus status, ActionKind... actions) {
    for (ActionKind a : actions) {
      move(t, status, a, status);
    }
  }

  /**
   * Returns the status that {@code action} leads to from {@code from}.
   *
   * @param from the current status
   * @param action the action
   * @return the next status (equal to {@code from} for an action that keeps the status), or null when the
   *     action is not legal in {@code from}
   */
  public static @Nullable IncidentStatus target(IncidentStatus from, ActionKind action) {
    return TABLE[from.ordinal()][action.ordinal()];
  }

  /**
   * Tells whether {@code action} is legal in {@code from}.
   *
   * @param from the current status
   * @param action the action
   * @return true when the table has an entry for them
   */
  public static boolean allows(IncidentStatus from, ActionKind action) {
    return target(from, action) != null;
  }

  /**
   * Returns the actions legal in {@code status}.
   *
   * @param status a status
   * @return a new set of the legal actions, in declaration order
   */
  public static Set<ActionKind> legalActions(IncidentStatus status) {
    Checks.notNull("status", status);
    Set<ActionKind> legal = EnumSet.noneOf(ActionKind.class);
    for (ActionKind a : ActionKind.values()) {
      if (allows(status, a)) {
        legal.add(a);
      }
    }
    return legal;
  }
}
