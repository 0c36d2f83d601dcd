package dev.mim.core.lifecycle;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.incident.IncidentRoles;
import dev.mim.core.spi.PolicyFailures;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Where the decider calls code the host supplies, in one place: the tenant resolver, the role directory, the
 * authorization policy, the catalogue, the major-incident threshold, the declaration policy and the escalation
 * policy. Each call is guarded: an exception it throws, or an answer that is null or holds null, is told to the
 * set's {@link PolicyFailures} (by default a WARN) and becomes a {@code policy-failed} refusal naming the policy, and
 * the decision stops there ({@link Failed}), so host code can never corrupt an incident.
 */
final class HostPolicies {

  private HostPolicies() {}

  /** Thrown once a host's code failed and the refusal is recorded; the decider answers with the rejection. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  /**
   * The catalogue entries of those of {@code ids} the catalogue knows; with {@code refuseUnknown}, refuses any it
   * does not admit (check {@link Verdict#refused()} afterwards).
   */
  static List<BusinessService> services(Verdict v, PolicySet context, Set<ServiceId> ids, IncidentId incident,
      boolean refuseUnknown) {
    ServiceCatalogue catalogue = context.serviceCatalogue();
    try {
      List<BusinessService> known = new ArrayList<>(ids.size());
      for (ServiceId id : ids) {
        if (refuseUnknown && !catalogue.admits(id)) {
          v.refuse(ViolationCode.UNKNOWN_SERVICE, "affectedServices",
              () -> "service " + id + " named by incident " + incident + " is not in the service catalogue");
        } else {
          Optional<BusinessService> entry = catalogue.find(id);
          if (entry == null) {
            throw new IllegalStateException("find(" + id + ") answered null");
          }
          entry.ifPresent(known::add);
        }
      }
      return known;
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "service catalogue", catalogue, incident, e);
    }
  }

  /** The tenant's policies. */
  static PolicySet policiesFor(Verdict v, TenantPolicies tenants, TenantId tenant, IncidentId incident) {
    try {
      return answered(tenants.policiesFor(tenant), "policiesFor", tenant);
    } catch (RuntimeException e) {
      throw failed(v, tenants instanceof PolicySet set ? set.policyFailures() : PolicyFailures.logEach(),
          "tenant resolver", tenants, incident, e);
    }
  }

  /** The roles {@code actor} holds: the directory's for the tenant, and those held in the incident. */
  static Set<Role> rolesOf(Verdict v, PolicySet context, IncidentState s, TenantId tenant, Actor actor,
      IncidentId incident) {
    Set<Role> global;
    try {
      global = noNulls(context.roles().rolesOf(tenant, actor), "rolesOf", actor);
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "role directory", context.roles(), incident, e);
    }
    Set<Role> held = IncidentRoles.heldIn(s, actor);
    if (global.isEmpty()) {
      return held;
    }
    if (held.isEmpty() || global.containsAll(held)) {
      return global;
    }
    Set<Role> all = new HashSet<>(global);
    all.addAll(held);
    return all;
  }

  /** Asks the host's authorization policy. */
  static boolean permits(Verdict v, PolicySet context, Actor actor, Set<Role> roles, ActionKind action,
      IncidentState s, IncidentId incident) {
    try {
      return context.authorization().permits(actor, roles, action, s);
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "authorization policy", context.authorization(), incident, e);
    }
  }

  /** Asks the host's escalation policy what is owed. */
  static List<Escalation> escalationsDue(Verdict v, PolicySet context, IncidentState s, Instant at) {
    try {
      return noNulls(context.escalation().due(s, at), "due", s.id(), at);
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "escalation policy", context.escalation(), s.id(), e);
    }
  }

  /** {@code answer}, unless null; the call is named (as {@code method(arguments)}) only when it failed. */
  private static <T> T answered(T answer, String method, Object... arguments) {
    if (answer == null) {
      throw new IllegalStateException(call(method, arguments) + " answered null");
    }
    return answer;
  }

  private static <C extends Collection<?>> C noNulls(C answer, String method, Object... arguments) {
    answered(answer, method, arguments);
    for (Object o : answer) {
      if (o == null) {
        throw new IllegalStateException(call(method, arguments) + " answered a collection holding null");
      }
    }
    return answer;
  }

  private static String call(String method, Object... arguments) {
    StringJoiner call = new StringJoiner(", ", method + "(", ")");
    for (Object a : arguments) {
      call.add(String.valueOf(a));
    }
    return call.toString();
  }

  /** Asks the host's major-incident threshold. */
  static boolean isMajor(Verdict v, PolicySet context, Priority priority, List<BusinessService> services,
      IncidentId incident) {
    try {
      return context.majorIncidentThreshold().isMajor(priority, services);
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "major-incident threshold", context.majorIncidentThreshold(),
          incident, e);
    }
  }

  /** Asks the host's declaration policy. */
  static boolean allowsWithoutEvidence(Verdict v, PolicySet context, IncidentState candidate) {
    try {
      return context.declarationPolicy().allowsDeclarationWithoutEvidence(candidate);
    } catch (RuntimeException e) {
      throw failed(v, context.policyFailures(), "declaration policy", context.declarationPolicy(), candidate.id(),
          e);
    }
  }

  private static Failed failed(Verdict v, PolicyFailures failures, String what, Object policy, IncidentId incident,
      RuntimeException e) {
    try {
      failures.failed(what, policy, incident, e);
    } catch (RuntimeException reporting) {
      e.addSuppressed(reporting);
      PolicyFailures.logEach().failed(what, policy, incident, e);
    }
    v.refuse(ViolationCode.POLICY_FAILED, null, () -> "the " + what + " failed for incident " + incident + ": " + e);
    return new Failed();
  }
}
