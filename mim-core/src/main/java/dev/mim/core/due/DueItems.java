package dev.mim.core.due;

import dev.mim.core.cadence.CommunicationSchedule;
import dev.mim.core.cadence.UpdateDue;
import dev.mim.core.comms.Audience;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.ReviewAction;
import dev.mim.core.internal.Checks;
import dev.mim.core.spi.PolicyFailures;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an incident is owed under its policies, every kind in one list, and the earliest instant at which anything
 * falls due. A pure query over the state: nothing is sent or recorded here.
 *
 * <p>A store keeps {@link #next} beside each incident, recomputed when an event is appended; a sweep at {@code now}
 * then reads only the incidents whose next due instant is at or before {@code now}, and asks {@link #at} for what
 * they are owed. An item stays owed until an event answers it (an update recorded, an escalation recorded, an action
 * item completed or dropped), so an incident with an item overdue keeps that item's instant as its next due.
 */
public final class DueItems {

  private static final Comparator<DueItem> EARLIEST_FIRST = Comparator.comparing(DueItem::dueAt)
      .thenComparing(DueItem::kind).thenComparing(DueItem::subject);

  private DueItems() {}

  /**
   * Returns everything {@code state} is owed at {@code at}, fallen due or not yet: the stakeholder updates and
   * regulatory reports of its communication schedule (to the plan's audiences and the subscribers of its affected
   * services), the escalations its escalation policy has due (those fallen
   * due and the next level of each condition that holds; an SLA warning is one), and its open review action items
   * with a due date (due from the start of the day after that date, in the policies' due-date zone).
   *
   * @param state the incident's state
   * @param at the instant asked about: at or after the state's last event, as the communication schedule requires
   * @param policies the incident's policies
   * @return the items, earliest due first (then by kind and subject); empty when nothing is owed; unmodifiable
   * @throws IllegalArgumentException when an argument is null or {@code at} is outside the instants mim accepts
   * @throws IllegalStateException when the escalation policy or the service catalogue (host code) throws, or the
   *     policy returns null or a list holding null; the message names the incident and the instant
   */
  public static List<DueItem> at(IncidentState state, Instant at, PolicySet policies) {
    Checks.notNull("state", state);
    Checks.instant("at", at);
    Checks.notNull("policies", policies);
    List<DueItem> items = new ArrayList<>();
    for (UpdateDue u : CommunicationSchedule.due(state, at, policies.communication(),
        subscribers(state, at, policies))) {
      items.add(u.report() != null ? new DueItem(DueItem.Kind.REGULATORY_REPORT, u.dueAt(), u.report())
          : new DueItem(DueItem.Kind.STAKEHOLDER_UPDATE, u.dueAt(), u.audience().name()));
    }
    for (Escalation e : escalations(state, at, policies)) {
      items.add(new DueItem(DueItem.Kind.ESCALATION, e.dueAt(), e.condition().name() + " level " + e.level()));
    }
    ZoneId zone = policies.dueDateZone();
    for (Map.Entry<String, ReviewAction> item : state.review().actions().entrySet()) {
      ReviewAction action = item.getValue();
      if (action.isOpen() && action.due() != null) {
        items.add(new DueItem(DueItem.Kind.REVIEW_ACTION_ITEM,
            action.due().plusDays(1).atStartOfDay(zone).toInstant(), item.getKey()));
      }
    }
    items.sort(EARLIEST_FIRST);
    return List.copyOf(items);
  }

  /**
   * Returns the earliest instant at which anything falls due for {@code state}: the first of {@link #at} asked at
   * its last event. No item of any kind is owed before it, and at it at least one is (for policies that keep their
   * laws: an escalation policy whose levels never come earlier as time passes). It may be in the past: an item
   * overdue stays owed until an event answers it.
   *
   * @param state the incident's state
   * @param policies the incident's policies
   * @return the instant; empty for an incident with no event yet, or with nothing owed
   * @throws IllegalArgumentException when an argument is null
   * @throws IllegalStateException as {@link #at}
   */
  public static Optional<Instant> next(IncidentState state, PolicySet policies) {
    Checks.notNull("state", state);
    Checks.notNull("policies", policies);
    if (state.lastEventAt() == null) {
      return Optional.empty();
    }
    List<DueItem> items = at(state, state.lastEventAt(), policies);
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).dueAt());
  }

  /**
   * The next due instant as a store's due index keeps it: {@link #next}, except that when the host's code fails
   * (the tenant resolver, or a policy asked), the incident is due at its last event, so that the next sweep looks
   * at it and meets the failure where the host sees it, instead of the incident dropping out of the index. The
   * failure is told to the policies' {@link PolicySet#policyFailures()} ({@link PolicyFailures#logEach()} when
   * the tenant resolver failed).
   *
   * @param state the incident's state
   * @param policies each tenant's policies
   * @return the instant; empty for an incident with no event yet, or with nothing owed
   * @throws IllegalArgumentException when an argument is null
   */
  public static Optional<Instant> nextForIndex(IncidentState state, TenantPolicies policies) {
    Checks.notNull("state", state);
    Checks.notNull("policies", policies);
    if (state.lastEventAt() == null) {
      return Optional.empty();
    }
    PolicySet p;
    try {
      p = Checks.notNull("the tenant's policies", policies.policiesFor(state.tenant()));
    } catch (RuntimeException e) {
      PolicyFailures.logEach().failed("tenant resolver", policies, state.id(), e);
      return Optional.of(state.lastEventAt());
    }
    try {
      return next(state, p);
    } catch (RuntimeException e) {
      p.policyFailures().failed("escalation policy", p.escalation(), state.id(), e);
      return Optional.of(state.lastEventAt());
    }
  }

  /** The subscribers of the incident's affected services, by the catalogue (host code, guarded as the policy). */
  private static Set<Audience> subscribers(IncidentState state, Instant at, PolicySet policies) {
    if (state.classification() == null || !policies.communication().plan().plansSubscribers()) {
      return Set.of(); // without a subscribers entry, they are owed what any audience outside the plan is
    }
    try {
      return policies.serviceCatalogue().impactOf(state.classification().affectedServices()).subscribers();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the service catalogue threw " + e + " for incident " + state.id() + " at "
          + at, e);
    }
  }

  private static List<Escalation> escalations(IncidentState state, Instant at, PolicySet policies) {
    List<Escalation> due;
    try {
      due = policies.escalation().due(state, at);
    } catch (RuntimeException e) {
      throw new IllegalStateException(fault(state, at, "threw " + e), e);
    }
    if (due == null) {
      throw new IllegalStateException(fault(state, at, "returned null"));
    }
    for (Escalation e : due) {
      if (e == null) {
        throw new IllegalStateException(fault(state, at, "returned a list holding null"));
      }
    }
    return due;
  }

  private static String fault(IncidentState state, Instant at, String what) {
    return "the escalation policy " + what + " for incident " + state.id() + " at " + at;
  }
}
